using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.SQS;
using Amazon.CDK.AWS.DynamoDB;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.KMS;
using Constructs;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Function = Amazon.CDK.AWS.Lambda.Function;
using Environment = Amazon.CDK.Environment;
using Amazon.CDK.AWS.EC2;
using Amazon.CDK.AWS.ECS;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.StepFunctions;
using Amazon.CDK.AWS.Lambda.EventSources;

var app = new App();
var stack = new Stack(app, "Ingest");
var ingest = new QueueConsumer(stack, "Ingest", new QueueConsumerProps { FunctionTimeout = Duration.Minutes(5) }); //! CDK109
new CfnOutput(stack, "IngestUrl", new CfnOutputProps { Value = ingest.Queue.QueueUrl });
app.Synth();

public class QueueConsumerProps
{
    public Duration VisibilityTimeout { get; set; } = Duration.Seconds(30);
    public Duration FunctionTimeout { get; set; } = Duration.Seconds(10);
}

public class QueueConsumer : Construct
{
    public Queue Queue { get; }

    public QueueConsumer(Construct scope, string id, QueueConsumerProps props) : base(scope, id)
    {
        Queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = props.VisibilityTimeout });
        var fn = new Function(this, "Consumer", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Timeout = props.FunctionTimeout,
        });
        fn.AddEventSource(new SqsEventSource(Queue));
    }
}

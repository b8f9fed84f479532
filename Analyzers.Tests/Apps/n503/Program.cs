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
using Amazon.CDK.AWS.SSM;
using LogLevel = Amazon.CDK.AWS.StepFunctions.LogLevel;
using System.Text;
using System.Globalization;
var app = new App();
new QueueStack(app, "Queues");
app.Synth();

public class QueueStack : Stack
{
    public QueueStack(Construct scope, string id) : base(scope, id)
    {
        var consumerTimeout = Duration.Minutes(2);
        var queue = new Queue(this, "Jobs", new QueueProps { VisibilityTimeout = Duration.Seconds(consumerTimeout.ToSeconds() * 6) });
        var consumer = new Function(this, "Consumer", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "Consumer::Consumer.Handler::Handle",
            Code = Code.FromInline("x"),
            Timeout = consumerTimeout,
        });
        consumer.AddEventSource(new SqsEventSource(queue));
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}

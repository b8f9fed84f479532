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

var app = new App();
new PipelineStack(app, "Pipeline");
app.Synth();

public class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id) : base(scope, id)
    {
        var queue = new Queue(this, "Jobs", new QueueProps { VisibilityTimeout = Duration.Seconds(30) }); //! CDK109
        var fn = new Function(this, "Processor", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "h",
            Code = Code.FromInline("x"),
            Timeout = Duration.Minutes(2),
        });
        Subscribe(queue, fn);
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }

    private static void Subscribe(Queue queue, Function fn) =>
        fn.AddEventSource(new Amazon.CDK.AWS.Lambda.EventSources.SqsEventSource(queue, new Amazon.CDK.AWS.Lambda.EventSources.SqsEventSourceProps { BatchSize = 5 }));
}

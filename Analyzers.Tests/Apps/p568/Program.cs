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
new QueuesStack(app, "Queues");
app.Synth();

public class QueuesStack : Stack
{
    private static readonly Dictionary<string, QueueProps> Defaults = new()
    {
        ["standard"] = new QueueProps { VisibilityTimeout = Duration.Seconds(30) }, //! CDK109
        ["slow"] = new QueueProps { VisibilityTimeout = Duration.Minutes(15) },
    };

    public QueuesStack(Construct scope, string id) : base(scope, id)
    {
        var queue = new Queue(this, "Imports", Defaults["standard"]);
        var importer = new Function(this, "Importer", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Timeout = Duration.Minutes(1),
        });
        importer.AddEventSource(new SqsEventSource(queue));
        new CfnOutput(this, "ImportsUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}

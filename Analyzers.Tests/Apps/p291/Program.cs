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
using System.Text;
using System.Globalization;

var app = new App();
new JobsStack(app, "Jobs");
app.Synth();

public sealed record WorkerOptions(int TimeoutSeconds = 30, int MemoryMb = 256);

public class JobsStack : Stack
{
    private static readonly WorkerOptions Defaults = new();

    public JobsStack(Construct scope, string id) : base(scope, id)
    {
        var heavy = Defaults with { TimeoutSeconds = 120 };
        var queue = new Queue(this, "Heavy", new QueueProps { VisibilityTimeout = Duration.Seconds(90) }); //! CDK109
        var fn = new Function(this, "HeavyWorker", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Timeout = Duration.Seconds(heavy.TimeoutSeconds),
            MemorySize = heavy.MemoryMb,
        });
        fn.AddEventSource(new SqsEventSource(queue));
        new CfnOutput(this, "HeavyUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}

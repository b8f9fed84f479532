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
new ServiceStack(app, "Service");
app.Synth();

public sealed class ServiceOptions
{
    public ServiceOptions()
    {
        TimeoutSeconds = 120;
        MemoryMb = 512;
    }

    public int TimeoutSeconds { get; set; }
    public int MemoryMb { get; set; }
}

public class ServiceStack : Stack
{
    public ServiceStack(Construct scope, string id, ServiceOptions? options = null) : base(scope, id)
    {
        options ??= new ServiceOptions();
        var queue = new Queue(this, "Requests", new QueueProps { VisibilityTimeout = Duration.Seconds(90) }); //! CDK109
        var fn = new Function(this, "Service", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Timeout = Duration.Seconds(options.TimeoutSeconds),
            MemorySize = options.MemoryMb,
        });
        fn.AddEventSource(new SqsEventSource(queue));
        new CfnOutput(this, "RequestsUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}

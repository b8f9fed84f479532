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
var data = new DataStack(app, "Data");
new WorkerStack(app, "Worker", data);
app.Synth();

public class DataStack : Stack
{
    public DataStack(Construct scope, string id) : base(scope, id)
    {
        CreateQueues();
        new CfnOutput(this, "JobsUrl", new CfnOutputProps { Value = Jobs.QueueUrl });
    }

    public Queue Jobs { get; private set; } = null!;

    private void CreateQueues() => Jobs = new Queue(this, "Jobs"); //! CDK109
}

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id, DataStack data) : base(scope, id)
    {
        var fn = new Function(this, "Worker", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Timeout = Duration.Seconds(45),
        });
        fn.AddEventSource(new SqsEventSource(data.Jobs));
        new CfnOutput(this, "WorkerName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

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
new WorkerStack(app, "Worker");
app.Synth();

public sealed record Worker(Queue Queue, Function Handler);

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id) : base(scope, id)
    {
        var worker = Build("Resize", timeout: Duration.Minutes(1));
        worker.Handler.AddEventSource(new SqsEventSource(worker.Queue));
        new CfnOutput(this, "QueueUrl", new CfnOutputProps { Value = worker.Queue.QueueUrl });
    }

    private Worker Build(string name, Duration timeout)
    {
        var queue = new Queue(this, name + "Queue"); //! CDK109
        var handler = new Function(this, name + "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Timeout = timeout,
        });
        return new Worker(queue, handler);
    }
}

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
new WorkersStack(app, "Workers");
app.Synth();

public class WorkersStack : Stack
{
    public WorkersStack(Construct scope, string id) : base(scope, id)
    {
        var names = new[] { "Orders", "Payments" };
        var queues = names.Select(name => new Queue(this, $"{name}Queue", new QueueProps { VisibilityTimeout = Duration.Minutes(6) })).ToList();
        var workers = names.Zip(queues, (name, queue) =>
        {
            var worker = new Function(this, $"{name}Worker", new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12,
                Handler = "index.handler",
                Code = Code.FromInline("x"),
                Timeout = Duration.Minutes(1),
                Environment = new Dictionary<string, string> { ["SQS_QUEUE_URL"] = queue.QueueUrl },
            });
            worker.AddEventSource(new SqsEventSource(queue));
            return worker;
        }).ToList();
        new CfnOutput(this, "WorkerCount", new CfnOutputProps { Value = workers.Count.ToString(CultureInfo.InvariantCulture) });
    }
}

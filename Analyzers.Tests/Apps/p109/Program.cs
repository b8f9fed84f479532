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
var queues = new QueueStack(app, "Queues");
new WorkerStack(app, "Workers", new WorkerStackProps(queues.Inbox));
app.Synth();

public class QueueStack : Stack
{
    public Queue Inbox { get; }
    public QueueStack(Construct scope, string id) : base(scope, id)
    {
        Inbox = new Queue(this, "Inbox"); //! CDK109
        new CfnOutput(this, "InboxUrl", new CfnOutputProps { Value = Inbox.QueueUrl });
    }
}

public record WorkerStackProps(IQueue Inbox);

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id, WorkerStackProps props) : base(scope, id)
    {
        var fn = new Function(this, "Worker", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Timeout = Duration.Minutes(5),
        });
        fn.AddEventSource(new SqsEventSource(props.Inbox));
        new CfnOutput(this, "WorkerFn", new CfnOutputProps { Value = fn.FunctionName });
    }
}

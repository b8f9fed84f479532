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
new WorkStack(app, "Work");
app.Synth();

public abstract class FifoQueue : Construct
{
    protected abstract string Name { get; }

    protected FifoQueue(Construct scope, string id) : base(scope, id)
    {
        Queue = new Queue(this, "Queue", new QueueProps { QueueName = Name, Fifo = true });
    }

    public Queue Queue { get; }
}

public sealed class OrdersQueue(Construct scope) : FifoQueue(scope, "Orders")
{
    protected override string Name => "orders"; //! CDK111
}

public class WorkStack : Stack
{
    public WorkStack(Construct scope, string id) : base(scope, id)
    {
        var orders = new OrdersQueue(this);
        new CfnOutput(this, "OrdersUrl", new CfnOutputProps { Value = orders.Queue.QueueUrl });
    }
}

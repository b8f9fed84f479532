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
new PublisherStack(app, "Publisher", new PublisherSettings("ops@acme-corp.io", TimeSpan.FromSeconds(20)));
app.Synth();

public sealed record PublisherSettings(string Email, TimeSpan Timeout);

public class PublisherStack : Stack
{
    public PublisherStack(Construct scope, string id, PublisherSettings settings) : base(scope, id)
    {
        var topic = new Topic(this, "Alerts");
        topic.AddSubscription(new Amazon.CDK.AWS.SNS.Subscriptions.EmailSubscription(settings.Email));
        var queue = new Queue(this, "Outbox", new QueueProps { VisibilityTimeout = Duration.Seconds(settings.Timeout.TotalSeconds * 6) });
        var publisher = new Function(this, "Publisher", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Timeout = Duration.Seconds(settings.Timeout.TotalSeconds),
        });
        publisher.AddEventSource(new SqsEventSource(queue));
        new CfnOutput(this, "AlertsArn", new CfnOutputProps { Value = topic.TopicArn });
        new CfnOutput(this, "OutboxUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}

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
var settings = new Settings(TopicName: "alerts", Email: "ops@example.com"); //! CDK204
new AlertStack(app, "Alerts", settings);
app.Synth();

public sealed record Settings(string TopicName, string Email);

public class AlertStack : Stack
{
    public AlertStack(Construct scope, string id, Settings settings) : base(scope, id)
    {
        var topic = new Topic(this, "Alerts", new TopicProps { TopicName = settings.TopicName });
        topic.AddSubscription(new Amazon.CDK.AWS.SNS.Subscriptions.EmailSubscription(settings.Email));
        new CfnOutput(this, "TopicArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

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

var app = new App();
new NotifyStack(app, "Notify");
app.Synth();

static class Regions
{
    public const string Primary = "eu-west-1"; //! CDK203
}

static class Accounts
{
    public const string Shared = "907316259841"; //! CDK201
    public const string AlertsArn = $"arn:aws:sns:{Regions.Primary}:{Shared}:alerts";
}

public class NotifyStack : Stack
{
    public NotifyStack(Construct scope, string id) : base(scope, id)
    {
        var topic = Topic.FromTopicArn(this, "Alerts", Accounts.AlertsArn);
        new CfnOutput(this, "AlertsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

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
IStageSettings settings = new ProdSettings();
new AlertsStack(app, "Alerts", settings);
app.Synth();

public interface IStageSettings
{
    string Region { get; }
}

public sealed class ProdSettings : IStageSettings
{
    public string Region => "us-east-1"; //! CDK203
}

public class AlertsStack : Stack
{
    public AlertsStack(Construct scope, string id, IStageSettings settings) : base(scope, id)
    {
        var topic = Topic.FromTopicArn(this, "Alerts", $"arn:aws:sns:{settings.Region}:{Account}:alerts");
        new CfnOutput(this, "AlertsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

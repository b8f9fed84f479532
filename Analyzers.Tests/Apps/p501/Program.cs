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
foreach (var stage in new[] { "dev", "prod" })
    new AlertsStack(app, $"Alerts-{stage}", stage);
app.Synth();

public class AlertsStack : Stack
{
    public AlertsStack(Construct scope, string id, string stage) : base(scope, id)
    {
        string region;
        switch (stage)
        {
            case "prod":
                region = "us-east-1"; //! CDK203
                break;
            default:
                region = "eu-west-1"; //! CDK203
                break;
        }
        var topic = Topic.FromTopicArn(this, "Alerts", $"arn:aws:sns:{region}:{Aws.ACCOUNT_ID}:alerts");
        new CfnOutput(this, "AlertsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

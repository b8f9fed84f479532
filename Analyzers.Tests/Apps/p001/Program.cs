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
var baseConfig = new DeployConfig("acme", "eu-central-1", "111122223333"); //! CDK202
var prod = baseConfig with { Region = "eu-west-1" }; //! CDK203
new TopicStack(app, "Topics", prod);
app.Synth();

public record DeployConfig(string Prefix, string Region, string Account);

public class TopicStack : Stack
{
    public TopicStack(Construct scope, string id, DeployConfig config) : base(scope, id)
    {
        var topic = Topic.FromTopicArn(this, "Alerts", $"arn:aws:sns:{config.Region}:{config.Account}:alerts");
        new CfnOutput(this, "AlertsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

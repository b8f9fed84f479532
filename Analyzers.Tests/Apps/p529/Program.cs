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
foreach (var stage in Stages.All)
    new ApiStack(app, $"Api-{stage.Name}", stage);
app.Synth();

public sealed record StageConfig(string Name, string Account, string Region);

public static class Stages
{
    public static readonly StageConfig[] All =
    [
        new("dev", "210987654321", "eu-west-1"), //! CDK201
        new("prod", "999999999999", "eu-west-1"), //! CDK202
    ];
}

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id, StageConfig stage)
        : base(scope, id, new StackProps { Env = new Environment { Account = stage.Account, Region = stage.Region } })
    {
        var topic = new Topic(this, "Events");
        new CfnOutput(this, "EventsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

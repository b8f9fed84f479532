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
var stage = (string?)app.Node.TryGetContext("stage") ?? "dev";
var (account, region) = stage switch
{
    "prod" => ("111111111111", "eu-west-1"), //! CDK202
    _ => (System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), "eu-west-1"),
};
new CoreStack(app, "Core", new StackProps { Env = new Environment { Account = account, Region = region } });
app.Synth();

public class CoreStack : Stack
{
    public CoreStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var topic = new Topic(this, "Events");
        new CfnOutput(this, "EventsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

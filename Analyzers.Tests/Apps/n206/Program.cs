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

var settings = await Settings.LoadAsync("settings.json");
var app = new App();
new CoreStack(app, "Core", settings);
app.Synth();

public sealed record Settings(string Account, string Region, string BucketName, Dictionary<string, string> Variables)
{
    public static async System.Threading.Tasks.Task<Settings> LoadAsync(string path)
    {
        await using var stream = System.IO.File.OpenRead(path);
        return (await System.Text.Json.JsonSerializer.DeserializeAsync<Settings>(stream))!;
    }
}

public class CoreStack : Stack
{
    public CoreStack(Construct scope, string id, Settings settings)
        : base(scope, id, new StackProps { Env = new Environment { Account = settings.Account, Region = settings.Region } })
    {
        var bucket = new Bucket(this, "Data", new BucketProps { BucketName = settings.BucketName });
        var fn = new Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Environment = settings.Variables,
        });
        var topic = Topic.FromTopicArn(this, "Alerts", $"arn:aws:sns:{settings.Region}:{settings.Account}:alerts");
        new CfnOutput(this, "Outputs", new CfnOutputProps { Value = bucket.BucketName + fn.FunctionName + topic.TopicArn });
    }
}

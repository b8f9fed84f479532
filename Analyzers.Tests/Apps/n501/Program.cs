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
new ReportsStack(app, "Reports", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") } });
app.Synth();

public class ReportsStack : Stack
{
    public ReportsStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var arn = string.Format(CultureInfo.InvariantCulture, "arn:aws:sns:{0}:{1}:reports", Stack.Of(this).Region, Stack.Of(this).Account);
        var topic = Topic.FromTopicArn(this, "Reports", arn);
        var bucket = new Bucket(this, "Archive", new BucketProps
        {
            BucketName = $"Reports-Archive-{Stack.Of(this).Account}".ToLowerInvariant(),
        });
        var queue = new Queue(this, "Ordered", new QueueProps { Fifo = true, QueueName = Names.Ordered + ".fifo" });
        new CfnOutput(this, "ReportsArn", new CfnOutputProps { Value = topic.TopicArn });
        new CfnOutput(this, "ArchiveBucket", new CfnOutputProps { Value = bucket.BucketName });
        new CfnOutput(this, "OrderedUrl", new CfnOutputProps { Value = queue.QueueUrl });
    }
}

internal static class Names
{
    public const string Ordered = "reports-ordered";
}

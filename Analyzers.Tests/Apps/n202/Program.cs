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
new StorageStack(app, "Storage", new StorageConfig("Media", IsProd: false));
app.Synth();

public sealed record StorageConfig(string Team, bool IsProd);

public class StorageStack : Stack
{
    public StorageStack(Construct scope, string id, StorageConfig config) : base(scope, id)
    {
        var media = new Bucket(this, "Media", new BucketProps { BucketName = $"acme-{config.Team.ToLowerInvariant()}-assets" });
        var archive = new Bucket(this, "Archive", new BucketProps { BucketName = config.IsProd ? "acme-prod-archive" : null });
        var fifo = new Queue(this, "Orders", new QueueProps { QueueName = $"{config.Team.ToLowerInvariant()}-orders.fifo", Fifo = true });
        for (var i = 0; i < 3; i++)
            new Queue(this, $"Shard{i}", new QueueProps { QueueName = $"shard-{i}.fifo", Fifo = true });
        new CfnOutput(this, "Buckets", new CfnOutputProps { Value = media.BucketName + archive.BucketName + fifo.QueueUrl });
    }
}

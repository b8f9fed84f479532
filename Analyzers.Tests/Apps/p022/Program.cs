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

var app = new App();
new LogsStack(app, "Logs", new StorageOptions { BucketName = "Acme_Access_Logs" }); //! CDK102
app.Synth();

public class StorageOptions
{
    public required string BucketName { get; init; }
    public bool Versioned { get; init; } = true;
}

public class LogsStack : Stack
{
    public LogsStack(Construct scope, string id, StorageOptions options) : base(scope, id)
    {
        var bucket = new Bucket(this, "AccessLogs", new BucketProps { BucketName = options.BucketName, Versioned = options.Versioned });
        new CfnOutput(this, "AccessLogsBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

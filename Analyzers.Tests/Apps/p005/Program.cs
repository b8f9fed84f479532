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
new StorageStack(app, "Storage", "prod");
app.Synth();

public class StorageStack : Stack
{
    static string BucketNameFor(string stage) => $"Acme-{stage}-uploads"; //! CDK102

    public StorageStack(Construct scope, string id, string stage) : base(scope, id)
    {
        var bucket = new Bucket(this, "Uploads", new BucketProps { BucketName = BucketNameFor(stage) });
        new CfnOutput(this, "UploadsBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

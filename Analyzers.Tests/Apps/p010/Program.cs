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
var env = new Environment { Account = "123456789012", Region = "eu-west-1" }; //! CDK202
foreach (var stage in new[] { "dev", "prod" })
{
    new DataStack(app, $"Data-{stage}", new StackProps { Env = env });
}
app.Synth();

public class DataStack : Stack
{
    public DataStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var bucket = new Bucket(this, "Archive", new BucketProps { BucketName = "acme-archive-data" }); //! CDK205
        new CfnOutput(this, "ArchiveBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

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
new LakeStack(app, "Lake");
app.Synth();

public class LakeStack : Stack
{
    public LakeStack(Construct scope, string id) : base(scope, id)
    {
        var zones = new[] { "raw", "Curated", "published" }; //! CDK102
        var buckets = zones.Select(zone => new Bucket(this, zone, new BucketProps { BucketName = $"acme-lake-{zone}" })).ToList();
        foreach (var b in buckets)
            new CfnOutput(this, $"{b.Node.Id}Bucket", new CfnOutputProps { Value = b.BucketName });
    }
}

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
new PublicStack(app, "Public", Tier.Prod);
app.Synth();

public enum Tier { Dev, Prod }

public class PublicStack : Stack
{
    public PublicStack(Construct scope, string id, Tier tier) : base(scope, id)
    {
        var site = new Bucket(this, "Site", new BucketProps { BucketName = $"acme-{tier.ToString().ToLowerInvariant()}-site" });
        var parts = new[] { "acme", "exports", tier == Tier.Prod ? "prod" : "dev" };
        var exports = new Bucket(this, "Exports", new BucketProps { BucketName = string.Join("-", parts) });
        new CfnOutput(this, "SiteBucket", new CfnOutputProps { Value = site.BucketName });
        new CfnOutput(this, "ExportsBucket", new CfnOutputProps { Value = exports.BucketName });
    }
}

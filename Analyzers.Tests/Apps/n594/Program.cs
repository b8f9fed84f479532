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
new NetStack(app, "Net", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" } });
app.Synth();

public class NetStack : Stack
{
    public NetStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        var endpoint = $"https://sqs.{Region}.amazonaws.com";
        var bucket = new Bucket(this, "Logs", new BucketProps
        {
            BucketName = PhysicalName.GENERATE_IF_NEEDED,
        });
        var site = new Bucket(this, "Site", new BucketProps { BucketName = $"site-{Account}-{Region}" });
        new CfnOutput(this, "VpcId", new CfnOutputProps { Value = vpc.VpcId });
        new CfnOutput(this, "Endpoint", new CfnOutputProps { Value = endpoint });
        new CfnOutput(this, "LogsBucket", new CfnOutputProps { Value = bucket.BucketName });
        new CfnOutput(this, "SiteBucket", new CfnOutputProps { Value = site.BucketName });
    }
}

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
new LakeStack(app, "Lake");
app.Synth();

public static class Lake
{
    public static readonly string Region = ResolveRegion();

    private static string ResolveRegion() => "sa-east-1"; //! CDK203
}

public class LakeStack : Stack
{
    public LakeStack(Construct scope, string id) : base(scope, id)
    {
        var bucket = Bucket.FromBucketArn(this, "Raw", "arn:aws:s3:::acme-raw");
        var stream = Amazon.CDK.AWS.Kinesis.Stream.FromStreamArn(this, "Events", $"arn:aws:kinesis:{Lake.Region}:{Aws.ACCOUNT_ID}:stream/events");
        new CfnOutput(this, "RawBucket", new CfnOutputProps { Value = bucket.BucketName });
        new CfnOutput(this, "EventsStream", new CfnOutputProps { Value = stream.StreamArn });
    }
}

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
using System.Text;
using System.Globalization;

var app = new App();
new MediaStack(app, "Media", new MediaStackProps { BucketPrefix = "Acme-Media" }); //! CDK102
app.Synth();

public sealed class MediaStackProps : StackProps
{
    public required string BucketPrefix { get; init; }
}

public sealed class MediaStack : Stack
{
    public MediaStack(Construct scope, string id, MediaStackProps props) : base(scope, id, props)
    {
        var uploads = new Bucket(this, "Uploads", new BucketProps { BucketName = $"{props.BucketPrefix}-uploads" });
        new CfnOutput(this, "UploadsBucket", new CfnOutputProps { Value = uploads.BucketName });
    }
}

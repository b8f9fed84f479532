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
new MediaStack(app, "Media", new MediaConfig("Media-Assets")); //! CDK102
app.Synth();

public record MediaConfig(string BucketName);

public abstract class ConfiguredStack<TConfig> : Stack where TConfig : class
{
    protected ConfiguredStack(Construct scope, string id, TConfig config) : base(scope, id) => Config = config;

    protected TConfig Config { get; }
}

public sealed class MediaStack : ConfiguredStack<MediaConfig>
{
    public MediaStack(Construct scope, string id, MediaConfig config) : base(scope, id, config)
    {
        var bucket = new Bucket(this, "Assets", new BucketProps { BucketName = Config.BucketName });
        new CfnOutput(this, "AssetsBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

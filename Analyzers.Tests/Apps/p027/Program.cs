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
new AssetsStack(app, "Assets");
app.Synth();

public class AssetsStack : Stack
{
    public AssetsStack(Construct scope, string id) : base(scope, id)
    {
        var name = string.Concat(this.StackName, "-assets"); //! CDK102
        var bucket = new Bucket(this, "Assets", new BucketProps { BucketName = name });
        new CfnOutput(this, "AssetsBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

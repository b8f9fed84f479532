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

var app = new App();
foreach (var region in new[] { "eu-west-1", "us-east-1" })
{
    new SharedStack(app, $"Shared-{region}", new StackProps { Env = new Environment { Account = "907316259841", Region = region } }); //! CDK201
}
app.Synth();

public class SharedStack : Stack
{
    public SharedStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var bucket = new Bucket(this, "Shared", new BucketProps { BucketName = "acme-shared-artifacts" }); //! CDK205
        new CfnOutput(this, "SharedBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

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
new InvariantStack(app, "Invariant", "Media"); //! CDK102
app.Synth();

public class InvariantStack : Stack
{
    public InvariantStack(Construct scope, string id, string kind) : base(scope, id)
    {
        var name = FormattableString.Invariant($"acme-{kind}-store");
        var bucket = new Bucket(this, "Store", new BucketProps { BucketName = name });
        new CfnOutput(this, "StoreBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

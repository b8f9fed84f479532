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
new StorageStack(app, "Storage");
app.Synth();

public class AuditBucket : Bucket
{
    public AuditBucket(Construct scope, string id, string team)
        : base(scope, id, new BucketProps { BucketName = $"{team}-Audit-Logs", Versioned = true }) //! CDK102
    {
    }
}

public class StorageStack : Stack
{
    public StorageStack(Construct scope, string id) : base(scope, id)
    {
        var audit = new AuditBucket(this, "Audit", "payments");
        new CfnOutput(this, "AuditBucket", new CfnOutputProps { Value = audit.BucketName });
    }
}

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
new QueryStack(app, "Query");
app.Synth();

public class QueryStack : Stack
{
    public QueryStack(Construct scope, string id) : base(scope, id)
    {
        var names = new[] { "raw", "Clean" }; //! CDK102
        var buckets = (from n in names select new Bucket(this, n, new BucketProps { BucketName = $"acme-{n}-zone" })).ToArray();
        new CfnOutput(this, "Count", new CfnOutputProps { Value = buckets.Length.ToString() });
    }
}

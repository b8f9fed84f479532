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
new DataStack(app, "Data", isProduction: true);
app.Synth();

public class DataStack : Stack
{
    private readonly bool _isProduction;

    public DataStack(Construct scope, string id, bool isProduction) : base(scope, id)
    {
        _isProduction = isProduction;
        var data = new Bucket(this, "Data", new BucketProps { BucketName = DataBucketName });
        new CfnOutput(this, "DataBucket", new CfnOutputProps { Value = data.BucketName });
    }

    private string DataBucketName => _isProduction ? "Acme-Data-Prod" : "acme-data-dev"; //! CDK102
}

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
var settings = new DeploySettings();
new MetricsStack(app, "Metrics", settings);
app.Synth();

public class DeploySettings
{
    private string _region = "us-west-2"; //! CDK203

    public string Region
    {
        get => _region;
        set => _region = value;
    }
}

public class MetricsStack : Stack
{
    public MetricsStack(Construct scope, string id, DeploySettings settings) : base(scope, id)
    {
        var stream = Amazon.CDK.AWS.Kinesis.Stream.FromStreamArn(this, "Metrics", $"arn:aws:kinesis:{settings.Region}:{Aws.ACCOUNT_ID}:stream/metrics");
        new CfnOutput(this, "MetricsStream", new CfnOutputProps { Value = stream.StreamArn });
    }
}

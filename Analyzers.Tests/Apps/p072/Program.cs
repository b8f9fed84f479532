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
new LookupStack(app, "Lookup", Stage.Prod);
app.Synth();

public enum Stage { Dev, Prod }
public record StageConfig(string Account, string BucketName);

public static class Configs
{
    public static readonly IReadOnlyDictionary<Stage, StageConfig> All = new Dictionary<Stage, StageConfig>
    {
        [Stage.Dev] = new("120394857601", "acme-dev-data"),
        [Stage.Prod] = new("907316259841", "Acme-Prod-Data"), //! CDK102
    };
}

public class LookupStack : Stack
{
    public LookupStack(Construct scope, string id, Stage stage) : base(scope, id)
    {
        var config = Configs.All[stage];
        var bucket = new Bucket(this, "Data", new BucketProps { BucketName = config.BucketName });
        new CfnOutput(this, "DataBucket", new CfnOutputProps { Value = bucket.BucketName });
    }
}

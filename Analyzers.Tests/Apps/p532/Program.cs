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
new CacheStack(app, "Cache");
app.Synth();

public class CacheStack : Stack
{
    public CacheStack(Construct scope, string id) : base(scope, id)
    {
        var common = new Dictionary<string, string> { ["LOG_LEVEL"] = "info" };
        var extra = new Dictionary<string, string> { ["_HANDLER"] = "override" }; //! CDK101
        var cache = new Function(this, "Cache", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Environment = common.Concat(extra).ToDictionary(kv => kv.Key, kv => kv.Value),
        });
        new CfnOutput(this, "CacheName", new CfnOutputProps { Value = cache.FunctionName });
    }
}

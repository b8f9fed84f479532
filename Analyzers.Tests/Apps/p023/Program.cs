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
new ApiStack(app, "Api");
app.Synth();

public class ApiStack : Stack
{
    private static readonly Dictionary<string, string> Common = new() { ["LOG_LEVEL"] = "info", ["POWERTOOLS_SERVICE_NAME"] = "api" };

    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var env = new Dictionary<string, string>(Common)
        {
            ["AWS_DEFAULT_REGION"] = "eu-west-1", //! CDK101
        };
        var fn = new Function(this, "Api", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Environment = env,
        });
        new CfnOutput(this, "ApiFn", new CfnOutputProps { Value = fn.FunctionName });
    }
}

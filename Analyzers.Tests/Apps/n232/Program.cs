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
new ApiStack(app, "Api");
app.Synth();

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var fn = new Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "app.handler",
            Code = Code.FromInline("def handler(e, c): pass"),
            Environment = new Dictionary<string, string> { ["POWERTOOLS_SERVICE_NAME"] = "orders", ["AWS_XRAY_CONTEXT_MISSING"] = "LOG_ERROR" },
        });
        var api = new Amazon.CDK.AWS.APIGateway.LambdaRestApi(this, "Api", new Amazon.CDK.AWS.APIGateway.LambdaRestApiProps
        {
            Handler = fn,
            RestApiName = "Orders API",
            DeployOptions = new Amazon.CDK.AWS.APIGateway.StageOptions { StageName = "v1" },
        });
        new CfnOutput(this, "ApiUrl", new CfnOutputProps { Value = api.Url });
        new CfnOutput(this, "HandlerName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

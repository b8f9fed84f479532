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

public static class FunctionPropsExtensions
{
    public static FunctionProps WithVariable(this FunctionProps props, string name, string value)
    {
        props.Environment ??= new Dictionary<string, string>();
        props.Environment[name] = value;
        return props;
    }
}

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var props = new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
        }
        .WithVariable("STAGE", "prod")
        .WithVariable("AWS_EXECUTION_ENV", "custom"); //! CDK101
        var api = new Function(this, "Api", props);
        new CfnOutput(this, "ApiName", new CfnOutputProps { Value = api.FunctionName });
    }
}

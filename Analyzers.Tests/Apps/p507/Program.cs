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

public record FunctionSettings(int MemoryMb, int? ReservedConcurrency)
{
    public static FunctionSettings Defaults { get; } = new(512, null);
}

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var settings = FunctionSettings.Defaults with { ReservedConcurrency = 50 };
        var api = new Function(this, "Api", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "Api::Api.Handler::Handle",
            Code = Code.FromInline("x"),
            MemorySize = settings.MemoryMb,
            ReservedConcurrentExecutions = settings.ReservedConcurrency, //! CDK103
        });
        new CfnOutput(this, "ApiName", new CfnOutputProps { Value = api.FunctionName });
    }
}

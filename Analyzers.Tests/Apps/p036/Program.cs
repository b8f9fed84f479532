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
new ExtStack(app, "Ext");
app.Synth();

public static class FunctionExtensions
{
    public static Function WithRegion(this Function fn, string region)
    {
        fn.AddEnvironment("AWS_REGION", region); //! CDK101
        return fn;
    }
}

public class ExtStack : Stack
{
    public ExtStack(Construct scope, string id) : base(scope, id)
    {
        var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("x") })
            .WithRegion("eu-west-1");
        new CfnOutput(this, "FnName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

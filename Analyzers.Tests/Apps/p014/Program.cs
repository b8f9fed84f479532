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

var app = new App();
new LegacyStack(app, "Legacy");
app.Synth();

static class Defaults
{
    public static readonly Runtime NodeRuntime = Runtime.NODEJS_14_X; //! CDK108
}

public class LegacyStack : Stack
{
    public LegacyStack(Construct scope, string id) : base(scope, id)
    {
        var fn = new Function(this, "Legacy", new FunctionProps
        {
            Runtime = Defaults.NodeRuntime,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
        });
        new CfnOutput(this, "LegacyName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

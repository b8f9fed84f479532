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
new ApiStack(app, "Api");
app.Synth();

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var pairs = new[]
        {
            KeyValuePair.Create("STAGE", "prod"),
            KeyValuePair.Create("AWS_REGION", "eu-west-1"), //! CDK101
        };
        var fn = new Function(this, "Handler", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "Api::Api.Function::Handle",
            Code = Code.FromInline("x"),
            Environment = new Dictionary<string, string>(pairs),
        });
        new CfnOutput(this, "FnName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

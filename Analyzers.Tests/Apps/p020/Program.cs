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
new ConcurrencyStack(app, "Concurrency");
app.Synth();

public class ConcurrencyStack : Stack
{
    public ConcurrencyStack(Construct scope, string id) : base(scope, id)
    {
        var limits = new Dictionary<string, int> { ["ingest"] = 25, ["export"] = 10 }; //! CDK103
        foreach (var (name, limit) in limits)
        {
            var fn = new Function(this, name, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12,
                Handler = "h",
                Code = Code.FromInline("x"),
                ReservedConcurrentExecutions = limit,
            });
            new CfnOutput(this, $"{name}Fn", new CfnOutputProps { Value = fn.FunctionName });
        }
    }
}

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
new DbStack(app, "Db");
app.Synth();

public class DbStack : Stack
{
    public DbStack(Construct scope, string id) : base(scope, id)
    {
        var env = new Dictionary<string, string>
        {
            ["DB_HOST"] = "db.internal",
            ["DB_PASSWORD"] = "Sup3rS3cret!2024", //! CDK601
        };
        var fn = new Function(this, "Reader", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Environment = env,
        });
        new CfnOutput(this, "ReaderName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

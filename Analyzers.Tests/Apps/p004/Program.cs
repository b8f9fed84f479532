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
new WorkerStack(app, "Worker");
app.Synth();

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id) : base(scope, id)
    {
        var environment = new Dictionary<string, string>();
        var props = new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "Worker::Worker.Function::Handle",
            Code = Code.FromInline("x"),
            Environment = environment,
        };
        environment["QUEUE_URL"] = "https://example"; //! CDK204
        environment["AWS_LAMBDA_FUNCTION_NAME"] = "worker"; //! CDK101
        var fn = new Function(this, "Worker", props);
        new CfnOutput(this, "WorkerName", new CfnOutputProps { Value = fn.FunctionName });
    }
}

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
new WorkerStack(app, "Worker");
app.Synth();

public sealed class FunctionBuilder
{
    private readonly Dictionary<string, string> _environment = new();
    private Runtime _runtime = Runtime.PYTHON_3_12;

    public FunctionBuilder WithVariable(string name, string value)
    {
        _environment[name] = value;
        return this;
    }

    public FunctionBuilder WithRuntime(Runtime runtime)
    {
        _runtime = runtime;
        return this;
    }

    public Function Build(Construct scope, string id) => new Function(scope, id, new FunctionProps
    {
        Runtime = _runtime,
        Handler = "Worker::Worker.Handler::Handle",
        Code = Code.FromInline("exports.handler = async () => {};"),
        Environment = _environment,
    });
}

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id) : base(scope, id)
    {
        var worker = new FunctionBuilder()
            .WithRuntime(Runtime.PYTHON_3_12)
            .WithVariable("AWS_REGION", "eu-west-1") //! CDK101
            .WithVariable("MODE", "batch")
            .Build(this, "Worker");
        new CfnOutput(this, "WorkerName", new CfnOutputProps { Value = worker.FunctionName });
    }
}

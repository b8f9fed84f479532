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
new JobsStack(app, "Jobs", new JobSettings([new("LOG_LEVEL", "debug"), new("AWS_REGION", "eu-central-1")])); //! CDK101
app.Synth();

public sealed record Variable(string Name, string Value);
public sealed record JobSettings(IReadOnlyList<Variable> Variables);

public class JobsStack : Stack
{
    public JobsStack(Construct scope, string id, JobSettings settings) : base(scope, id)
    {
        var jobs = new Function(this, "Jobs", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
        });
        foreach (var variable in settings.Variables)
            jobs.AddEnvironment(variable.Name, variable.Value);
        new CfnOutput(this, "JobsName", new CfnOutputProps { Value = jobs.FunctionName });
    }
}

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
new JobsStack(app, "Jobs");
app.Synth();

public class JobsStack : Stack
{
    public JobsStack(Construct scope, string id) : base(scope, id)
    {
        var fn = new Function(this, "Job", BuildProps("nightly"));
        new CfnOutput(this, "JobFn", new CfnOutputProps { Value = fn.FunctionName });
    }

    private static FunctionProps BuildProps(string name)
    {
        var props = new FunctionProps();
        props.Runtime = Runtime.PYTHON_3_12;
        props.Handler = "index.handler";
        props.Code = Code.FromInline("x");
        props.Environment = new Dictionary<string, string>
        {
            { "JOB_NAME", name },
            { "_HANDLER", "index.handler" }, //! CDK101
        };
        return props;
    }
}

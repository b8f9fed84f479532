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

public class WorkerStack : Stack
{
    public WorkerStack(Construct scope, string id) : base(scope, id)
    {
        var repository = new Repository(this, "Worker");
        var worker = new DockerImageFunction(this, "WorkerFn", new DockerImageFunctionProps
        {
            Code = DockerImageCode.FromEcr(repository, new EcrImageCodeProps { TagOrDigest = "v1" }), //! CDK502
        });
        new CfnOutput(this, "WorkerName", new CfnOutputProps { Value = worker.FunctionName });
    }
}

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
using System.Text;
using System.Globalization;

var app = new App();
new PipelineStack(app, "Pipeline");
app.Synth();

public static class Connections
{
    public const string GitHub = "arn:aws:codestar-connections:eu-west-1:210987654321:connection/your-connection-id"; //! CDK204
}

public class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id) : base(scope, id)
    {
        var source = Amazon.CDK.Pipelines.CodePipelineSource.Connection("acme/infra", "main", new Amazon.CDK.Pipelines.ConnectionSourceOptions
        {
            ConnectionArn = Connections.GitHub,
        });
        new CfnOutput(this, "Source", new CfnOutputProps { Value = source.ToString() ?? "" });
    }
}

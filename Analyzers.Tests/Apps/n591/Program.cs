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
new ToolsStack(app, "Tools");
app.Synth();

public class ToolsStack : Stack
{
    public ToolsStack(Construct scope, string id) : base(scope, id)
    {
        var insights = LayerVersion.FromLayerVersionArn(this, "Insights", $"arn:aws:lambda:{Aws.REGION}:580247275435:layer:LambdaInsightsExtension:14");
        var tools = new Function(this, "Tools", new FunctionProps
        {
            Runtime = Runtime.PYTHON_3_12,
            Handler = "index.handler",
            Code = Code.FromInline("x"),
            Layers = [insights],
            Description = "Runs the example-driven checks for the todo list service",
            Environment = new Dictionary<string, string> { ["AWS_REGION_NAME"] = Aws.REGION, ["MY_AWS_REGION"] = Aws.REGION },
        });
        tools.Role!.AddManagedPolicy(ManagedPolicy.FromManagedPolicyArn(this, "ReadOnly", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        Amazon.CDK.Tags.Of(this).Add("BuildNumber", "202401011200");
        var task = new FargateTaskDefinition(this, "Task");
        task.AddContainer("App", new ContainerDefinitionOptions
        {
            Image = ContainerImage.FromRegistry("public.ecr.aws/docker/library/nginx:latest"),
            Environment = new Dictionary<string, string> { ["AWS_REGION"] = Aws.REGION, ["AWS_LAMBDA_FUNCTION_NAME"] = "none" },
        });
        new CfnOutput(this, "ToolsName", new CfnOutputProps { Value = tools.FunctionName });
        new CfnOutput(this, "TaskArn", new CfnOutputProps { Value = task.TaskDefinitionArn });
    }
}

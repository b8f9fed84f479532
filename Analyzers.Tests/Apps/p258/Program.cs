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

public class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id) : base(scope, id)
    {
        var pipeline = new Amazon.CDK.Pipelines.CodePipeline(this, "Pipeline", new Amazon.CDK.Pipelines.CodePipelineProps
        {
            Synth = new Amazon.CDK.Pipelines.ShellStep("Synth", new Amazon.CDK.Pipelines.ShellStepProps
            {
                Input = Amazon.CDK.Pipelines.CodePipelineSource.GitHub("acme/infra", "main"),
                Commands = ["npx cdk synth"],
            }),
        });
        pipeline.AddStage(new AppStage(this, "Prod", new StageProps
        {
            Env = new Environment { Account = "123456789012", Region = "eu-west-1" }, //! CDK202
        }));
        new CfnOutput(this, "PipelineName", new CfnOutputProps { Value = "pipeline" });
    }
}

public class AppStage : Stage
{
    public AppStage(Construct scope, string id, IStageProps props) : base(scope, id, props)
    {
        new ApiStack(this, "Api");
    }
}

public class ApiStack : Stack
{
    public ApiStack(Construct scope, string id) : base(scope, id)
    {
        var topic = new Topic(this, "Events");
        new CfnOutput(this, "EventsArn", new CfnOutputProps { Value = topic.TopicArn });
    }
}

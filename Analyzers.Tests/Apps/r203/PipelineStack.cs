using Amazon.CDK;
using Amazon.CDK.Pipelines;
using Constructs;

namespace Delivery;

public sealed class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
    {
        var pipeline = new CodePipeline(this, "Pipeline", new CodePipelineProps
        {
            Synth = new ShellStep("Synth", new ShellStepProps
            {
                Input = CodePipelineSource.Connection("acme/shop", "main", new ConnectionSourceOptions
                {
                    ConnectionArn = $"arn:aws:codestar-connections:{Aws.REGION}:{Aws.ACCOUNT_ID}:connection/1d3f5b7a-0000-4000-8000-000000000000",
                }),
                Commands = ["npm install -g aws-cdk", "cdk synth"],
            }),
        });

        var shared = props.Env;
        pipeline.AddStage(new ServiceStage(this, "Test", new StageProps { Env = shared }));
        pipeline.AddStage(new ServiceStage(this, "Staging", new StageProps { Env = shared }));
        _ = new CfnOutput(this, "PipelineName", new CfnOutputProps { Value = "shop-pipeline" });
    }
}

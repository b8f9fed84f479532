using Amazon.CDK;
using Amazon.CDK.AWS.CodeBuild;
using Amazon.CDK.AWS.CodePipeline;
using Amazon.CDK.AWS.CodePipeline.Actions;
using Amazon.CDK.AWS.Ecr.Assets;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Constructs;
using IStageProps = Amazon.CDK.AWS.CodePipeline.IStageProps;
using StageProps = Amazon.CDK.AWS.CodePipeline.StageProps;

namespace CiCdPipeline;

// Failure report 004, with the external dependencies made explicit inputs instead of placeholders.
public sealed class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id, string suffix) : base(scope, id)
    {
        // The connection and repository are deploy-time inputs: nothing to replace in code.
        var connectionArn = new CfnParameter(this, "ConnectionArn", new CfnParameterProps { Description = "An authorized CodeStar connection" });
        var owner = new CfnParameter(this, "RepositoryOwner");
        var repository = new CfnParameter(this, "RepositoryName");

        var source = new Artifact_("Source");
        var sourceAction = new CodeStarConnectionsSourceAction(new CodeStarConnectionsSourceActionProps
        {
            ActionName = "Source",
            ConnectionArn = connectionArn.ValueAsString,
            Owner = owner.ValueAsString,
            Repo = repository.ValueAsString,
            Branch = "main",
            Output = source,
        });

        // The build image is built from this app's Dockerfile and pushed by the deployment itself.
        var project = new PipelineProject(this, "Build", new PipelineProjectProps
        {
            Environment = new BuildEnvironment
            {
                BuildImage = LinuxBuildImage.FromAsset(this, "BuildImage", new DockerImageAssetProps { Directory = "build-image" }),
            },
        });

        var pipeline = new Pipeline(this, "Pipeline", new PipelineProps
        {
            PipelineName = $"cicd-pipeline-{suffix}",
            Stages = new IStageProps[]
            {
                new StageProps { StageName = "Source", Actions = new IAction[] { sourceAction } },
                new StageProps
                {
                    StageName = "Build",
                    Actions = new IAction[] { new CodeBuildAction(new CodeBuildActionProps { ActionName = "Build", Project = project, Input = source }) },
                },
            },
        });

        // Target accounts come from context; by default this account.
        foreach (var stage in new[] { "Dev", "Staging", "Prod" })
        {
            var account = Node.TryGetContext(stage.ToLowerInvariant() + "Account") as string ?? Aws.ACCOUNT_ID;
            new Role(this, stage + "DeployRole", new RoleProps { AssumedBy = new AccountPrincipal(account), RoleName = $"cross-account-deploy-{stage.ToLowerInvariant()}-{suffix}" });
        }

        var failures = new Topic(this, "Failures", new TopicProps { TopicName = $"pipeline-failures-{suffix}" });
        new CfnOutput(this, "PipelineName", new CfnOutputProps { Value = pipeline.PipelineName });
        new CfnOutput(this, "FailureTopicArn", new CfnOutputProps { Value = failures.TopicArn });
    }
}

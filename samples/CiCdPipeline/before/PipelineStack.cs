using Amazon.CDK;
using Amazon.CDK.AWS.CodeBuild;
using Amazon.CDK.AWS.CodePipeline;
using Amazon.CDK.AWS.CodePipeline.Actions;
using Amazon.CDK.AWS.ECR;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.SNS;
using Constructs;
using IStageProps = Amazon.CDK.AWS.CodePipeline.IStageProps;
using StageProps = Amazon.CDK.AWS.CodePipeline.StageProps;

namespace CiCdPipeline;

// Failure report 004: a multi-account CI/CD pipeline that synthesized and could not deploy.
public sealed class PipelineStack : Stack
{
    public PipelineStack(Construct scope, string id, string suffix) : base(scope, id)
    {
        var source = new Artifact_("Source");
        var sourceAction = new CodeStarConnectionsSourceAction(new CodeStarConnectionsSourceActionProps
        {
            ActionName = "Source",
            ConnectionArn = "arn:aws:codestar-connections:us-east-1:123456789012:connection/example",  // CDK202 (§1)
            Owner = "myorg",   // CDK204 (§5)
            Repo = "myapp",    // CDK204 (§5)
            Branch = "main",
            Output = source,
        });

        // §2: the build image comes from a repository this stack creates, empty.
        var buildImages = new Repository(this, "BuildImages", new RepositoryProps { RepositoryName = $"build-image-{suffix}" });
        var project = new PipelineProject(this, "Build", new PipelineProjectProps
        {
            Environment = new BuildEnvironment { BuildImage = LinuxBuildImage.FromEcrRepository(buildImages, "latest") },  // CDK502
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

        // §3: cross-account deployment roles for placeholder target accounts.
        new Role(this, "DevDeployRole", new RoleProps { AssumedBy = new AccountPrincipal("111111111111") });          // CDK202
        new Role(this, "StagingDeployRole", new RoleProps { AssumedBy = new AccountPrincipal("222222222222") });      // CDK202
        new Role(this, "ProdDeployRole", new RoleProps { AssumedBy = new AccountPrincipal("333333333333") });         // CDK202

        var failures = Topic.FromTopicArn(this, "Failures", $"arn:aws:sns:us-east-1:{Aws.ACCOUNT_ID}:pipeline-failures");  // CDK203
        new CfnOutput(this, "PipelineName", new CfnOutputProps { Value = pipeline.PipelineName });
        new CfnOutput(this, "FailureTopicArn", new CfnOutputProps { Value = failures.TopicArn });
    }
}

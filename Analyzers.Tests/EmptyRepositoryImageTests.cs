using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.EmptyRepositoryImageAnalyzer>;

namespace CdkAnalyzers.Tests;

public class EmptyRepositoryImageTests
{
    private static string InStack(string body) => TestCode.Stack(body, "CodeBuild ECR ECS Lambda", members: "    private readonly Repository _images;");

    [Fact]
    public Task RepositoriesKeptInADictionaryFilledInALoop() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                var repos = new Dictionary<string, IRepository>();
                foreach (var name in new[] { "api", "worker" })
                    repos[name] = new Repository(this, $"{name}Repo");
                repos["base"] = Repository.FromRepositoryName(this, "Base", "base-images");
                new DockerImageFunction(this, "Api", new DockerImageFunctionProps { Code = {|#0:DockerImageCode.FromEcr(repos["api"])|} });
                new DockerImageFunction(this, "Base", new DockerImageFunctionProps { Code = DockerImageCode.FromEcr(repos["base"]) });
        """) }, expected: new DiagnosticResult("CDK502", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("apiRepo", "DockerImageCode.FromImageAsset"));

    [Fact]
    public Task EveryImageFromRepositoryApi() => VerifyCS.AnalyzerAsync(InStack("""
                var buildImages = new Repository(this, "BuildImages");
                _images = new Repository(this, "AppImages");
                new PipelineProject(this, "Build", new PipelineProjectProps
                {
                    Environment = new BuildEnvironment { BuildImage = {|CDK502:LinuxBuildImage.FromEcrRepository(buildImages, "latest")|} },
                });
                var task = new FargateTaskDefinition(this, "Task");
                task.AddContainer("App", new ContainerDefinitionOptions { Image = {|CDK502:ContainerImage.FromEcrRepository(_images, "latest")|} });
                task.AddContainer("Sidecar", new ContainerDefinitionOptions { Image = {|CDK502:new EcrImage(_images, "sidecar")|} });
                new DockerImageFunction(this, "Fn", new DockerImageFunctionProps { Code = {|CDK502:DockerImageCode.FromEcr(buildImages)|} });
                new Function(this, "Fn2", new FunctionProps
                {
                    Runtime = Runtime.FROM_IMAGE,
                    Handler = Handler.FROM_IMAGE,
                    Code = {|CDK502:Code.FromEcrImage(new Repository(this, "Inline"))|},
                });
        """));

    [Fact]
    public Task ImportedRepositoriesAndAssetsStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var existing = Repository.FromRepositoryName(this, "Existing", "build-image");
                var byArn = Repository.FromRepositoryArn(this, "ByArn", "arn:aws:ecr:us-east-1:493817265012:repository/app");
                _images = new Repository(this, "Pushed");
                var task = new FargateTaskDefinition(this, "Task");
                task.AddContainer("App", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(existing, "latest") });
                task.AddContainer("Other", new ContainerDefinitionOptions { Image = ContainerImage.FromEcrRepository(byArn) });
                task.AddContainer("Asset", new ContainerDefinitionOptions { Image = ContainerImage.FromAsset("app") });
        """));
}

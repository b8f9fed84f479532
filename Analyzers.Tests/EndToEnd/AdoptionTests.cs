using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// Adoption in an existing repository, as the README describes it: one Directory.Build.props at the root adds the
/// package to every project; a folder's .editorconfig turns today's findings into suggestions so the build is not red
/// on day one, while every other folder keeps the full severities.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackedPackageCollection.Name)]
public class AdoptionTests
{
    private readonly PackedPackageFixture _package;

    public AdoptionTests(PackedPackageFixture package) => _package = package;

    [Fact]
    public void RootPropsReachEveryProjectAndAFolderCanStartFromSuggestions()
    {
        var repo = Directory.CreateTempSubdirectory("cdk-adopt-").FullName;
        try
        {
            Write(repo, "NuGet.config", _package.LocalFeedConfig);
            Write(repo, "Directory.Build.props", $"""
                <Project>
                  <ItemGroup>
                    <PackageReference Include="CdkAnalyzers" Version="{_package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            Write(repo, "Repo.slnx", """
                <Solution>
                  <Project Path="infra/Network/Network.csproj" />
                  <Project Path="infra/Legacy/Legacy.csproj" />
                  <Project Path="tools/Scripts/Scripts.csproj" />
                </Solution>
                """);
            WriteCdkProject(repo, "infra/Network", """
                var stack = new Stack(app, "Network");
                var fn = new Function(stack, "Router", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("def handler(e, c): return e") });
                fn.AddEnvironment("AWS_REGION", "eu-west-1");
                new CfnOutput(stack, "RouterName", new CfnOutputProps { Value = fn.FunctionName });
                app.Synth();
                """);
            WriteCdkProject(repo, "infra/Legacy", """
                new LegacyStack(app, "Legacy");
                app.Synth();

                public sealed class LegacyStack : Stack
                {
                    public LegacyStack(Constructs.Construct scope, string id) : base(scope, id)
                        => new Function(this, "Worker", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromInline("def handler(e, c): return e") });
                }
                """);
            Write(repo, "tools/Scripts/Scripts.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """);
            Write(repo, "tools/Scripts/Program.cs", "System.Console.WriteLine(\"AWS_REGION\");\n");

            // Day one: both CDK projects get their findings; the project without the CDK gets nothing.
            var first = DotnetCli.Run(repo, null, "build", "Repo.slnx", "-warnaserror");
            Assert.NotEqual(0, first.ExitCode);
            Assert.Matches(@"Network[/\\]Program\.cs\(\d+,\d+\): error CDK101", first.Output);
            Assert.Matches(@"Legacy[/\\]Program\.cs\(\d+,\d+\): error CDK301", first.Output);
            Assert.DoesNotMatch(@"Scripts[/\\]Program\.cs\(\d+,\d+\): \w+ CDK", first.Output);

            // The legacy folder starts from suggestions: its build is green, the finding stays in the log as a note.
            Write(repo, "infra/Legacy/.editorconfig", """
                [*.cs]
                dotnet_diagnostic.CDK301.severity = suggestion
                """);
            var log = Path.Combine(repo, "legacy.sarif");
            var legacy = DotnetCli.Run(Path.Combine(repo, "infra", "Legacy"), null, "build", "-warnaserror", "--no-incremental", $"-p:ErrorLog={log}%2Cversion%3D2.1");
            Assert.True(legacy.ExitCode == 0, legacy.Output);
            using (var sarif = JsonDocument.Parse(File.ReadAllText(log)))
            {
                var levels = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                    .Where(r => r.GetProperty("ruleId").GetString() == "CDK301")
                    .Select(r => r.GetProperty("level").GetString());
                Assert.Equal(new[] { "note" }, levels);
            }

            // Every other folder keeps the full severities.
            var network = DotnetCli.Run(Path.Combine(repo, "infra", "Network"), null, "build", "-warnaserror", "--no-incremental");
            Assert.NotEqual(0, network.ExitCode);
            Assert.Matches("error CDK101", network.Output);
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }

    private void WriteCdkProject(string repo, string folder, string body)
    {
        // The package comes from the root Directory.Build.props, not from the project.
        Write(repo, $"{folder}/{Path.GetFileName(folder)}.csproj", _package.CdkAppProject(withPackage: false));
        Write(repo, $"{folder}/Program.cs", $"""
            using Amazon.CDK;
            using Amazon.CDK.AWS.Lambda;
            using Function = Amazon.CDK.AWS.Lambda.Function;

            var app = new App();
            {body}
            """);
    }

    private static void Write(string repo, string path, string text)
    {
        var full = Path.Combine(repo, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text + "\n");
    }
}

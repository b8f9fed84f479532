using System.Threading.Tasks;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.MissingAssetAnalyzer>;

namespace CdkAnalyzers.Tests;

public class MissingAssetTests
{
    private const string Listing = """
        # CdkAnalyzers asset listing: paths relative to the CDK app folder
        cdk.json
        lambda/index.py
        lib/lambda/handler.zip
        images/api/Dockerfile
        site/index.html
        """;

    private static readonly (string, string)[] Files = { ("/app/obj/CdkAnalyzers.AssetListing.txt", Listing) };
    private const string Root = "build_property.CdkAnalyzersAssetRoot = /app\n";

    private const string HandlerZip = """
            private const string HandlerZip = "lib/lambda/processor.zip";
        """;

    private static string InStack(string body, string members = HandlerZip)
        => "using System.IO;\n" + TestCode.Stack(body, "ECS Ecr.Assets Lambda S3.Assets S3.Deployment", members, parameters: ", string fromContext = \"\"");

    [Fact]
    public Task MissingPathsInEveryAssetApi() => VerifyCS.AnalyzerWithFilesAsync(InStack("""
                // A constant's path is reported at the constant.
                Code.FromAsset(HandlerZip);
                Code.FromAsset({|CDK106:Path.Combine("lambda", "missing.py")|});
                Code.FromAssetImage({|CDK106:"images/worker"|});
                DockerImageCode.FromImageAsset({|CDK106:"./images/jobs"|});
                ContainerImage.FromAsset({|CDK106:"images/web"|});
                Source.Asset({|CDK106:"dist"|});
                new Asset(this, "Data", new AssetProps { Path = {|CDK106:"data/seed.json"|} });
                new DockerImageAsset(this, "Img", new DockerImageAssetProps { Directory = {|CDK106:Path.Join("images", "batch")|} });
        """, HandlerZip.Replace("\"lib/lambda/processor.zip\"", "{|CDK106:\"lib/lambda/processor.zip\"|}")), Files, Root);

    [Fact]
    public Task ExistingPathsAndUnknownsStaySilent() => VerifyCS.AnalyzerWithFilesAsync(InStack("""
                Code.FromAsset("lambda");
                Code.FromAsset("./lambda/");
                Code.FromAsset("lib/lambda/handler.zip");
                Code.FromAsset(@"lib\lambda\handler.zip");
                Code.FromAsset(Path.Combine("lib", "lambda", "handler.zip"));
                Code.FromAsset("/app/lambda");
                Code.FromAsset("/elsewhere/lambda");
                Code.FromAsset("../shared/lambda");
                Code.FromAsset(fromContext);
                ContainerImage.FromAsset("images/api");
                Source.Asset("site");
                // Build output and dependencies are left out of the listing: made before synth, not known to be missing.
                Code.FromAsset("./src/Api/bin/Release/net8.0/publish");
                Code.FromAsset(Path.Combine("src", "Worker", "BIN", "Release", "worker.zip"));
                Source.Asset("web/node_modules/app/dist");
        """), Files, Root);

    [Fact]
    public Task WithoutAListingTheRuleIsSilent() => VerifyCS.AnalyzerWithFilesAsync(InStack("""
                Code.FromAsset(HandlerZip);
        """), System.Array.Empty<(string, string)>());

    [Fact]
    public Task ATruncatedListingConfirmsOnlyWhatItLists() => VerifyCS.AnalyzerWithFilesAsync(InStack("""
                Code.FromAsset(HandlerZip);
                Code.FromAsset("lambda");
        """), new[] { ("/app/obj/CdkAnalyzers.AssetListing.txt", "# truncated\nlambda/index.py\n") }, Root);

    [Fact]
    public Task PathsBuiltByHelpersAndLoops() => VerifyCS.AnalyzerWithFilesAsync(InStack("""
                Function(this, "Index", "lambda");
                Function(this, "Handler", {|CDK106:"lambdas/handler"|});
                foreach (var image in new[] { "api", {|CDK106:"worker"|} })
                    ContainerImage.FromAsset($"images/{image}");
                var settings = new AssetSettings({|CDK106:"dist/site"|});
                Source.Asset(settings.Site);
        """, """
            private static Function Function(Construct scope, string id, string path) => new(scope, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromAsset(path),
            });

            private sealed record AssetSettings(string Site);
        """), Files, Root);
}

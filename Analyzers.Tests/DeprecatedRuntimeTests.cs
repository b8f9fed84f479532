using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.DeprecatedRuntimeAnalyzer>;

namespace CdkAnalyzers.Tests;

public class DeprecatedRuntimeTests
{
    private static string InStack(string body) => TestCode.Stack(body, "Lambda");

    private static string AsOf(string day) => $"build_property.CdkAnalyzersAsOfDate = {day}\n";

    private const string Dotnet6 = """
                new Function(this, "Api", new FunctionProps { Runtime = {|#0:Runtime.DOTNET_6|}, Handler = "Api::Api.Function::Handler", Code = Code.FromAsset("api") });
        """;

    [Fact]
    public Task DeprecatedIsAWarningBeforeCreationIsBlocked() => VerifyCS.AnalyzerAsync(new[] { InStack(Dotnet6) }, AsOf("2026-06-01"), expected:
        new DiagnosticResult("CDK108", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "Lambda runtime dotnet6 is deprecated since 2024-12-20; creating functions on it is blocked from 2027-02-01, updating them from 2027-03-03. Use dotnet10 instead."));

    [Fact]
    public Task BlockedCreationIsAnError() => VerifyCS.AnalyzerAsync(new[] { InStack(Dotnet6) }, AsOf("2027-02-01"), expected:
        new DiagnosticResult("CDK108", DiagnosticSeverity.Error).WithLocation(0).WithArguments(
            "Lambda no longer lets anyone create functions on dotnet6 (blocked since 2027-02-01, updating them from 2027-03-03); deploying it fails. Use dotnet10 instead."));

    [Fact]
    public Task WithoutABuildDateTheTablesOwnDateCounts() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "Api", new FunctionProps { Runtime = {|CDK108:Runtime.DOTNET_8|}, Handler = "h", Code = Code.FromAsset("api") });
                new Function(this, "Worker", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("worker") });
        """));

    [Fact]
    public Task RuntimesNotYetDeprecatedStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "A", new FunctionProps { Runtime = Runtime.DOTNET_8, Handler = "h", Code = Code.FromAsset("a") });
                new Function(this, "B", new FunctionProps { Runtime = Runtime.NODEJS_20_X, Handler = "h", Code = Code.FromAsset("b") });
                new Function(this, "C", new FunctionProps { Runtime = Runtime.PROVIDED_AL2023, Handler = "h", Code = Code.FromAsset("c") });
                new Function(this, "D", new FunctionProps { Runtime = new Runtime("python3.14", RuntimeFamily.PYTHON), Handler = "h", Code = Code.FromAsset("d") });
                new Function(this, "E", new FunctionProps { Runtime = Runtime.FROM_IMAGE, Handler = "h", Code = Code.FromAsset("e") });
        """), AsOf("2026-01-15"));

    [Fact]
    public Task RuntimesComparedOrAskedAboutStaySilent() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var framework = Chosen == Runtime.DOTNET_6 ? "net6.0" : "net8.0";
                var legacy = Chosen.Equals(Runtime.NODEJS_16_X) || Runtime.DOTNET_6.Name == "dotnet6";
                new Function(this, "Api", new FunctionProps
                {
                    Runtime = Chosen, Handler = "h",
                    Code = Code.FromAsset("api", new Amazon.CDK.AWS.S3.Assets.AssetOptions { Bundling = new BundlingOptions { Image = Runtime.DOTNET_8.BundlingImage } }),
                });
        """, "Lambda", members: """
            private static Runtime Chosen => Runtime.PYTHON_3_12;
        """), AsOf("2026-12-01"));

    [Fact]
    public Task CreatedRuntimeIsReportedOnceAtItsCreation() => VerifyCS.AnalyzerAsync(InStack("""
                var python = {|CDK108:new Runtime("python3.8", RuntimeFamily.PYTHON)|};
                new Function(this, "A", new FunctionProps { Runtime = python, Handler = "h", Code = Code.FromAsset("a") });
                new Function(this, "B", new FunctionProps { Runtime = python, Handler = "h", Code = Code.FromAsset("b") });
        """), AsOf("2026-06-01"));

    [Fact]
    public Task ARuntimeCreatedFromWhatACallerGivesIsReportedWhereEachCallerWritesIt() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                var orders = new Api(this, "Orders", new ApiSettings({|CDK108:"nodejs16.x"|})).Handler();
                var reports = new Api(this, "Reports", new ApiSettings({|CDK108:"python3.8"|})).Handler();
                var current = new Api(this, "Current", new ApiSettings("nodejs24.x")).Handler();
        """, "Lambda", types: """
        public sealed record ApiSettings(string Runtime);

        public sealed class Api(Construct scope, string id, ApiSettings settings) : Construct(scope, id)
        {
            public Function Handler() => new(this, "Handler", new FunctionProps
            {
                Runtime = new Runtime(settings.Runtime, RuntimeFamily.NODEJS), Handler = "index.handler", Code = Code.FromInline("x"),
            });
        }
        """) }, AsOf("2026-06-01"));

    [Fact]
    public Task StringsOfL1FunctionsAndLayersAtTheLiteral() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                new CfnFunction(this, "L1", new CfnFunctionProps { Role = "arn", Runtime = {|CDK108:"nodejs16.x"|}, Code = new CfnFunction.CodeProperty { ZipFile = "x" } });
                new CfnLayerVersion(this, "Layer", new CfnLayerVersionProps { Content = new CfnLayerVersion.ContentProperty { S3Bucket = "b", S3Key = "k" }, CompatibleRuntimes = [{|CDK108:"python3.9"|}, "python3.13"] });
                new LayerVersion(this, "L2Layer", new LayerVersionProps { Code = Code.FromAsset("layer"), CompatibleRuntimes = [{|CDK108:Runtime.NODEJS_18_X|}, Runtime.NODEJS_20_X] });
                new CfnFunction(this, "Configured", new CfnFunctionProps { Role = "arn", Runtime = Legacy, Code = new CfnFunction.CodeProperty { ZipFile = "x" } });
        """, "Lambda", members: """
            private const string Legacy = {|CDK108:"ruby2.7"|};
        """), AsOf("2026-01-15"));

    [Fact]
    public Task SamFunctionsAndLayersAsCdkMigrateWritesThem() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.SAM;
        using Constructs;

        public class ApiStackProps : StackProps
        {
            public string Runtime { get; set; }
        }

        public class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id, ApiStackProps props = null) : base(scope, id, props)
            {
                props ??= new ApiStackProps();
                props.Runtime ??= {|CDK108:"python3.9"|};
                AddTransform("AWS::Serverless-2016-10-31");
                new CfnFunction(this, "Orders", new CfnFunctionProps
                {
                    Runtime = {|CDK108:"nodejs20.x"|},
                    Handler = "index.handler",
                    InlineCode = "exports.handler = async () => ({ statusCode: 200 });",
                });
                new CfnFunction(this, "Reports", new CfnFunctionProps { Runtime = props.Runtime, Handler = "app.handler", CodeUri = "src/" });
                new CfnFunction(this, "Current", new CfnFunctionProps { Runtime = "nodejs24.x", Handler = "index.handler", CodeUri = "src/" });
                new CfnLayerVersion(this, "Deps", new CfnLayerVersionProps { ContentUri = "layer/", CompatibleRuntimes = new[] { {|CDK108:"python3.8"|}, "python3.13" } });
            }
        }
        """, AsOf("2026-06-01"));

    [Fact]
    public Task FixWritesTheSuccessor() => VerifyCS.FixAsync<DeprecatedRuntimeCodeFix>(DeprecatedRuntimeCodeFix.UseSuccessorKey, InStack("""
                new Function(this, "Api", new FunctionProps { Runtime = {|CDK108:Runtime.DOTNET_6|}, Handler = "h", Code = Code.FromAsset("api") });
                new CfnFunction(this, "L1", new CfnFunctionProps { Role = "arn", Runtime = {|CDK108:"nodejs16.x"|}, Code = new CfnFunction.CodeProperty { ZipFile = "x" } });
                new Function(this, "Py", new FunctionProps { Runtime = {|CDK108:new Runtime("python3.8", RuntimeFamily.PYTHON)|}, Handler = "h", Code = Code.FromAsset("py") });
        """), InStack("""
                new Function(this, "Api", new FunctionProps { Runtime = new Runtime("dotnet10", RuntimeFamily.DOTNET_CORE), Handler = "h", Code = Code.FromAsset("api") });
                new CfnFunction(this, "L1", new CfnFunctionProps { Role = "arn", Runtime = "nodejs24.x", Code = new CfnFunction.CodeProperty { ZipFile = "x" } });
                new Function(this, "Py", new FunctionProps { Runtime = new Runtime("python3.14", RuntimeFamily.PYTHON), Handler = "h", Code = Code.FromAsset("py") });
        """), editorConfig: AsOf("2026-06-01"), iterations: 3);

    [Fact]
    public void TableListsEveryRuntimeWithItsDates()
    {
        Assert.True(LambdaRuntimes.All.Length >= 45);
        foreach (var runtime in LambdaRuntimes.All)
        {
            Assert.NotNull(runtime.Deprecated);
            Assert.True(runtime.Successor is null || LambdaRuntimes.ByIdentifier(runtime.Successor) is not null, runtime.Identifier);
        }
        var dotnet6 = LambdaRuntimes.ByIdentifier("dotnet6")!;
        Assert.Equal(new System.DateTime(2027, 2, 1), dotnet6.CreationBlocked);
        Assert.Equal("DOTNET_6", dotnet6.Member);
        Assert.Equal(new System.DateTime(2026, 12, 1), LambdaRuntimes.TakenOn);
    }
}

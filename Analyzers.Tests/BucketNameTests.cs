using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.BucketNameAnalyzer>;

namespace CdkAnalyzers.Tests;

public class BucketNameTests
{
    private static string InStack(string body, string members = "")
        => TestCode.Stack(body, "ECR S3", members, parameters: ", string suffix = \"dev\"");

    [Theory]
    [InlineData("{|CDK102:\"Uploads\"|}")]
    [InlineData("{|CDK102:\"ab\"|}")]
    [InlineData("{|CDK102:\"my_bucket\"|}")]
    [InlineData("{|CDK102:\"-bucket\"|}")]
    [InlineData("{|CDK102:\"bucket-\"|}")]
    [InlineData("{|CDK102:\"my..bucket\"|}")]
    [InlineData("{|CDK102:\"192.168.5.4\"|}")]
    [InlineData("{|CDK102:\"xn--bucket\"|}")]
    [InlineData("{|CDK102:\"sthree-data\"|}")]
    [InlineData("{|CDK102:\"amzn-s3-demo-bucket\"|}")]
    [InlineData("{|CDK102:\"data-s3alias\"|}")]
    [InlineData("{|CDK102:\"data--ol-s3\"|}")]
    [InlineData("{|CDK102:\"data.mrap\"|}")]
    [InlineData("{|CDK102:\"data--x-s3\"|}")]
    [InlineData("{|CDK102:\"a-very-long-bucket-name-that-goes-on-and-on-past-the-sixty-three-limit\"|}")]
    public Task LiteralNamesThatBreakARule(string name) => VerifyCS.AnalyzerAsync(InStack($$"""
                new Bucket(this, "B", new BucketProps { BucketName = {{name}} });
        """));

    [Fact]
    public Task TheEscapeHatchsNameIsANameToo() => VerifyCS.AnalyzerAsync(InStack("""
                var bucket = new Bucket(this, "Data");
                var cfn = (CfnBucket)bucket.Node.DefaultChild!;
                cfn.BucketName = {|CDK102:"Hatch_Data"|};
                ((Amazon.CDK.AWS.ECR.CfnRepository)new Repository(this, "Images").Node.DefaultChild!).RepositoryName = {|CDK102:"Images"|};
        """));

    [Fact]
    public Task NamesReadFromCollectionsByIndexOrKey() => VerifyCS.AnalyzerAsync(InStack("""
                string[] names = [{|CDK102:"Orders-Archive"|}, "orders-logs"];
                new Bucket(this, "Archive", new BucketProps { BucketName = names[0] });
                var byStage = new Dictionary<string, string> { ["dev"] = "uploads-dev", ["prod"] = {|CDK102:"Uploads_Prod"|} };
                new Bucket(this, "Uploads", new BucketProps { BucketName = $"{byStage["prod"]}" });
                new Bucket(this, "Logs", new BucketProps { BucketName = names[1] });
                var spare = new List<string> { "spare-a", "Spare-B" };
                new Bucket(this, "Spare", new BucketProps { BucketName = spare[0] });
        """));

    [Fact]
    public Task SeedStackNameInterpolatedIntoTheName() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, "Code", new BucketProps { BucketName = $"{{|CDK102:StackName|}}-lambda-code-{Aws.ACCOUNT_ID}" });
                new Bucket(this, "Code2", new BucketProps { BucketName = {|CDK102:Aws.STACK_NAME|} + "-artifacts" });
                new CfnBucket(this, "Raw", new CfnBucketProps { BucketName = $"{{|CDK102:Stack.Of(this).StackName|}}-raw" });
                new Bucket(this, "ById", new BucketProps { BucketName = $"{{|CDK102:id|}}-data" });
                new Bucket(this, "ByNode", new BucketProps { BucketName = $"{{|CDK102:Node.Id|}}-data" });
                new Bucket(this, "Unique", new BucketProps { BucketName = {|CDK102:Names.UniqueId(this)|} });
                new Bucket(this, "Short", new BucketProps { BucketName = $"{{|CDK102:Names.UniqueResourceName(this, new UniqueResourceNameOptions { MaxLength = 40 })|}}-data" });
                new Bucket(this, "Lowered", new BucketProps { BucketName = Names.UniqueId(this).ToLowerInvariant() });
                new Bucket(this, "ByAddress", new BucketProps { BucketName = $"data-{Node.Addr}" });
        """));

    [Fact]
    public Task FixLowersAUniqueId() => VerifyCS.FixAsync<BucketNameCodeFix>(BucketNameCodeFix.ToLowerInvariantKey, InStack("""
                new Bucket(this, "Unique", new BucketProps { BucketName = {|CDK102:Names.UniqueId(this)|} });
        """), InStack("""
                new Bucket(this, "Unique", new BucketProps { BucketName = Names.UniqueId(this).ToLowerInvariant() });
        """));

    [Fact]
    public Task KnownPartsThatAlreadyBreakARuleAreErrorsAtTheLiteral() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, "B", new BucketProps { BucketName = $"{|CDK102:Lambda-Code-|}{StackName}" });
        """));

    [Fact]
    public Task DerivedNamesAreWarnings() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                new Bucket(this, "B", new BucketProps { BucketName = {|#0:StackName|} + "-data" });
        """) }, expected: new DiagnosticResult("CDK102", DiagnosticSeverity.Warning).WithLocation(0)
            .WithArguments("Bucket name is built from the stack name, which may contain uppercase letters"));

    [Fact]
    public Task EcrRepositoryNamesOnlyNeedLowercase() => VerifyCS.AnalyzerAsync(InStack("""
                new Repository(this, "Images", new RepositoryProps { RepositoryName = {|CDK102:"Build-Images"|} });
                new Repository(this, "Ok", new RepositoryProps { RepositoryName = "team/build_images" });
                new Repository(this, "Derived", new RepositoryProps { RepositoryName = $"{{|CDK102:StackName|}}/images" });
        """));

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, "A", new BucketProps { BucketName = $"lambda-code-{Aws.ACCOUNT_ID}-{Aws.REGION}" });
                new Bucket(this, "B", new BucketProps { BucketName = $"{StackName.ToLowerInvariant()}-data" });
                new Bucket(this, "C", new BucketProps { BucketName = $"data-{suffix}" });
                new Bucket(this, "D", new BucketProps { BucketName = "my.bucket-01" });
                new Bucket(this, "E", new BucketProps { BucketName = Name });
                new Bucket(this, "F");
                var notABucket = new { BucketName = "Upper" };
        """, members: """
            private const string Name = "orders-data";
        """));

    [Fact]
    public Task ATypesNameIsItsClassName() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed class MediaStack : Stack
        {
            public MediaStack(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Media", new BucketProps { BucketName = {|CDK102:$"{GetType().Name}-media"|} });
                new Bucket(this, "Thumbs", new BucketProps { BucketName = $"{GetType().Name.ToLowerInvariant()}-thumbs" });
                new Bucket(this, "Logs", new BucketProps { BucketName = {|CDK102:typeof(MediaStack).Name + "-logs"|} });
            }
        }

        public class OpenStack : Stack
        {
            public OpenStack(Construct scope, string id) : base(scope, id)
                => new Bucket(this, "Data", new BucketProps { BucketName = {|CDK102:$"{GetType().Name}-data"|} });
        }

        public class BaseStack : Stack
        {
            public BaseStack(Construct scope, string id) : base(scope, id)
                => new Bucket(this, "Data", new BucketProps { BucketName = $"{GetType().Name}-data" });
        }

        public class DerivedStack : BaseStack
        {
            public DerivedStack(Construct scope, string id) : base(scope, id) { }
        }
        """);

    [Fact]
    public Task ATrimmedNameIsItsTextWithoutTheSpaces() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, "A", new BucketProps { BucketName = Raw.Trim() });
                new Bucket(this, "B", new BucketProps { BucketName = Padded.Trim() });
                new Bucket(this, "C", new BucketProps { BucketName = Padded.TrimStart().TrimEnd() + "-x" });
                new Bucket(this, "D", new BucketProps { BucketName = Spaced.TrimEnd() });
        """, members: """
            private const string Raw = {|CDK102:"  Acme-Reports  "|};
            private const string Padded = "  acme-reports  ";
            private const string Spaced = {|CDK102:"  acme-spaced  "|};
        """));

    [Fact]
    public Task NamesRecasedInAHelperAreReportedWhereTheyAreGiven() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, "Data", new BucketProps { BucketName = {|CDK102:Lower("data_bucket")|} });
                new Bucket(this, "Site", new BucketProps { BucketName = Lower("site") });
                new Bucket(this, "Logs", new BucketProps { BucketName = {|CDK102:Upper("logs")|} });
                new Repository(this, "Images", new RepositoryProps { RepositoryName = {|CDK102:Upper("images")|} });
        """, """
            private static string Lower(string name) => $"acme-{name}".ToLowerInvariant();
            private static string Upper(string name) => $"acme-{name}".ToUpperInvariant();
        """));

    [Fact]
    public Task FixRemovesANameAHelperRecases() => VerifyCS.FixAsync<BucketNameCodeFix>(BucketNameCodeFix.RemoveNameKey, InStack("""
                new Bucket(this, "Logs", new BucketProps { Versioned = true, BucketName = {|CDK102:Upper("logs")|} });
        """, Upper), InStack("""
                new Bucket(this, "Logs", new BucketProps { Versioned = true });
        """, Upper));

    private const string Upper = """
            private static string Upper(string name) => $"acme-{name}".ToUpperInvariant();
        """;

    [Fact]
    public Task AnEnumValueIsItsMembersName() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var stage in Enum.GetValues<Stage>())
                {
                    new Bucket(this, $"Exports{stage}", new BucketProps { BucketName = {|CDK102:$"exports-{stage}"|} });
                    new Bucket(this, $"Imports{stage}", new BucketProps { BucketName = $"imports-{stage.ToString().ToLowerInvariant()}" });
                    new Bucket(this, $"Reports{stage}", new BucketProps { BucketName = {|CDK102:"reports-" + stage.ToString()|} });
                }
                new Bucket(this, "Audit", new BucketProps { BucketName = {|CDK102:$"audit-{Stage.Prod}"|} });
                new Bucket(this, "Logs", new BucketProps { BucketName = $"logs-{Site.eu}" });
        """, "S3", types: """
        public enum Stage { Dev, Prod }

        public enum Site { eu, us }
        """));

    [Fact]
    public Task AnEnumPieceIsNotLowercasedInPlace() => VerifyCS.FixAsync<BucketNameCodeFix>(BucketNameCodeFix.RemoveNameKey, TestCode.Stack("""
                new Bucket(this, "Audit", new BucketProps { Versioned = true, BucketName = {|CDK102:$"audit-{Stage.Prod}"|} });
        """, "S3", types: StageEnum), TestCode.Stack("""
                new Bucket(this, "Audit", new BucketProps { Versioned = true });
        """, "S3", types: StageEnum));

    private const string StageEnum = """
        public enum Stage { Dev, Prod }
        """;

    [Fact]
    public Task ConstIsReportedAtItsLiteral() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, "A", new BucketProps { BucketName = Name });
                new Bucket(this, "B", new BucketProps { BucketName = Name + "-2" });
        """, members: """
            private const string Name = {|CDK102:"Orders"|};
        """));

    [Fact]
    public Task FixLowercasesTheLiteral() => VerifyCS.FixAsync<BucketNameCodeFix>(BucketNameCodeFix.LowercaseKey, InStack("""
                new Bucket(this, "B", new BucketProps { BucketName = {|CDK102:"Orders-Data"|} });
                new Bucket(this, "C", new BucketProps { BucketName = $"{|CDK102:Lambda-Code-|}{Aws.ACCOUNT_ID}" });
        """), InStack("""
                new Bucket(this, "B", new BucketProps { BucketName = "orders-data" });
                new Bucket(this, "C", new BucketProps { BucketName = $"lambda-code-{Aws.ACCOUNT_ID}" });
        """), iterations: 2);

    private const string NamedStack = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public sealed class WebStack : Stack
        {
            public WebStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
            {
                new Bucket(this, "Assets", new BucketProps { BucketName = %NAME% });
            }
        }
        """;

    /// <summary>A program that creates the stack <see cref="NamedStack"/> declares, as each line says.</summary>
    private static string Creating(string creations) => $$"""
        using Amazon.CDK;

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
        {{creations}}
            }
        }
        """;

    [Fact]
    public Task AStackNameEveryCreationGivesIsKnown() => VerifyCS.AnalyzerAsync(new[]
    {
        NamedStack.Replace("%NAME%", "$\"{StackName}-assets\""),
        Creating("""
                new WebStack(app, "Blue", new StackProps { StackName = "web-blue" });
                new WebStack(app, "Green", new StackProps { StackName = "web-green" });
        """),
    });

    [Fact]
    public Task AStackNameACreationGivesWithCapitalsBreaksTheNameWhereItIsBuilt() => VerifyCS.AnalyzerAsync(new[]
    {
        NamedStack.Replace("%NAME%", "{|CDK102:$\"{StackName}-assets\"|}"),
        Creating("""
                new WebStack(app, "Blue", new StackProps { StackName = "web-blue" });
                new WebStack(app, "Green", new StackProps { StackName = "Web-Green" });
        """),
    });

    [Fact]
    public Task AStackNameSomeCreationLeavesToTheCdkMayHoldCapitals() => VerifyCS.AnalyzerAsync(new[]
    {
        NamedStack.Replace("%NAME%", "$\"{{|#0:StackName|}}-assets\""),
        Creating("""
                new WebStack(app, "Blue", new StackProps { StackName = "web-blue" });
                new WebStack(app, "Green", new StackProps());
        """),
    }, expected: new DiagnosticResult("CDK102", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Bucket name is built from the stack name, which may contain uppercase letters"));

    [Fact]
    public Task AnIdEveryCreationGivesInLowercaseIsFine() => VerifyCS.AnalyzerAsync(new[]
    {
        NamedStack.Replace("%NAME%", "$\"{id}-assets\"") + """

        public sealed class Archive : Construct
        {
            public Archive(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Data", new BucketProps { BucketName = $"acme-{Node.Id}" });
            }
        }

        public sealed class Mirror : Construct
        {
            public Mirror(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Copy", new BucketProps { BucketName = $"acme-{{|#0:id|}}-copy" });
            }
        }
        """,
        Creating("""
                new WebStack(app, "web-blue", new StackProps());
                new WebStack(app, "web-green", new StackProps());
                new Archive(new Stack(app, "Shared"), "archive");
                new Mirror(new Stack(app, "Other"), "mirror");
                new Mirror(new Stack(app, "Third"), System.Environment.GetEnvironmentVariable("MIRROR") ?? "mirror");
        """),
    }, expected: new DiagnosticResult("CDK102", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Bucket name is built from a construct id, which may contain uppercase letters"));

    [Fact]
    public Task AnIdSomeCreationGivesWithCapitalsStaysAWarning() => VerifyCS.AnalyzerAsync(new[]
    {
        NamedStack.Replace("%NAME%", "$\"{{|#0:id|}}-assets\""),
        Creating("""
                new WebStack(app, "web-blue", new StackProps());
                new WebStack(app, "WebGreen", new StackProps());
        """),
    }, expected: new DiagnosticResult("CDK102", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Bucket name is built from a construct id, which may contain uppercase letters"));

    [Fact]
    public Task FixCallsToLowerInvariantOnConcreteStrings() => VerifyCS.FixAsync<BucketNameCodeFix>(BucketNameCodeFix.ToLowerInvariantKey, InStack("""
                new Bucket(this, "B", new BucketProps { BucketName = $"{{|CDK102:StackName|}}-data" });
                new Bucket(this, "C", new BucketProps { BucketName = {|CDK102:id|} + "-data" });
        """), InStack("""
                new Bucket(this, "B", new BucketProps { BucketName = $"{StackName.ToLowerInvariant()}-data" });
                new Bucket(this, "C", new BucketProps { BucketName = id.ToLowerInvariant() + "-data" });
        """), iterations: 2);

    [Fact]
    public Task FixRemovesTheName() => VerifyCS.FixAsync<BucketNameCodeFix>(BucketNameCodeFix.RemoveNameKey, InStack("""
                new Bucket(this, "B", new BucketProps
                {
                    BucketName = {|CDK102:Aws.STACK_NAME|} + "-artifacts",
                    Versioned = true,
                });
        """), InStack("""
                new Bucket(this, "B", new BucketProps
                {
                    Versioned = true,
                });
        """));
}

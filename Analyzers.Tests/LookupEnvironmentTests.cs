using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.LookupEnvironmentAnalyzer>;

namespace CdkAnalyzers.Tests;

public class LookupEnvironmentTests
{
    private const string NetworkStack = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.SSM;
        using Constructs;

        public class NetworkStack : Stack
        {
            public NetworkStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                var vpc = {|CDK107:Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true })|};
                var ami = {|CDK107:StringParameter.ValueFromLookup(this, "/app/ami")|};
                var image = {|CDK107:MachineImage.Lookup(new LookupMachineImageProps { Name = "al2023-*" })|};
            }
        }
        """;

    private const string CleanNetworkStack = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.SSM;
        using Constructs;

        public class NetworkStack : Stack
        {
            public NetworkStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                var vpc = Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
                var ami = StringParameter.ValueFromLookup(this, "/app/ami");
                var image = MachineImage.Lookup(new LookupMachineImageProps { Name = "al2023-*" });
            }
        }
        """;

    private static string Program(string creation) => $$"""
        using Amazon.CDK;

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
                {{creation}}
                app.Synth();
            }
        }
        """;

    [Theory]
    [InlineData("new NetworkStack(app, \"Network\");")]
    [InlineData("new NetworkStack(app, \"Network\", new StackProps { StackName = \"net\" });")]
    [InlineData("new NetworkStack(app, \"Network\", new StackProps { Env = new Amazon.CDK.Environment { Region = \"eu-west-1\" } });")]
    [InlineData("""
        var targets = new System.Collections.Generic.Dictionary<string, Amazon.CDK.Environment>
        {
            ["eu"] = new() { Account = "493817265012", Region = "eu-west-1" },
            ["us"] = new() { Account = "493817265012" },
        };
        foreach (var (name, env) in targets)
            new NetworkStack(app, $"Network-{name}", new StackProps { Env = env });
        """)]
    [InlineData("""
        var env = System.DateTime.Now.Hour > 12
            ? new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" }
            : new Amazon.CDK.Environment { Region = "us-east-1" };
        new NetworkStack(app, "Network", new StackProps { Env = env });
        """)]
    [InlineData("""
        (string Name, string? Region)[] targets = [("eu", "eu-west-1"), ("us", null)];
        foreach (var (name, region) in targets)
            new NetworkStack(app, $"Network-{name}", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = region } });
        """)]
    public Task LookupInStackCreatedWithoutFullEnv(string creation)
        => VerifyCS.AnalyzerAsync(new[] { NetworkStack, Program(creation) });

    [Theory]
    [InlineData("new NetworkStack(app, \"Network\", new StackProps { Env = new Amazon.CDK.Environment { Account = \"493817265012\", Region = \"eu-west-1\" } });")]
    [InlineData("new NetworkStack(app, \"Network\", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_ACCOUNT\"), Region = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_REGION\") } });")]
    [InlineData("var env = new Amazon.CDK.Environment { Account = \"493817265012\", Region = \"eu-west-1\" }; new NetworkStack(app, \"Network\", new StackProps { Env = env });")]
    [InlineData("StackProps props = Settings.Load(); new NetworkStack(app, \"Network\", props);")]
    [InlineData("// never created")]
    public Task LookupWithEnvOrUnknownPropsStaysSilent(string creation)
        => VerifyCS.AnalyzerAsync(new[] { CleanNetworkStack, Program(creation), "public static class Settings { public static Amazon.CDK.StackProps Load() => System.Text.Json.JsonSerializer.Deserialize<Amazon.CDK.StackProps>(System.IO.File.ReadAllText(\"props.json\"))!; }" });

    [Fact]
    public Task StackPropsOfTheAppsOwnTypeCreatedInTopLevelStatements() => VerifyCS.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public class ServiceStackProps : StackProps
        {
            public required string Stage { get; init; }
        }

        public class ServiceStack : Stack
        {
            public ServiceStack(Construct scope, string id, ServiceStackProps props) : base(scope, id, props)
                => {|CDK107:Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { VpcName = $"{props.Stage}-vpc" })|};
        }
        """,
        """
        using Amazon.CDK;

        var app = new App();
        foreach (var (stage, account) in new[] { ("dev", "493817265012"), ("prod", "493817265013") })
            new ServiceStack(app, $"Service-{stage}", new ServiceStackProps { Env = new Amazon.CDK.Environment { Account = account, Region = "eu-west-1" }, Stage = stage });
        new ServiceStack(app, "Sandbox", new ServiceStackProps { Stage = "sandbox" });
        app.Synth();
        """,
    }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task StackPropsWhoseConstructorSetsTheEnv() => VerifyCS.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public class ProdProps : StackProps
        {
            public ProdProps() => Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" };
        }

        public class RegionOnlyProps : StackProps
        {
            public RegionOnlyProps(string region)
            {
                Env = new Amazon.CDK.Environment { Region = region };
            }
        }

        public class DerivedProps : ProdProps
        {
            public DerivedProps() : base() => Description = "derived";
        }

        public class ProdStack : Stack
        {
            public ProdStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
                => Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        }

        public class RegionalStack : Stack
        {
            public RegionalStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
                => {|CDK107:Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true })|};
        }
        """,
        """
        using Amazon.CDK;

        var app = new App();
        new ProdStack(app, "Prod", new ProdProps());
        new ProdStack(app, "Derived", new DerivedProps());
        new RegionalStack(app, "Regional", new RegionOnlyProps("eu-west-1"));
        app.Synth();
        """,
    }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task StackThatPassesItsOwnEnvToTheBaseStaysSilent() => VerifyCS.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public class PinnedStack : Stack
        {
            public PinnedStack(Construct scope, string id)
                : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } })
                => Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        }
        """,
        Program("new PinnedStack(app, \"Pinned\");"),
    });

    [Fact]
    public Task PrimaryConstructorStackThatPassesItsOwnEnvToTheBaseStaysSilent() => VerifyCS.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public class PinnedStack(Construct scope, string id)
            : Stack(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } })
        {
            public IVpc Vpc { get; } = Amazon.CDK.AWS.EC2.Vpc.FromLookup(scope, "Vpc", new VpcLookupOptions { IsDefault = true });
        }
        """,
        Program("new PinnedStack(app, \"Pinned\");"),
    });

    [Fact]
    public Task FixAddsPropsWithEnvAtTheCreation() => VerifyCS.CrossFileFixAsync<LookupEnvironmentCodeFix>(LookupEnvironmentCodeFix.AddEnvironmentKey,
        new[] { NetworkStack, Program("new NetworkStack(app, \"Network\");") },
        new[] { CleanNetworkStack, Program("new NetworkStack(app, \"Network\", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_ACCOUNT\"), Region = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_REGION\") } });") });

    [Fact]
    public Task FixQualifiesEnvironmentWhereSystemIsImported() => VerifyCS.CrossFileFixAsync<LookupEnvironmentCodeFix>(LookupEnvironmentCodeFix.AddEnvironmentKey,
        new[] { NetworkStack, "using System;\n" + Program("new NetworkStack(app, \"Network\");") },
        new[] { CleanNetworkStack, "using System;\n" + Program("new NetworkStack(app, \"Network\", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_ACCOUNT\"), Region = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_REGION\") } });") });

    [Fact]
    public Task FixAddsTheMissingHalf() => VerifyCS.CrossFileFixAsync<LookupEnvironmentCodeFix>(LookupEnvironmentCodeFix.AddEnvironmentKey,
        new[] { NetworkStack, Program("new NetworkStack(app, \"Network\", new StackProps { Env = new Amazon.CDK.Environment { Region = \"eu-west-1\" } });") },
        new[] { CleanNetworkStack, Program("new NetworkStack(app, \"Network\", new StackProps { Env = new Amazon.CDK.Environment { Region = \"eu-west-1\", Account = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_ACCOUNT\") } });") });

    private const string Network = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.SSM;
        using Constructs;

        public sealed class Network : Construct
        {
            public IVpc Vpc { get; }

            public Network(Construct scope, string id) : base(scope, id)
                => Vpc = {|#0:Amazon.CDK.AWS.EC2.Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true })|};
        }

        public static class Images
        {
            public static string Ami(Construct scope) => {|#1:StringParameter.ValueFromLookup(scope, "/app/ami")|};
        }

        public class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                => new Network(this, "Network");
        }

        public class WorkerStack(Construct scope, string id, IStackProps? props = null) : Stack(scope, id, props)
        {
            public string Ami { get; } = Images.Ami(scope);
        }
        """;

    [Fact]
    public Task LookupInAConstructOrHelperOfThisApp() => VerifyCS.AnalyzerAsync(new[] { Network, Program("""
        new ApiStack(app, "Pinned", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        new ApiStack(app, "Api");
        new WorkerStack(app, "Worker");
        """) },
        expected: new[]
        {
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(0).WithLocation("/0/Test1.cs", 9, 1).WithArguments("Vpc.FromLookup", "ApiStack", "Test1.cs(9)"),
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(1).WithLocation("/0/Test1.cs", 10, 1).WithArguments("StringParameter.ValueFromLookup", "WorkerStack", "Test1.cs(10)"),
        });

    private const string BaseStacks = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public abstract class PlatformStack : Stack
        {
            protected PlatformStack(Construct scope, string id, IStackProps? props) : base(scope, id, props) { }

            protected IVpc SharedVpc() => {|#0:Vpc.FromLookup(this, "Shared", new VpcLookupOptions { VpcName = "shared" })|};
        }

        public class ApiStack : PlatformStack
        {
            public ApiStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) => SharedVpc();
        }

        public class JobsStack : PlatformStack
        {
            public JobsStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props) => SharedVpc();
        }
        """;

    [Fact]
    public Task LookupInABaseStackOfThisAppNeedsEachDerivedStacksEnv() => VerifyCS.AnalyzerAsync(new[] { BaseStacks, Program("""
        new ApiStack(app, "Api", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        new JobsStack(app, "Jobs");
        """) },
        expected: new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(0).WithLocation("/0/Test1.cs", 9, 1).WithArguments("Vpc.FromLookup", "JobsStack", "Test1.cs(9)"));

    [Fact]
    public Task LookupInABaseStackWhoseStacksHaveEnvStaysSilent() => VerifyCS.AnalyzerAsync(new[] { BaseStacks.Replace("{|#0:", "").Replace(")|};", ");"), Program("""
        new ApiStack(app, "Api", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        """) });

    [Fact]
    public Task AHelperCalledWithoutEnvIsNamedAtThatCall() => VerifyCS.AnalyzerAsync(new[] { CleanNetworkStack.Replace("var vpc = Vpc", "var vpc = {|#0:Vpc").Replace("IsDefault = true })", "IsDefault = true })|}"), Program("""
        var env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" };
        Deploy(app, "Pinned", env);
        Deploy(app, "Loose", null);
        static void Deploy(App app, string id, Amazon.CDK.IEnvironment? env) => new NetworkStack(app, id, new StackProps { Env = env });
        """) },
        expected: new[]
        {
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(0).WithLocation("/0/Test1.cs", 11, 73).WithArguments("Vpc.FromLookup", "NetworkStack", "Test1.cs(10)"),
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithSpan(11, 19, 11, 68).WithLocation("/0/Test1.cs", 11, 73).WithArguments("StringParameter.ValueFromLookup", "NetworkStack", "Test1.cs(10)"),
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithSpan(12, 21, 12, 91).WithLocation("/0/Test1.cs", 11, 73).WithArguments("MachineImage.Lookup", "NetworkStack", "Test1.cs(10)"),
        });

    [Fact]
    public Task AnEnvFunctionThatMayReturnNullIsNamedAtTheCreation() => VerifyCS.AnalyzerAsync(new[] { CleanNetworkStack.Replace("var vpc = Vpc", "var vpc = {|#0:Vpc").Replace("IsDefault = true })", "IsDefault = true })|}"), Program("""
        new NetworkStack(app, "Network", new StackProps { Env = EnvFor("dev") });
        static Amazon.CDK.IEnvironment? EnvFor(string stage) => stage == "prod"
            ? new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" }
            : null;
        """) },
        expected: new[]
        {
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(0).WithLocation("/0/Test1.cs", 8, 9).WithArguments("Vpc.FromLookup", "NetworkStack", "Test1.cs(8)"),
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithSpan(11, 19, 11, 68).WithLocation("/0/Test1.cs", 8, 9).WithArguments("StringParameter.ValueFromLookup", "NetworkStack", "Test1.cs(8)"),
            new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithSpan(12, 21, 12, 91).WithLocation("/0/Test1.cs", 8, 9).WithArguments("MachineImage.Lookup", "NetworkStack", "Test1.cs(8)"),
        });

    [Fact]
    public Task LookupOnAStackTheProgramCreates() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Amazon.CDK.AWS.SSM;

        var app = new App();
        var stack = new Stack(app, "Main");
        var vpc = {|#0:Vpc.FromLookup(stack, "Vpc", new VpcLookupOptions { IsDefault = true })|};
        var pinned = new Stack(app, "Pinned", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        var ami = StringParameter.ValueFromLookup(pinned, "/app/ami");
        app.Synth();
        """ }, outputKind: OutputKind.ConsoleApplication,
        expected: new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(0).WithLocation(6, 13).WithArguments("Vpc.FromLookup", "Stack", "Test0.cs(6)"));

    [Fact]
    public Task FixAddsEnvToTheStackTheLookupIsMadeOn() => VerifyCS.CrossFileFixAsync<LookupEnvironmentCodeFix>(LookupEnvironmentCodeFix.AddEnvironmentKey,
        new[] { Program("""
        var stack = new Stack(app, "Main");
                var vpc = {|CDK107:Amazon.CDK.AWS.EC2.Vpc.FromLookup(stack, "Vpc", new Amazon.CDK.AWS.EC2.VpcLookupOptions { IsDefault = true })|};
        """) },
        new[] { Program("""
        var stack = new Stack(app, "Main", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") } });
                var vpc = Amazon.CDK.AWS.EC2.Vpc.FromLookup(stack, "Vpc", new Amazon.CDK.AWS.EC2.VpcLookupOptions { IsDefault = true });
        """) });

    [Fact]
    public Task LookupInAConstructOfStacksWithEnvOrNeverCreatedStaysSilent() => VerifyCS.AnalyzerAsync(new[]
    {
        Network.Replace("{|#0:", "").Replace("{|#1:", "").Replace("true })|}", "true })").Replace("\"/app/ami\")|}", "\"/app/ami\")"),
        Program("""
        var env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" };
        new ApiStack(app, "Api", new StackProps { Env = env });
        """),
    });

    [Fact]
    public Task FixAddsEnvWhereTheStackUsingTheConstructIsCreated() => VerifyCS.CrossFileFixAsync<LookupEnvironmentCodeFix>(LookupEnvironmentCodeFix.AddEnvironmentKey,
        new[] { Network.Replace("{|#0:", "{|CDK107:").Replace("{|#1:", "").Replace("\"/app/ami\")|}", "\"/app/ami\")"), Program("new ApiStack(app, \"Api\");") },
        new[]
        {
            Network.Replace("{|#0:", "").Replace("{|#1:", "").Replace("true })|}", "true })").Replace("\"/app/ami\")|}", "\"/app/ami\")"),
            Program("new ApiStack(app, \"Api\", new StackProps { Env = new Environment { Account = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_ACCOUNT\"), Region = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_REGION\") } });"),
        });

    private const string Nested = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public sealed class Network : NestedStack
        {
            public Network(Construct scope, string id) : base(scope, id)
                => {|#0:Amazon.CDK.AWS.EC2.Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true })|};
        }

        public class AppStack : Stack
        {
            public AppStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
                => new Network(this, "Network");
        }
        """;

    [Fact]
    public Task LookupInANestedStackNeedsItsParentsEnv() => VerifyCS.AnalyzerAsync(new[] { Nested, Program("""
        new AppStack(app, "Pinned", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        new AppStack(app, "Loose");
        """) },
        expected: new DiagnosticResult("CDK107", DiagnosticSeverity.Error).WithLocation(0).WithLocation("/0/Test1.cs", 9, 1).WithArguments("Vpc.FromLookup", "AppStack", "Test1.cs(9)"));

    [Fact]
    public Task LookupInANestedStackOfAStackWithEnvStaysSilent() => VerifyCS.AnalyzerAsync(new[] { Nested.Replace("{|#0:", "").Replace("true })|}", "true })"), Program("""
        new AppStack(app, "Pinned", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        """) });

    private static string Staged(string stageCreations) => $$"""
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public sealed class AppStage : Stage
        {
            public AppStage(Construct scope, string id, IStageProps? props = null) : base(scope, id, props)
                => new ApiStack(this, "Api");
        }

        public sealed class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id) : base(scope, id)
                => Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        }

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
        {{stageCreations}}
                app.Synth();
            }
        }
        """;

    [Fact]
    public Task StacksInStagesWithEnvStaySilent() => VerifyCS.AnalyzerAsync(Staged("""
                new AppStage(app, "Beta", new StageProps { Env = new Amazon.CDK.Environment { Account = "210987654321", Region = "eu-west-1" } });
                new AppStage(app, "Prod", new StageProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
                var shared = new Stage(app, "Shared", new StageProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
                new ApiStack(shared, "Api");
        """));

    [Fact]
    public Task StackInAStageWithoutEnv() => VerifyCS.AnalyzerAsync(Staged("""
                new AppStage(app, "Beta", new StageProps { Env = new Amazon.CDK.Environment { Account = "210987654321", Region = "eu-west-1" } });
                new AppStage(app, "Dev");
        """).Replace("=> Vpc.FromLookup(this, \"Vpc\", new VpcLookupOptions { IsDefault = true });", "=> {|CDK107:Vpc.FromLookup(this, \"Vpc\", new VpcLookupOptions { IsDefault = true })|};"));
}

using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.FixedNameInRepeatedStackAnalyzer>;

namespace CdkAnalyzers.Tests;

public class FixedNameInRepeatedStackTests
{
    private const string OrdersStack = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.SQS;
        using Constructs;
        using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

        public class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, string id, IStackProps? props = null) : base(scope, id, props)
            {
                new Table(this, "Orders", new TableProps { TableName = {|#0:"orders"|}, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Queue(this, "Jobs", new QueueProps { QueueName = $"{StackName}-jobs" });
                new Queue(this, "Dead", new QueueProps { QueueName = $"orders-{id.ToLowerInvariant()}-dlq" });
            }
        }
        """;

    private static string Program(string creations) => $$"""
        using Amazon.CDK;

        var app = new App();
        {{creations}}
        app.Synth();
        """;

    private static DiagnosticResult Orders(string first, string second)
        => new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("orders", "OrdersStack", first, second, "for one environment");

    [Fact]
    public Task SeedTwoStacksWithoutEnv() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        new OrdersStack(app, "Blue");
        new OrdersStack(app, "Green");
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(4)", "Test1.cs(5)"));

    [Fact]
    public Task AHelperNothingCallsMakesNothingAndOneUsedAsAMethodGroupDoes() => VerifyCS.AnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public class SiteStack : Stack
        {
            public SiteStack(Construct scope, string id) : base(scope, id)
            {
                new Bucket(this, "Site");
                new List<string> { "logs" }.ForEach(AddBucket);
            }

            private void AddBucket(string purpose) => new Bucket(this, purpose, new BucketProps { BucketName = {|#0:"acme-site-logs"|} });

            // Kept for the migration; nothing calls it any more.
            private Bucket LegacyArchive() => new(this, "Archive", new BucketProps { BucketName = "acme-legacy-archive" });
        }
        """, Program("""
        new SiteStack(app, "Blue");
        new SiteStack(app, "Green");
        """) }, outputKind: OutputKind.ConsoleApplication, expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("acme-site-logs", "SiteStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"));

    [Fact]
    public Task SameEnvObjectOrSameKnownAccountAndRegion() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        var env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("ACCOUNT"), Region = "eu-west-1" };
        new OrdersStack(app, "Blue", new StackProps { Env = env });
        new OrdersStack(app, "Green", new StackProps { Env = env, Description = "green" });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(5)", "Test1.cs(6)"));

    [Fact]
    public Task TwoEnvVariablesNamingTheSameAccountAndRegion() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        var primary = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" };
        var secondary = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" };
        new OrdersStack(app, "Blue", new StackProps { Env = primary });
        new OrdersStack(app, "Green", new StackProps { Env = secondary });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(6)", "Test1.cs(7)"));

    [Fact]
    public Task TheCdkTemplatesEnvWrittenTwice() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        new OrdersStack(app, "Blue", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") } });
        new OrdersStack(app, "Green", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_REGION") } });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(4)", "Test1.cs(5)"));

    [Fact]
    public Task OneAccountVariableThroughAHelper() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        var account = (string?)app.Node.TryGetContext("stage") == "prod" ? "493817265012" : "210987654321";
        new OrdersStack(app, "Blue", new StackProps { Env = MakeEnv(account, "eu-west-1") });
        new OrdersStack(app, "Green", new StackProps { Env = MakeEnv(account, "eu-west-1") });
        new OrdersStack(app, "Us", new StackProps { Env = MakeEnv(account, "us-east-1") });

        static Amazon.CDK.Environment MakeEnv(string account, string region) => new() { Account = account, Region = region };
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(5)", "Test1.cs(6)"));

    [Fact]
    public Task DifferentEnvironmentsStaySilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), Program("""
        new OrdersStack(app, "Eu", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        new OrdersStack(app, "Us", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "us-east-1" } });
        new OrdersStack(app, "A", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("A"), Region = "eu-central-1" } });
        new OrdersStack(app, "B", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("B"), Region = "eu-central-1" } });
        """) }, outputKind: OutputKind.ConsoleApplication);

    private const string RegionalStack = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public class RegionalStack : Stack
        {
            public RegionalStack(Construct scope, string id, IStackProps props) : base(scope, id, props)
            {
                new Bucket(this, "Assets", new BucketProps { BucketName = {|#0:"acme-shared-assets"|} });
                var role = new Role(this, "Deployer", new RoleProps { RoleName = {|#1:"acme-deployer"|}, AssumedBy = new AccountPrincipal(Account) });
                new ManagedPolicy(this, "Deploy", new ManagedPolicyProps { ManagedPolicyName = {|#2:"acme-deploy"|} });
                new Policy(this, "Inline", new PolicyProps { PolicyName = "acme-inline", Roles = [role] });
                new Queue(this, "Jobs", new QueueProps { QueueName = "acme-jobs" });
            }
        }
        """;

    private static DiagnosticResult Regional(int location, string name, string first, string second, string how)
        => new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments(name, "RegionalStack", first, second, how);

    [Fact]
    public Task OneAccountInTwoRegionsSharesIamAndBucketNames() => VerifyCS.AnalyzerAsync(new[] { RegionalStack, Program("""
        var account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
        foreach (var region in new[] { "eu-west-1", "us-east-1" })
            new RegionalStack(app, $"Regional-{region}", new StackProps { Env = new Amazon.CDK.Environment { Account = account, Region = region } });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: new[]
        {
            Regional(0, "acme-shared-assets", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "twice (bucket names are unique across all accounts and regions)"),
            Regional(1, "acme-deployer", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "for one account (IAM names are unique across its regions)"),
            Regional(2, "acme-deploy", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "for one account (IAM names are unique across its regions)"),
        });

    [Fact]
    public Task AnEnvWithoutAccountDeploysToTheCliAccountInEachRegion() => VerifyCS.AnalyzerAsync(new[] { RegionalStack, Program("""
        string[] regions = ["eu-west-1", "us-east-1"];
        foreach (var region in regions)
            new RegionalStack(app, $"Regional-{region}", new StackProps { Env = new Amazon.CDK.Environment { Region = region } });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: new[]
        {
            Regional(0, "acme-shared-assets", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "twice (bucket names are unique across all accounts and regions)"),
            Regional(1, "acme-deployer", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "for one account (IAM names are unique across its regions)"),
            Regional(2, "acme-deploy", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "for one account (IAM names are unique across its regions)"),
        });

    [Fact]
    public Task AnEnvWithoutAccountAndOneWithoutEnvShareTheCliAccount() => VerifyCS.AnalyzerAsync(new[] { RegionalStack, Program("""
        new RegionalStack(app, "Here", new StackProps());
        new RegionalStack(app, "Virginia", new StackProps { Env = new Amazon.CDK.Environment { Region = "us-east-1" } });
        new RegionalStack(app, "Elsewhere", new StackProps { Env = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("OTHER"), Region = "us-east-1" } });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: new[]
        {
            Regional(0, "acme-shared-assets", "Test1.cs(4)", "Test1.cs(5)", "twice (bucket names are unique across all accounts and regions)"),
            Regional(1, "acme-deployer", "Test1.cs(4)", "Test1.cs(5)", "for one account (IAM names are unique across its regions)"),
            Regional(2, "acme-deploy", "Test1.cs(4)", "Test1.cs(5)", "for one account (IAM names are unique across its regions)"),
        });

    [Fact]
    public Task StagesFromALoopThatDeconstructsShareOneEnvironment() => VerifyCS.AnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        var app = new App();
        var accounts = new Dictionary<string, string> { ["dev"] = "493817265012", ["test"] = "493817265012" };
        foreach (var (name, account) in accounts)
            new ServiceStage(app, $"Service-{name}", new StageProps { Env = new Amazon.CDK.Environment { Account = account, Region = "eu-west-1" } });
        var single = new Dictionary<string, string> { ["prod"] = "210987654321" };
        foreach (var (name, account) in single)
            new ProdStage(app, $"Prod-{name}", new StageProps { Env = new Amazon.CDK.Environment { Account = account, Region = "eu-west-1" } });
        app.Synth();

        public sealed class ServiceStage : Stage
        {
            public ServiceStage(Construct scope, string id, IStageProps props) : base(scope, id, props) => new JobsStack(this, "Jobs");
        }

        public sealed class ProdStage : Stage
        {
            public ProdStage(Construct scope, string id, IStageProps props) : base(scope, id, props) => new ProdStack(this, "Jobs");
        }

        public class JobsStack : Stack
        {
            public JobsStack(Construct scope, string id) : base(scope, id) => new Queue(this, "Jobs", new QueueProps { QueueName = {|#0:"jobs"|} });
        }

        public class ProdStack : Stack
        {
            public ProdStack(Construct scope, string id) : base(scope, id) => new Queue(this, "Jobs", new QueueProps { QueueName = "prod-jobs" });
        }
        """ }, outputKind: OutputKind.ConsoleApplication,
        expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("jobs", "JobsStack", "Test0.cs(9)", "Test0.cs(9) again, on the loop's next pass", "for one environment"));

    [Fact]
    public Task TwoAccountsShareOnlyTheBucketName() => VerifyCS.AnalyzerAsync(new[] { RegionalStack.Replace("{|#1:\"acme-deployer\"|}", "\"acme-deployer\"").Replace("{|#2:\"acme-deploy\"|}", "\"acme-deploy\""), Program("""
        new RegionalStack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        new RegionalStack(app, "Dev", new StackProps { Env = new Amazon.CDK.Environment { Account = "210987654321", Region = "eu-west-1" } });
        """) }, outputKind: OutputKind.ConsoleApplication,
        expected: Regional(0, "acme-shared-assets", "Test1.cs(4)", "Test1.cs(5)", "twice (bucket names are unique across all accounts and regions)"));

    [Fact]
    public Task ABucketInTwoStacksOfOneEnvironmentSaysSo() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Constructs;

        public class SiteStack : Stack
        {
            public SiteStack(Construct scope, string id) : base(scope, id)
                => new Bucket(this, "Site", new BucketProps { BucketName = {|#0:"acme-site"|} });
        }
        """, Program("""
        new SiteStack(app, "Blue");
        new SiteStack(app, "Green");
        """) }, outputKind: OutputKind.ConsoleApplication,
        expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("acme-site", "SiteStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"));

    private const string ConfiguredStack = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SNS;
        using Constructs;

        public sealed record AppConfig(string Account, string Region);

        public class AlertsStack : Stack
        {
            public AlertsStack(Construct scope, string id, AppConfig config)
                : base(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = config.Account, Region = config.Region } })
                => new Topic(this, "Alerts", new TopicProps { TopicName = {|#0:"alerts"|} });
        }

        public class AuditStack(Construct scope, string id, AppConfig config)
            : Stack(scope, id, new StackProps { Env = new Amazon.CDK.Environment { Account = config.Account, Region = config.Region } })
        {
            private readonly Topic _topic = new(scope, "Audit", new TopicProps { TopicName = "audit" });
        }
        """;

    [Fact]
    public Task AStackThatMakesItsOwnEnvDeploysWhereItsArgumentsSay() => VerifyCS.AnalyzerAsync(new[] { ConfiguredStack, Program("""
        var eu = new AppConfig("493817265012", "eu-west-1");
        new AlertsStack(app, "Eu", eu);
        new AlertsStack(app, "Us", eu with { Region = "us-east-1" });
        new AlertsStack(app, "EuAgain", eu);
        new AuditStack(app, "AuditEu", eu);
        new AuditStack(app, "AuditUs", eu with { Region = "us-east-1" });
        """) }, outputKind: OutputKind.ConsoleApplication,
        expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("alerts", "AlertsStack", "Test1.cs(5)", "Test1.cs(7)", "for one environment"));

    [Fact]
    public Task ALoopOverRegionsAndAStackBesideItShareOneRegion() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        foreach (var region in new[] { "eu-west-1", "us-east-1" })
            new OrdersStack(app, $"Orders-{region}", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = region } });
        new OrdersStack(app, "OrdersAgain", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "us-east-1" } });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(5)", "Test1.cs(6)"));

    [Fact]
    public Task ALoopOverRegionsOfOneAccountStaysSilentForRegionalNames() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), Program("""
        foreach (var region in new[] { "eu-west-1", "us-east-1" })
            new OrdersStack(app, $"Orders-{region}", new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = region } });
        """) }, outputKind: OutputKind.ConsoleApplication);

    private const string EdgeStack = """
        using System;
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Amazon.CDK.AWS.S3;
        using Constructs;
        using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

        public class EdgeStack : Stack
        {
            public EdgeStack(Construct scope, string id, string stage = "dev") : base(scope, id)
            {
                Func<string, Bucket> make = purpose => new Bucket(this, purpose, new BucketProps { BucketName = {|#0:$"acme-edge-{purpose}"|} });
                make("logs");
                make("media");
                Storage.MakeBucket(this, "archive");
                Storage.MakeBucket(this, "exports");
                new Table(this, "Orders", new TableProps { TableName = stage == "prod" ? "orders" : "orders-dev", PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
            }
        }

        public static class Storage
        {
            public static Bucket MakeBucket(Construct scope, string purpose) => new(scope, purpose, new BucketProps { BucketName = {|#1:$"acme-{purpose}"|} });
        }
        """;

    [Fact]
    public Task NamesAHelperInTheStackMakesCallByCallAreFixed() => VerifyCS.AnalyzerAsync(new[] { EdgeStack, Program("""
        new EdgeStack(app, "Dev", "dev");
        new EdgeStack(app, "Prod", "prod");
        """) }, outputKind: OutputKind.ConsoleApplication,
        expected: new[]
        {
            new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("acme-edge-logs", "EdgeStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"),
            new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("acme-archive", "EdgeStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"),
        });

    [Fact]
    public Task ANameComputedFromWhatEachCopyOfARecordChangesIsOnePerCopy() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;
        using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

        public sealed record ServiceSettings(string Name, string Stage = "dev")
        {
            public string TableName => Stage switch { "prod" => Name, _ => $"{Name}-{Stage}" };
            public string QueueName => Stage == "prod" ? $"{Name}-jobs" : $"{Name}-jobs-{Stage}";
            public string ArchiveName => $"{Name}-archive";
        }

        public class ServiceStack : Stack
        {
            public ServiceStack(Construct scope, string id, ServiceSettings settings) : base(scope, id)
            {
                new Table(this, "Orders", new TableProps { TableName = settings.TableName, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Table(this, "Jobs", new TableProps { TableName = settings.QueueName, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Table(this, "Archive", new TableProps { TableName = {|#0:settings.ArchiveName|}, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
            }
        }
        """, Program("""
        var baseline = new ServiceSettings("orders");
        foreach (var settings in new[] { baseline with { Stage = "dev" }, baseline with { Stage = "prod" } })
            new ServiceStack(app, $"Orders-{settings.Stage}", settings);
        """) }, outputKind: OutputKind.ConsoleApplication, expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("orders-archive", "ServiceStack", "Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass", "for one environment"));

    [Fact]
    public Task AStackPerTenantInALoop() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        foreach (var tenant in System.Environment.GetEnvironmentVariable("TENANTS")!.Split(','))
            new OrdersStack(app, $"Orders-{tenant}");
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(5)", "Test1.cs(5) again, on the loop's next pass"));

    [Fact]
    public Task StagesOfOneAccountAndRegionInALoop() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        (string Name, string Account)[] stages = [("blue", "493817265012"), ("green", "493817265012")];
        foreach (var stage in stages)
        {
            var env = new Amazon.CDK.Environment { Account = stage.Account, Region = "eu-west-1" };
            new OrdersStack(app, $"Orders-{stage.Name}", new StackProps { Env = env });
        }
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(8)", "Test1.cs(8) again, on the loop's next pass"));

    [Fact]
    public Task AStackPerElementOfASelect() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, "using System.Linq;\n" + Program("""
        string[] tenants = ["acme", "globex"];
        var stacks = tenants.Select(tenant => new OrdersStack(app, $"Orders-{tenant}")).ToList();
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass"));

    [Fact]
    public Task ASelectOverAKnownListOfOneStaysSilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), "using System.Linq;\n" + Program("""
        string[] once = ["prod"];
        var single = once.Select(stage => new OrdersStack(app, $"Single-{stage}", new StackProps { Env = new Amazon.CDK.Environment { Account = "210987654321", Region = "eu-west-1" } })).ToList();
        """) }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task LoopsThatDeployOnceOrToOtherAccountsStaySilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), Program("""
        string[] stages = ["prod"];
        foreach (var stage in stages)
            new OrdersStack(app, $"Orders-{stage}");
        string[] accounts = ["493817265012", "210987654321"];
        foreach (var account in accounts)
            new OrdersStack(app, $"Orders-{account}", new StackProps { Env = new Amazon.CDK.Environment { Account = account, Region = "eu-west-1" } });
        """) }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task NameInAConstructOfThisAppTheStackCreates() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.DynamoDB;
        using Constructs;
        using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

        public sealed class Storage : Construct
        {
            public Table Orders { get; }

            public Storage(Construct scope, string id, string tableName) : base(scope, id)
                => Orders = new Table(this, "Orders", new TableProps { TableName = {|#0:tableName|}, PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
        }

        public sealed class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, string id) : base(scope, id) => new Storage(this, "Storage", "orders");
        }
        """, Program("""
        new OrdersStack(app, "Blue");
        new OrdersStack(app, "Green");
        """) }, outputKind: OutputKind.ConsoleApplication,
        expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("orders", "OrdersStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"));

    [Fact]
    public Task NameInANestedStackOfTheRepeatedStack() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed class Messaging : NestedStack
        {
            public Messaging(Construct scope, string id) : base(scope, id)
                => new Queue(this, "Jobs", new QueueProps { QueueName = {|#0:"orders-jobs"|} });
        }

        public sealed class OrdersStack : Stack
        {
            public OrdersStack(Construct scope, string id) : base(scope, id) => new Messaging(this, "Messaging");
        }
        """, Program("""
        new OrdersStack(app, "Blue");
        new OrdersStack(app, "Green");
        """) }, outputKind: OutputKind.ConsoleApplication,
        expected: new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("orders-jobs", "OrdersStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"));

    [Fact]
    public Task StagesSharingOneStaticEnvInALoop() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, """
        using Amazon.CDK;

        var app = new App();
        Stage[] stages = [new("blue", Shared.Env), new("green", Shared.Env)];
        foreach (var stage in stages)
            new OrdersStack(app, $"Orders-{stage.Name}", new StackProps { Env = stage.Env });
        app.Synth();

        public sealed record Stage(string Name, Environment Env);

        public static class Shared
        {
            public static readonly Environment Env = new() { Account = System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT"), Region = "eu-west-1" };
        }
        """ }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(6)", "Test1.cs(6) again, on the loop's next pass"));

    [Fact]
    public Task StagesWithTheirOwnStaticEnvsStaySilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), """
        using Amazon.CDK;

        var app = new App();
        Stage[] stages = [new("blue", Shared.Blue), new("green", Shared.Green)];
        foreach (var stage in stages)
            new OrdersStack(app, $"Orders-{stage.Name}", new StackProps { Env = stage.Env });
        app.Synth();

        public sealed record Stage(string Name, Environment Env);

        public static class Shared
        {
            public static readonly Environment Blue = new() { Account = System.Environment.GetEnvironmentVariable("BLUE"), Region = "eu-west-1" };
            public static readonly Environment Green = new() { Account = System.Environment.GetEnvironmentVariable("GREEN"), Region = "eu-west-1" };
        }
        """ }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task StagesDeployedByAHelper() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        var shared = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("ACCOUNT"), Region = "eu-west-1" };
        AddStage("Blue", shared);
        AddStage("Green", shared);

        void AddStage(string name, Amazon.CDK.Environment env) => new OrdersStack(app, name, new StackProps { Env = env });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(5)", "Test1.cs(6)"));

    [Fact]
    public Task HelperCalledInALoopOrOncePerEnvironment() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, """
        using Amazon.CDK;

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
                foreach (var tenant in System.Environment.GetEnvironmentVariable("TENANTS")!.Split(','))
                    Deploy(app, tenant);
                app.Synth();
            }

            private static void Deploy(App app, string tenant) => new OrdersStack(app, $"Orders-{tenant}");
        }
        """ }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(9)", "Test1.cs(9) again, on the loop's next pass"));

    [Fact]
    public Task HelperCalledForTwoEnvironmentsStaysSilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), Program("""
        AddStage("Eu", "eu-west-1");
        AddStage("Us", "us-east-1");
        var blue = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("BLUE"), Region = "eu-west-1" };
        var green = new Amazon.CDK.Environment { Account = System.Environment.GetEnvironmentVariable("GREEN"), Region = "eu-west-1" };
        Deploy("Blue", blue);
        Deploy("Green", green);

        void AddStage(string name, string region)
            => new OrdersStack(app, name, new StackProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = region } });
        void Deploy(string name, Amazon.CDK.Environment env) => new OrdersStack(app, name, new StackProps { Env = env });
        """) }, outputKind: OutputKind.ConsoleApplication);

    private const string AppStage = """
        using Amazon.CDK;
        using Constructs;

        public sealed class AppStage : Stage
        {
            public AppStage(Construct scope, string id, IStageProps? props = null) : base(scope, id, props)
                => new OrdersStack(this, "Orders");
        }
        """;

    [Fact]
    public Task OneStageClassDeployedTwiceToOneEnvironment() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, AppStage, Program("""
        var dev = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" };
        new AppStage(app, "Dev", new StageProps { Env = dev });
        new AppStage(app, "Test", new StageProps { Env = dev });
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test2.cs(5)", "Test2.cs(6)"));

    [Fact]
    public Task StagesInTwoAccountsStaySilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), AppStage, Program("""
        new AppStage(app, "Beta", new StageProps { Env = new Amazon.CDK.Environment { Account = "210987654321", Region = "eu-west-1" } });
        new AppStage(app, "Prod", new StageProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        """) }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task StacksOnStageVariables() => VerifyCS.AnalyzerAsync(new[] { OrdersStack, Program("""
        var beta = new Stage(app, "Beta", new StageProps { Env = new Amazon.CDK.Environment { Account = "210987654321", Region = "eu-west-1" } });
        var prod = new Stage(app, "Prod", new StageProps { Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" } });
        var dev = new Stage(app, "Dev");
        var test = new Stage(app, "Test");
        new OrdersStack(beta, "Orders");
        new OrdersStack(prod, "Orders");
        new OrdersStack(dev, "Orders");
        new OrdersStack(test, "Orders");
        """) }, outputKind: OutputKind.ConsoleApplication, expected: Orders("Test1.cs(10)", "Test1.cs(11)"));

    [Fact]
    public Task NamesRecasedFromWhatEachCreationGivesStaySilent() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.S3;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public enum Stage { Dev, Prod }

        public class DataStack : Stack
        {
            public DataStack(Construct scope, string id, Stage stage, string team) : base(scope, id)
            {
                new Bucket(this, "Archive", new BucketProps { BucketName = $"archive-{stage.ToString().ToLowerInvariant()}" });
                new Queue(this, "Jobs", new QueueProps { QueueName = team.ToUpperInvariant() + "-jobs" });
                new Queue(this, "Fixed", new QueueProps { QueueName = "Shared".ToLowerInvariant() });
            }
        }
        """.Replace("\"Shared\".ToLowerInvariant()", "{|#0:\"Shared\".ToLowerInvariant()|}"), Program("""
        new DataStack(app, "Prod", Stage.Prod, "billing");
        new DataStack(app, "Dev", Stage.Dev, "search");
        """) }, outputKind: OutputKind.ConsoleApplication, expected:
        new DiagnosticResult("CDK205", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("shared", "DataStack", "Test1.cs(4)", "Test1.cs(5)", "for one environment"));

    [Fact]
    public Task OneCreationStaysSilent() => VerifyCS.AnalyzerAsync(new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "\"orders\""), Program("""
        new OrdersStack(app, "Orders");
        """) }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task FixRemovesTheName() => Verify<FixedNameInRepeatedStackAnalyzer>.CrossFileFixAsync<FixedNameInRepeatedStackCodeFix>(FixedNameInRepeatedStackCodeFix.RemoveNameKey,
        new[] { OrdersStack.Replace("{|#0:\"orders\"|}", "{|CDK205:\"orders\"|}"), "static class Program { static void Main() { var app = new Amazon.CDK.App(); new OrdersStack(app, \"Blue\"); new OrdersStack(app, \"Green\"); } }" },
        new[] { OrdersStack.Replace("TableName = {|#0:\"orders\"|}, ", ""), "static class Program { static void Main() { var app = new Amazon.CDK.App(); new OrdersStack(app, \"Blue\"); new OrdersStack(app, \"Green\"); } }" });
}

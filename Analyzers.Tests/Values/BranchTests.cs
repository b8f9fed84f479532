using System.Threading.Tasks;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>Every branch of <c>??</c>, <c>?:</c>, <c>is null ? :</c> and switch expressions is a value that deploys.</summary>
public class BranchTests
{
    [Fact]
    public Task SeedConnectionArnIsAFallbackForAContextValue() => Verify<AccountIdAnalyzer>.AnalyzerAsync(/* lang=c#-test */ Stack("""
                var connectionArn = (string)Node.TryGetContext("connectionArn")
                    ?? {|CDK202:"arn:aws:codestar-connections:us-east-1:123456789012:connection/example"|};
                var output = new Artifact_("Source");
                new CodeStarConnectionsSourceAction(new CodeStarConnectionsSourceActionProps
                {
                    ActionName = "Source",
                    ConnectionArn = connectionArn,
                    Owner = "acme",
                    Repo = "orders",
                    Output = output,
                });
        """, "CodePipeline CodePipeline.Actions"));

    [Fact]
    public Task PlaceholderFallbackOfAnEnvironmentVariable() => Verify<PlaceholderValueAnalyzer>.AnalyzerAsync(Stack("""
                var topicArn = System.Environment.GetEnvironmentVariable("ALERTS_TOPIC") ?? {|CDK204:"arn:aws:sns:eu-west-1:493817265012:REPLACE_ME"|};
                Topic.FromTopicArn(this, "Alerts", topicArn);
        """, "SNS"));

    [Fact]
    public Task BothArmsOfAConditional() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var isProd = Node.TryGetContext("stage") as string == "prod";
                var account = isProd ? {|CDK201:"493817265012"|} : {|CDK202:"111111111111"|};
                new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountPrincipal(account) });
        """, "IAM"));

    [Fact]
    public Task IsNullPatternConditional() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var configured = Node.TryGetContext("bucketName") as string;
                new Bucket(this, "Data", new BucketProps { BucketName = configured is null ? {|CDK102:"Orders-Data"|} : configured });
        """, "S3"));

    [Fact]
    public Task VariablesOfPropertyAndPositionalPatterns() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var site = new Site({|CDK102:"Site_Data"|}, new Archive({|CDK102:"Site_Archive"|}));
                if (site is { Data: var data })
                    new Bucket(this, "Data", new BucketProps { BucketName = data });
                if (site is { Archive: { Name: { } archive } })
                    new Bucket(this, "Archive", new BucketProps { BucketName = archive });
                object settings = new Logs({|CDK102:"Site_Logs"|});
                if (settings is Logs(var logs) && logs is not null)
                    new Bucket(this, "Logs", new BucketProps { BucketName = logs });
                switch (site)
                {
                    case { Data: string named }:
                        new Bucket(this, "Named", new BucketProps { BucketName = named });
                        break;
                }
                // A list pattern's element, or a variable of a pattern that also tests its value, is not followed; it is
                // never a reason to fail.
                string[] names = ["Site_Other"];
                if (names is [var first, ..])
                    new Bucket(this, "Other", new BucketProps { BucketName = first });
                if (names[0] is { Length: > 3 } tested and not "x")
                    new Bucket(this, "Tested", new BucketProps { BucketName = tested });
        """, "S3", members: """
            private sealed record Archive(string Name);
            private sealed record Site(string Data, Archive Archive);
            private sealed record Logs(string Name);
        """));

    [Fact]
    public Task AVariableOfAPatternThatAlsoTestsItsValueIsNotFollowed() => Verify<EnvironmentServiceMismatchAnalyzer>.AnalyzerAsync(Stack("""
                foreach (var (key, value) in new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", ["TABLE"] = "orders" })
                {
                    var fn = new Function(this, "Fn" + key, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                    if (key is { Length: > 0 } name and not "LOG_LEVEL")
                        fn.AddEnvironment(name, value);
                }
        """, "Lambda"));

    [Fact]
    public Task EveryArmOfASwitchExpression() => Verify<HardcodedRegionAnalyzer>.AnalyzerAsync(Stack("""
                var stage = (string)Node.TryGetContext("stage");
                var region = stage switch
                {
                    "prod" => {|CDK203:"eu-west-1"|},
                    "staging" => {|CDK203:"eu-central-1"|},
                    _ => {|CDK203:"us-east-1"|},
                };
                Topic.FromTopicArn(this, "Alerts", $"arn:aws:sns:{region}:{Aws.ACCOUNT_ID}:alerts");
        """, "SNS"));

    [Fact]
    public Task ReservedKeyChosenByABranch() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var verbose = Node.TryGetContext("verbose") is not null;
                var key = verbose ? "LOG_LEVEL" : "AWS_REGION";
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                fn.AddEnvironment({|CDK101:key|}, "debug");
        """, "Lambda"));

    [Fact]
    public Task UnknownBranchesStaySilent() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var account = (string)Node.TryGetContext("account") ?? System.Environment.GetEnvironmentVariable("CDK_DEFAULT_ACCOUNT");
                new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountPrincipal(account ?? Aws.ACCOUNT_ID) });
                var fallback = (string)Node.TryGetContext("other") ?? throw new System.InvalidOperationException("set 'other'");
                new Role(this, "Other", new RoleProps { AssumedBy = new AccountPrincipal(fallback) });
        """, "IAM"));

    [Fact]
    public Task AnOptionalInitPropertyNobodySetsFallsBack() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(Stack("""
                var jobs = {|CDK109:new Queue(this, "Jobs")|};
                var settings = new WorkerProps();
                var worker = new Function(this, "Worker", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = settings.Timeout ?? Duration.Minutes(5),
                });
                worker.AddEventSource(new SqsEventSource(jobs));
        """, "Lambda Lambda.EventSources SQS", types: """
        public sealed class WorkerProps
        {
            public Duration? Timeout { get; init; }
        }
        """));

    [Fact]
    public Task AFallbackIsAValueOnlyWhereTheLeftMayBeNull() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(Stack("""
                var jobs = new Queue(this, "Jobs");
                var quick = new WorkerProps { Timeout = Duration.Seconds(20) };
                var worker = new Function(this, "Worker", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = quick.Timeout ?? Duration.Minutes(5),
                });
                worker.AddEventSource(new SqsEventSource(jobs));

                var maybe = {|CDK109:new Queue(this, "Maybe")|};
                var either = System.Environment.GetEnvironmentVariable("QUICK") is null ? new WorkerProps() : quick;
                var other = new Function(this, "Other", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = either.Timeout ?? Duration.Minutes(5),
                });
                other.AddEventSource(new SqsEventSource(maybe));
        """, "Lambda Lambda.EventSources SQS", types: """
        public sealed class WorkerProps
        {
            public Duration? Timeout { get; init; }
        }
        """));

    [Fact]
    public Task PropsBehindTheAppsOwnInterfaceAreReadFromTheObjectGiven() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(Stack("""
                _ = new Worker(this, "Slow", new WorkerProps { Timeout = Duration.Minutes(5) });
                _ = new Worker(this, "Fast", new WorkerProps());
        """, "Lambda Lambda.EventSources SQS", types: """
        public interface IWorkerProps
        {
            Duration? Timeout { get; }
        }

        public sealed class WorkerProps : IWorkerProps
        {
            public Duration? Timeout { get; init; }
        }

        public sealed class Worker : Construct
        {
            public Worker(Construct scope, string id, IWorkerProps props) : base(scope, id)
            {
                var inbox = {|CDK109:new Queue(this, "Inbox")|};
                var fn = new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = props.Timeout ?? Duration.Seconds(10),
                });
                fn.AddEventSource(new SqsEventSource(inbox));
            }
        }
        """));

    [Fact]
    public Task AComparisonOfKnownValuesTakesOneBranch() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                foreach (var stage in new[] { "dev", "test" })
                    new Bucket(this, "Data" + stage, new BucketProps { BucketName = stage == "prod" ? "Orders-Data" : $"orders-{stage}" });
                const int Shards = 2;
                new Bucket(this, "Shards", new BucketProps { BucketName = Shards > 4 ? "Many_Shards" : "few-shards" });
                foreach (var stage in new[] { "dev", "prod" })
                    new Bucket(this, "Logs" + stage, new BucketProps { BucketName = stage != "dev" ? {|CDK102:"Orders-Logs"|} : "orders-logs-dev" });
                var configured = (string)Node.TryGetContext("stage");
                new Bucket(this, "Unknown", new BucketProps { BucketName = configured == "prod" ? {|CDK102:"Unknown-Prod"|} : "unknown-dev" });
        """, "S3"));

    [Fact]
    public Task ABranchTakenOnlyForOneElementReservesOnce() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                foreach (var name in new[] { "list", "get", "put" })
                    new Function(this, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = name == "put" ? 5 : null|} });
        """, "Lambda") }, expected: new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK103", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("5", "5", "0"));

    [Fact]
    public Task ConditionalAccessAndEmptinessTests() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                new MediaBuckets(this, "Default", null);
                new MediaBuckets(this, "Blank", new MediaOptions { Prefix = "" });
                new MediaBuckets(this, "Named", new MediaOptions { Prefix = "acme", ArchiveName = {|CDK102:"Acme_Archive"|} });
        """, "S3", types: """
        public sealed class MediaOptions
        {
            public string? Prefix { get; init; }
            public string? ArchiveName { get; init; }
        }

        public sealed class MediaBuckets : Construct
        {
            public MediaBuckets(Construct scope, string id, MediaOptions? options) : base(scope, id)
            {
                var uploads = string.IsNullOrEmpty(options?.Prefix) ? "media-uploads" : options!.Prefix;
                new Bucket(this, "Uploads", new BucketProps { BucketName = uploads });
                var exports = !string.IsNullOrWhiteSpace(options?.Prefix) ? $"{options!.Prefix}-exports" : "media-exports";
                new Bucket(this, "Exports", new BucketProps { BucketName = exports });
                new Bucket(this, "Archive", new BucketProps { BucketName = options?.ArchiveName ?? "media-archive" });
            }
        }
        """));
}

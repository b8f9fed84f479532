using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>Props objects and dictionaries filled in steps: the construct rules read what the construct actually receives.</summary>
public class StepsTests
{
    [Fact]
    public Task PropsFilledAfterCreation() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                var fnProps = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                fnProps.MemorySize = 512;
                {|#0:fnProps.ReservedConcurrentExecutions = 100|};
                new Function(this, "Processor", fnProps);
        """, "Lambda") }, expected: new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("100", "100", "0"));

    [Fact]
    public Task OptionsDefaultedWithCoalescingAssignment() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Amazon.CDK.AWS.Lambda.EventSources;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed class WorkerOptions
        {
            public Duration? Timeout { get; set; }
            public Duration? Visibility { get; set; }
        }

        public sealed class Worker : Construct
        {
            public Worker(Construct scope, string id, WorkerOptions options) : base(scope, id)
            {
                options.Timeout ??= Duration.Minutes(2);
                options.Visibility ??= Duration.Seconds(45);
                var queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = options.Visibility });
                var handler = new Function(this, "Handler", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = options.Timeout });
                handler.AddEventSource(new SqsEventSource(queue));
            }
        }
        """, Stack("""
                {|#0:new Worker(this, "Defaults", new WorkerOptions())|};
                new Worker(this, "Given", new WorkerOptions { Visibility = Duration.Minutes(15) });
                new Worker(this, "Quick", new WorkerOptions { Timeout = Duration.Seconds(30) });
        """) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("45", "Handler", "120"));

    [Fact]
    public Task EnvironmentDefaultedOnThePropsThenFilled() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var fnProps = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                fnProps.Environment ??= new Dictionary<string, string>();
                fnProps.Environment["MODE"] = "batch";
                {|CDK101:fnProps.Environment["AWS_LAMBDA_LOG_GROUP_NAME"] = "/custom/logs"|};
                new Function(this, "Processor", fnProps);
        """, "Lambda"));

    [Fact]
    public Task PropsFilledByAHelperTheyAreGivenTo() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var reports = new BucketProps { Versioned = true };
                Configure(reports);
                new Bucket(this, "Reports", reports);
        """, "S3", members: """
            private static void Configure(BucketProps props)
            {
                props.BucketName = {|CDK102:"Reports_Archive"|};
                props.Encryption = BucketEncryption.S3_MANAGED;
            }
        """));

    [Fact]
    public Task PropsFilledByTheLambdaAHelperIsGiven() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(Stack("""
                var slow = Queues.Create(this, "Slow", p => {|CDK109:p.VisibilityTimeout = Duration.Seconds(20)|});
                var fast = Queues.Create(this, "Fast", p => { p.VisibilityTimeout = Duration.Seconds(120); });
                var invoked = Queues.CreateInvoked(this, "Invoked", p => {|CDK109:p.VisibilityTimeout = Duration.Seconds(10)|});
                foreach (var queue in new[] { slow, fast, invoked })
                {
                    var fn = new Function(this, queue.Node.Id + "Worker", new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Seconds(60),
                    });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
        """, "Lambda Lambda.EventSources SQS", types: """
        static class Queues
        {
            public static Queue Create(Construct scope, string id, System.Action<QueueProps>? configure = null)
            {
                var props = new QueueProps { RetentionPeriod = Duration.Days(4) };
                configure?.Invoke(props);
                return new Queue(scope, id, props);
            }

            public static Queue CreateInvoked(Construct scope, string id, System.Action<QueueProps> configure)
            {
                var props = new QueueProps();
                configure(props);
                return new Queue(scope, id, props);
            }
        }
        """));

    [Fact]
    public Task WriteAfterTheConstructIsCreatedIsTooLate() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(Stack("""
                var fnProps = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                new Function(this, "Processor", fnProps);
                fnProps.ReservedConcurrentExecutions = 100;
        """, "Lambda"));

    [Fact]
    public Task DictionaryFilledWithIndexerAddAndTryAdd() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var env = new Dictionary<string, string>();
                {|CDK101:env["AWS_REGION"] = "eu-west-1"|};
                {|CDK101:env.Add("AWS_DEFAULT_REGION", "eu-west-1")|};
                {|CDK101:env.TryAdd("_HANDLER", "x")|};
                env.TryAdd("STAGE", "prod");
                var fnProps = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                fnProps.Environment = env;
                new Function(this, "Fn", fnProps);
        """, "Lambda"));

    [Fact]
    public Task CopiedDictionaryKeepsTheEntriesOfItsSource() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>(Shared) { ["STAGE"] = "prod" },
                });
        """, "Lambda", members: """
            private static readonly Dictionary<string, string> Shared = new()
            {
                {|CDK101:{ "AWS_EXECUTION_ENV", "custom" }|},
            };
        """));

    [Fact]
    public Task DictionaryCopiedWhereItIsNotNullKeepsItsEntries() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var settings = new WorkerSettings { Env = new Dictionary<string, string> { {|CDK101:["AWS_LAMBDA_LOG_GROUP_NAME"] = "x"|} } };
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = settings.Env?.ToDictionary(kv => kv.Key, kv => kv.Value),
                });
        """, "Lambda", types: """
        public sealed class WorkerSettings { public IDictionary<string, string>? Env { get; init; } }
        """));

    [Fact]
    public Task LogGroupPropsGivenTheirKeyInAStep() => Verify<LogGroupKeyAnalyzer>.AnalyzerAsync(Stack("""
                var key = new Key(this, "LogsKey");
                var logProps = new LogGroupProps { Retention = RetentionDays.ONE_WEEK };
                logProps.EncryptionKey = key;
                {|CDK105:new LogGroup(this, "Logs", logProps)|};
        """, "KMS Logs"));

    [Fact]
    public Task StackPropsGivenTheirEnvInAStep() => Verify<LookupEnvironmentAnalyzer>.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        public class NetworkStack(Construct scope, string id, IStackProps props) : Stack(scope, id, props)
        {
            public IVpc Vpc { get; } = Amazon.CDK.AWS.EC2.Vpc.FromLookup(scope, "Vpc", new VpcLookupOptions { IsDefault = true });
        }
        """,
        """
        using Amazon.CDK;

        var app = new App();
        var props = new StackProps { Description = "network" };
        props.Env = new Amazon.CDK.Environment { Account = "493817265012", Region = "eu-west-1" };
        new NetworkStack(app, "Network", props);
        app.Synth();
        """,
    }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task ReservationInAHelpersPropsCountsForEachFunctionItMakes() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                new Function(this, "A", Props());
                new Function(this, "B", Props());
        """, "Lambda", members: """
            private static FunctionProps Props()
            {
                var fnProps = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                {|#0:fnProps.ReservedConcurrentExecutions = 20|};
                return fnProps;
            }
        """) }, expected: new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("20", "40", "0"));

    [Fact]
    public Task ReservationAHelpersPropsSetOnlyWhenGivenIsReportedAtEachCall() => Verify<ReservedConcurrencyAnalyzer>.AnalyzerAsync(new[] { Stack("""
                new Function(this, "Api", Props("api", {|#0:50|}));
                new Function(this, "Jobs", Props("jobs"));
                new Function(this, "Cron", Checked("cron", reserved: {|#1:5|}));
        """, "Lambda", members: """
            private static FunctionProps Props(string handler, double? reserved = null)
            {
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = handler, Code = Code.FromInline("x") };
                if (reserved.HasValue)
                    props.ReservedConcurrentExecutions = reserved.Value;
                return props;
            }

            private static FunctionProps Checked(string handler, double? reserved = null)
            {
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = handler, Code = Code.FromInline("x") };
                if (reserved is { } r)
                    props.ReservedConcurrentExecutions = r;
                return props;
            }
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("50", "55", "0"),
        new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("5", "55", "0"),
    });

    [Fact]
    public Task PropsAHelperFillsBeforeTheConstructIsMade() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(new[] { Stack("""
                var fast = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                var quick = new QueueProps();
                {|#0:SetVisibility(quick, 2)|};
                new Function(this, "Fast", fast).AddEventSource(new SqsEventSource(new Queue(this, "Quick", quick)));

                var slow = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                slow.WithTimeout(120);
                new Function(this, "Slow", slow).AddEventSource(new SqsEventSource({|#1:new Queue(this, "Backlog")|}));

                var late = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                var fn = new Function(this, "Late", late);
                SetTimeout(late, 120);
                fn.AddEventSource(new SqsEventSource(new Queue(this, "OnTime")));
        """, "Lambda Lambda.EventSources SQS", members: """
            private static void SetVisibility(QueueProps props, int seconds) => props.VisibilityTimeout = Duration.Seconds(seconds);
            private static void SetTimeout(FunctionProps props, int seconds) => props.Timeout = Duration.Seconds(seconds);
        """, types: """
        public static class PropsExtensions
        {
            public static FunctionProps WithTimeout(this FunctionProps props, int seconds)
            {
                props.Timeout = Duration.Seconds(seconds);
                return props;
            }
        }
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("2", "Fast", "3"),
        new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(1).WithArguments("30", "Slow", "120"),
    });

    [Fact]
    public Task AnEntryRemovedBeforeTheDictionaryIsUsedIsGone() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var variables = Defaults();
                variables.Remove("AWS_REGION");
                new Function(this, "Clean", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables });
                var kept = Defaults();
                if (kept.Count > 5)
                    kept.Remove("AWS_REGION");
                new Function(this, "Kept", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = kept });
        """, "Lambda", members: """
            private static Dictionary<string, string> Defaults() => new() { ["STAGE"] = "prod", {|CDK101:["AWS_REGION"] = "eu-west-1"|} };
        """));
}

using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.QueueVisibilityTimeoutAnalyzer>;

namespace CdkAnalyzers.Tests;

public class QueueVisibilityTimeoutTests
{
    private static string InStack(string body, string members = "") => TestCode.Stack(body, "Lambda Lambda.EventSources SQS", members);

    private const string Worker = """new Function(this, "Worker", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("worker"), Timeout = Duration.Minutes(1) })""";

    [Fact]
    public Task AConstructMadeInsideAnotherIsCheckedForEachCallOfTheOuterOne() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(new[] { TestCode.Stack("""
                {|#0:new PipelineConstruct(this, "Orders", new PipelineOptions("Orders", new ConsumerOptions(TimeoutSeconds: 90)))|};
                new PipelineConstruct(this, "Billing", new PipelineOptions("Billing", new ConsumerOptions(TimeoutSeconds: 90, VisibilitySeconds: 540)));
        """, "Lambda Lambda.EventSources SQS", types: """
        public sealed record ConsumerOptions(int TimeoutSeconds, int? VisibilitySeconds = null);
        public sealed record PipelineOptions(string Name, ConsumerOptions Consumer);

        public sealed class ConsumerConstruct : Construct
        {
            public ConsumerConstruct(Construct scope, string id, ConsumerOptions options) : base(scope, id)
            {
                var queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = options.VisibilitySeconds is { } v ? Duration.Seconds(v) : null });
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Seconds(options.TimeoutSeconds) });
                fn.AddEventSource(new SqsEventSource(queue));
            }
        }

        public sealed class PipelineConstruct : Construct
        {
            public PipelineConstruct(Construct scope, string id, PipelineOptions options) : base(scope, id)
                => new ConsumerConstruct(this, $"{options.Name}Consumer", options.Consumer);
        }
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("30", "Fn", "90"),
    });

    [Fact]
    public Task SeedDefaultQueueUnderAOneMinuteFunction() => VerifyCS.AnalyzerAsync(new[] { InStack($$"""
                var jobs = {|#0:new Queue(this, "Jobs")|};
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(jobs));
        """) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("30", "Worker", "60"));

    [Fact]
    public Task AFunctionAHelperMakesIsNamedByTheCallsId() => VerifyCS.AnalyzerAsync(new[] { InStack($$"""
                var api = MakeFunction("Api", 30);
                var worker = MakeFunction("Worker", 900);
                var jobs = new Queue(this, "Jobs", new QueueProps { {|#0:VisibilityTimeout = Duration.Minutes(5)|} });
                worker.AddEventSource(new SqsEventSource(jobs));
        """, members: """
            private Function MakeFunction(string name, int timeoutSeconds) => new(this, name, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(timeoutSeconds),
            });
        """) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("300", "Worker", "900"));

    private const string MakeWorker = """
            private Function MakeWorker(string name, int timeoutSeconds, int visibilitySeconds)
            {
                var queue = new Queue(this, name + "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(visibilitySeconds) });
                var fn = new Function(this, name, new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(timeoutSeconds),
                });
                fn.AddEventSource(new SqsEventSource(queue));
                return fn;
            }
        """;

    [Fact]
    public Task AHelperIsCheckedPerCall() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                MakeWorker("Fast", 30, 60);
                MakeWorker("Slow", timeoutSeconds: 300, visibilitySeconds: 1800);
                {|#0:MakeWorker("Etl", visibilitySeconds: 60, timeoutSeconds: 120)|};
        """, members: MakeWorker) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("60", "Etl", "120"));

    [Fact]
    public Task AHelperThatCopiesItsParameterToALocalIsCheckedPerCall() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack($$"""
                var fast = {|#0:Queues.Make(this, "Fast", 20)|};
                var slow = Queues.Make(this, "Slow", 600);
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(fast));
                worker.AddEventSource(new SqsEventSource(slow));
        """, "Lambda Lambda.EventSources SQS", types: """
        public static class Queues
        {
            public static Queue Make(Construct scope, string id, int visibility)
            {
                var seconds = visibility;
                return new Queue(scope, id, new QueueProps { VisibilityTimeout = Duration.Seconds(seconds) });
            }
        }
        """) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("20", "Worker", "60"));

    [Fact]
    public Task AConstructMadeOnEachPassIsCheckedWithItsElement() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var spec in Specs)
                    new Worker(this, spec.Name, spec);
        """, "Lambda Lambda.EventSources SQS", members: """
            private static readonly WorkerSpec[] Specs = [new("Fast", 10, 60), {|#0:new("Slow", 300, 120)|}, new("Batch", 60, 360)];
        """, types: """
        public sealed record WorkerSpec(string Name, int TimeoutSeconds, int VisibilitySeconds);

        public sealed class Worker : Construct
        {
            public Worker(Construct scope, string id, WorkerSpec spec) : base(scope, id)
            {
                var queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(spec.VisibilitySeconds) });
                var fn = new Function(this, "Handler", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(spec.TimeoutSeconds),
                });
                fn.AddEventSource(new SqsEventSource(queue));
            }
        }
        """) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("120", "Handler", "300"));

    [Fact]
    public Task LocalFunctionsOfTheConstructorAreCheckedPerCall() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                Queue MakeQueue(string name, int visibility) => new Queue(this, name, new QueueProps { VisibilityTimeout = Duration.Seconds(visibility) });

                Function MakeWorker(string name, int timeout, Queue source)
                {
                    var fn = new Function(this, name, new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(timeout),
                    });
                    fn.AddEventSource(new SqsEventSource(source));
                    return fn;
                }

                var fast = MakeWorker("Fast", 20, MakeQueue("FastQueue", 120));
                var slow = {|#0:MakeWorker("Slow", 300, MakeQueue("SlowQueue", 60))|};
        """) }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("60", "Slow", "300"));

    [Fact]
    public Task EveryWrongCallIsReportedWhereItGivesTheValues() => VerifyCS.AnalyzerAsync(InStack("""
                {|CDK109:MakeWorker("Reports", 120, 60)|};
                {|CDK109:MakeWorker("Exports", 300, 90)|};
        """, members: MakeWorker));

    [Fact]
    public Task AnAppConstructIsCheckedPerCreation() => VerifyCS.AnalyzerAsync(InStack("""
                new QueueWorker(this, "Fast", new WorkerSettings(TimeoutSeconds: 30));
                new QueueWorker(this, "Slow", new WorkerSettings(TimeoutSeconds: 600, VisibilitySeconds: 3600));
        """) + """
            public sealed record WorkerSettings(int TimeoutSeconds, int VisibilitySeconds = 180);

            public sealed class QueueWorker : Construct
            {
                public QueueWorker(Construct scope, string id, WorkerSettings settings) : base(scope, id)
                {
                    var queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(settings.VisibilitySeconds) });
                    var fn = new Function(this, "Fn", new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(settings.TimeoutSeconds),
                    });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
            }
        """);

    [Fact]
    public Task OptionalSettingsWithFallbacksAreReadPerCreation() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                new QueueWorker(this, "Fast", new WorkerProps { TimeoutSeconds = 20 });
                new QueueWorker(this, "Slow", new WorkerProps { TimeoutSeconds = 120, VisibilitySeconds = 720 });
                {|#0:new QueueWorker(this, "Plain", new WorkerProps())|};
        """) + """
            public interface IWorkerProps
            {
                int? TimeoutSeconds { get; }
                int? VisibilitySeconds { get; }
            }

            public sealed class WorkerProps : IWorkerProps
            {
                public int? TimeoutSeconds { get; init; }
                public int? VisibilitySeconds { get; init; }
            }

            public sealed class QueueWorker : Construct
            {
                public QueueWorker(Construct scope, string id, IWorkerProps props) : base(scope, id)
                {
                    var queue = new Queue(this, "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(props.VisibilitySeconds ?? 30) });
                    var fn = new Function(this, "Fn", new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(props.TimeoutSeconds ?? 60),
                    });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
            }
        """ }, expected: new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("30", "Fn", "60"));

    [Fact]
    public Task NoFixAtACallThatGivesTheValues() => VerifyCS.NoFixAsync<QueueVisibilityTimeoutCodeFix>(InStack("""
                MakeWorker("Fast", 30, 60);
                {|CDK109:MakeWorker("Etl", 120, 60)|};
        """, members: MakeWorker));

    [Fact]
    public Task WrittenVisibilityTimeoutIsWhereItIsReported() => VerifyCS.AnalyzerAsync(InStack($$"""
                var jobs = new Queue(this, "Jobs", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(45)|} });
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(jobs, new SqsEventSourceProps { BatchSize = 10 }));
        """));

    [Fact]
    public Task EventsInPropsMappingsAndL1() => VerifyCS.AnalyzerAsync(InStack("""
                var inbound = new Queue(this, "Inbound", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(10)|} });
                new Function(this, "Reader", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("r"), Timeout = Duration.Seconds(20),
                    Events = [new SqsEventSource(inbound)],
                });

                var mapped = new Queue(this, "Mapped", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(5)|} });
                var mapper = new Function(this, "Mapper", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("m") , Timeout = Duration.Seconds(6) });
                mapper.AddEventSourceMapping("FromMapped", new EventSourceMappingOptions { EventSourceArn = mapped.QueueArn });

                var raw = new CfnQueue(this, "Raw", new CfnQueueProps { {|CDK109:VisibilityTimeout = 30|} });
                var rawFunction = new CfnFunction(this, "RawFunction", new CfnFunctionProps { Role = "arn", Runtime = "python3.12", Timeout = 120, Code = new CfnFunction.CodeProperty { ZipFile = "x" } });
                new CfnEventSourceMapping(this, "RawMapping", new CfnEventSourceMappingProps { EventSourceArn = raw.AttrArn, FunctionName = rawFunction.Ref });
        """));

    [Fact]
    public Task QueuesHeldInADictionaryOrAnArray() => VerifyCS.AnalyzerAsync(InStack($$"""
                var queues = new Dictionary<string, Queue>
                {
                    ["orders"] = new Queue(this, "Orders", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(20)|} }),
                    ["billing"] = new Queue(this, "Billing", new QueueProps { VisibilityTimeout = Duration.Minutes(15) }),
                };
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(queues["orders"]));
                new EventSourceMapping(this, "BillingMapping", new EventSourceMappingProps { Target = worker, EventSourceArn = queues["billing"].QueueArn });
                string name = System.Environment.GetEnvironmentVariable("QUEUE") ?? "orders";
                worker.AddEventSource(new SqsEventSource(queues[name]));
        """));

    [Fact]
    public Task EventSourceMappingConstructNamesItsTarget() => VerifyCS.AnalyzerAsync(InStack($$"""
                var orders = new Queue(this, "Orders", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(20)|} });
                var worker = {{Worker}};
                new EventSourceMapping(this, "OrdersMapping", new EventSourceMappingProps { Target = worker, EventSourceArn = orders.QueueArn });
        """));

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(InStack($$"""
                var equal = new Queue(this, "Equal", new QueueProps { VisibilityTimeout = Duration.Minutes(1) });
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(equal));

                var quick = new Queue(this, "Quick");
                new Function(this, "Fast", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("f"), Events = [new SqsEventSource(quick)] });

                var destination = new Queue(this, "Destination");
                destination.GrantSendMessages(worker);
                var unknown = new Queue(this, "Unknown", new QueueProps { VisibilityTimeout = Configured });
                worker.AddEventSource(new SqsEventSource(unknown));
                var imported = Queue.FromQueueArn(this, "Imported", "arn:aws:sqs:eu-west-1:493817265012:jobs");
                worker.AddEventSource(new SqsEventSource(imported));
        """, members: """
            public Duration Configured { get; set; } = Duration.Minutes(5);
        """).Replace("Duration.Minutes(5)", "Duration.Parse(System.Environment.GetEnvironmentVariable(\"TIMEOUT\"))"));

    [Fact]
    public Task FixSetsSixTimesTheTimeoutPlusTheBatchingWindow() => VerifyCS.FixAsync<QueueVisibilityTimeoutCodeFix>(QueueVisibilityTimeoutCodeFix.SetVisibilityTimeoutKey, InStack($$"""
                var jobs = new Queue(this, "Jobs", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(45)|} });
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(jobs, new SqsEventSourceProps { MaxBatchingWindow = Duration.Seconds(5) }));
                var plain = {|CDK109:new Queue(this, "Plain")|};
                worker.AddEventSource(new SqsEventSource(plain));
        """), InStack($$"""
                var jobs = new Queue(this, "Jobs", new QueueProps { VisibilityTimeout = Duration.Seconds(365) });
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(jobs, new SqsEventSourceProps { MaxBatchingWindow = Duration.Seconds(5) }));
                var plain = new Queue(this, "Plain", new QueueProps { VisibilityTimeout = Duration.Seconds(360) });
                worker.AddEventSource(new SqsEventSource(plain));
        """), iterations: 2);

    [Fact]
    public Task FixForAQueueMadeByAConstruct() => VerifyCS.FixAsync<QueueVisibilityTimeoutCodeFix>(QueueVisibilityTimeoutCodeFix.SetVisibilityTimeoutKey, InStack($$"""
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(new Messaging(this, "Messaging").Queue));
        """) + """

        public sealed class Messaging : Constructs.Construct
        {
            public Queue Queue { get; }

            public Messaging(Constructs.Construct scope, string id) : base(scope, id)
                => Queue = {|CDK109:new(this, "Queue")|};
        }
        """, InStack($$"""
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(new Messaging(this, "Messaging").Queue));
        """) + """

        public sealed class Messaging : Constructs.Construct
        {
            public Queue Queue { get; }

            public Messaging(Constructs.Construct scope, string id) : base(scope, id)
                => Queue = new(this, "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(360) });
        }
        """, nonLocal: true);

    [Fact]
    public Task FixAddsToPropsOnlyThisQueueReads() => VerifyCS.FixAsync<QueueVisibilityTimeoutCodeFix>(QueueVisibilityTimeoutCodeFix.SetVisibilityTimeoutKey, InStack($$"""
                var props = new QueueProps { RetentionPeriod = Duration.Days(4) };
                var jobs = {|CDK109:new Queue(this, "Jobs", props)|};
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(jobs));
        """), InStack($$"""
                var props = new QueueProps { RetentionPeriod = Duration.Days(4), VisibilityTimeout = Duration.Seconds(360) };
                var jobs = new Queue(this, "Jobs", props);
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(jobs));
        """));

    [Fact]
    public Task NoFixForPropsOtherQueuesShare() => VerifyCS.NoFixAsync<QueueVisibilityTimeoutCodeFix>(InStack($$"""
                var shared = new QueueProps { RetentionPeriod = Duration.Days(1) };
                var audit = {|CDK109:new Queue(this, "Audit", shared)|};
                new Queue(this, "Archive", shared);
                var worker = {{Worker}};
                worker.AddEventSource(new SqsEventSource(audit));
        """));
    private const string ConsumerLoop = """
                foreach (var consumer in Consumers)
                {
                    var queue = new Queue(this, consumer.Name + "Queue", new QueueProps
                    {
                        VisibilityTimeout = consumer.VisibilitySeconds is { } seconds ? Duration.Seconds(seconds) : null,
                    });
                    var fn = new Function(this, consumer.Name, new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(consumer.TimeoutSeconds),
                    });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
        """;

    private const string ConsumerSpec = "public sealed record ConsumerSpec(string Name, int TimeoutSeconds, int? VisibilitySeconds = null);";

    [Fact]
    public Task EachElementOfALoopIsItsOwnPairReportedAtTheElement() => VerifyCS.AnalyzerAsync(new[] { InStack(ConsumerLoop, members: """
            private static readonly ConsumerSpec[] Consumers =
            [
                new("Orders", 20, 120),
                {|#0:new("Emails", 60)|},
                {|#1:new("Reports", 300, 100)|},
            ];
        """) + ConsumerSpec }, expected: new[]
    {
        new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(0).WithArguments("30", "Emails", "60"),
        new DiagnosticResult("CDK109", DiagnosticSeverity.Error).WithLocation(1).WithArguments("100", "Reports", "300"),
    });

    [Fact]
    public Task ElementsThatAreEachRightAreSilentThoughTheyDifferFromEachOther() => VerifyCS.AnalyzerAsync(InStack(ConsumerLoop, members: """
            private static readonly List<ConsumerSpec> Consumers = new()
            {
                new("Orders", 20, 120),
                new("Reports", 300, 1800),
                new("Audit", 2),
            };
        """) + ConsumerSpec);

    [Fact]
    public Task EachEntryOfADictionaryLoopIsItsOwnPair() => VerifyCS.AnalyzerAsync(InStack("""
                foreach (var (name, (timeout, visibility)) in Consumers)
                {
                    var queue = new Queue(this, name + "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(visibility) });
                    var fn = new Function(this, name, new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(timeout),
                    });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
        """, members: """
            private static readonly Dictionary<string, (int Timeout, int Visibility)> Consumers = new()
            {
                ["Orders"] = (20, 120),
                ["Reports"] = {|CDK109:(300, 200)|},
            };
        """));

    [Fact]
    public Task EachElementOfAForEachLambdaIsItsOwnPair() => VerifyCS.AnalyzerAsync(InStack("""
                Jobs.ToList().ForEach(job =>
                {
                    var queue = new Queue(this, job.Name + "Queue", new QueueProps { VisibilityTimeout = Duration.Seconds(job.Visibility) });
                    new Function(this, job.Name, new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(job.Timeout),
                        Events = new[] { new SqsEventSource(queue) },
                    });
                });
        """, members: """
            private static readonly (string Name, int Timeout, int Visibility)[] Jobs = { ("Nightly", 600, 3600), {|CDK109:("Hourly", 30, 20)|} };
        """));

    [Fact]
    public Task ALoopsOwnMistakeIsReportedOnceAtTheQueue() => VerifyCS.AnalyzerAsync(InStack("""
                foreach (var name in new[] { "Orders", "Emails" })
                {
                    var queue = {|CDK109:new Queue(this, name + "Queue")|};
                    var fn = new Function(this, name, new FunctionProps
                    {
                        Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Minutes(2),
                    });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
        """));

    [Fact]
    public Task DurationsReadAsNumbersAndAddedUp() => VerifyCS.AnalyzerAsync(InStack("""
                var handlerTimeout = Duration.Minutes(3);
                var half = new Queue(this, "Half", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(handlerTimeout.ToSeconds() / 2)|} });
                var six = new Queue(this, "Six", new QueueProps { VisibilityTimeout = Duration.Seconds(handlerTimeout.ToSeconds() * 6) });
                var plus = new Queue(this, "Plus", new QueueProps { VisibilityTimeout = handlerTimeout.Plus(Duration.Seconds(30)) });
                var minus = new Queue(this, "Minus", new QueueProps { {|CDK109:VisibilityTimeout = handlerTimeout.Minus(Duration.Minutes(1))|} });
                foreach (var (name, queue) in new[] { ("HalfFn", half), ("SixFn", six), ("PlusFn", plus), ("MinusFn", minus) })
                {
                    var fn = new Function(this, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = handlerTimeout });
                    fn.AddEventSource(new SqsEventSource(queue));
                }
        """));

    [Fact]
    public Task QueuesMadeByLambdasHandedToHelpersOrToDictionary() => VerifyCS.AnalyzerAsync(InStack($$"""
                var tracked = Track(() => new Queue(this, "Tracked", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(15)|} }));
                {{Worker}}.AddEventSource(new SqsEventSource(tracked));
                string[] names = ["orders", "refunds"];
                var queues = names.ToDictionary(n => n, n => new Queue(this, n, new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(30)|} }));
                new Function(this, "Orders", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Timeout = Duration.Seconds(45),
                    Events = [new SqsEventSource(queues["orders"])],
                });
                var quick = Track(() => new Queue(this, "Quick", new QueueProps { VisibilityTimeout = Duration.Minutes(5) }));
                {{Worker}}.AddEventSource(new SqsEventSource(quick));
        """, members: """
            private static T Track<T>(System.Func<T> make) => make();
        """));

    [Fact]
    public Task AVisibilityLeftNullIsTheDefault() => VerifyCS.AnalyzerAsync(InStack($$"""
                int? configured = null;
                var jobs = new Queue(this, "Jobs", new QueueProps { {|CDK109:VisibilityTimeout = configured is { } seconds ? Duration.Seconds(seconds) : null|} });
                {{Worker}}.AddEventSource(new SqsEventSource(jobs));
        """));

    [Fact]
    public Task ANullTestOfAKnownValueTakesOneBranch() => VerifyCS.AnalyzerAsync(InStack($$"""
                var spec = new Spec(VisibilitySeconds: 600);
                var jobs = new Queue(this, "Jobs", new QueueProps { VisibilityTimeout = spec.VisibilitySeconds is { } seconds ? Duration.Seconds(seconds) : null });
                {{Worker}}.AddEventSource(new SqsEventSource(jobs));
                var reports = new Queue(this, "Reports", new QueueProps { VisibilityTimeout = spec.VisibilitySeconds != null ? Duration.Seconds(spec.VisibilitySeconds.Value) : Duration.Seconds(5) });
                {{Worker.Replace("\"Worker\"", "\"Reporter\"")}}.AddEventSource(new SqsEventSource(reports));
        """) + "public sealed record Spec(int? VisibilitySeconds = null);");

    [Fact]
    public Task NoFixWhereAHelperWritesTheVisibilityForEveryCaller() => VerifyCS.NoFixAsync<QueueVisibilityTimeoutCodeFix>(TestCode.Stack("""
                var props = new QueueProps();
                {|CDK109:SetVisibility(props, 2)|};
                var jobs = new Queue(this, "Jobs", props);
                new Function(this, "Worker", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") }).AddEventSource(new SqsEventSource(jobs));
        """, "Lambda Lambda.EventSources SQS", members: """
            private static void SetVisibility(QueueProps props, int seconds) => props.VisibilityTimeout = Duration.Seconds(seconds);
        """));

    [Fact]
    public Task TimeoutsRoundedWithMath() => VerifyCS.AnalyzerAsync(InStack("""
                var timeout = Duration.Minutes(2);
                var good = new Queue(this, "Good", new QueueProps { VisibilityTimeout = Duration.Seconds(Math.Ceiling(timeout.ToSeconds() * 1.5)) });
                var bad = new Queue(this, "Bad", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Seconds(Math.Floor(timeout.ToSeconds() / 2))|} });
                var fn = new Function(this, "Worker", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = timeout });
                fn.AddEventSource(new SqsEventSource(good));
                fn.AddEventSource(new SqsEventSource(bad));
        """));
}

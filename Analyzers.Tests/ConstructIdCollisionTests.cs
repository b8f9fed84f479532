using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.ConstructIdCollisionAnalyzer>;

namespace CdkAnalyzers.Tests;

public class ConstructIdCollisionTests
{
    private static string InStack(string body, string members = "") => TestCode.Stack(body, "Lambda S3 SQS", members);

    [Fact]
    public Task SeedSecondHandlerInOneStack() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                new Function(this, {|#1:"Handler"|}, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("a") });
                new Queue(this, "Jobs");
                new Function(this, {|#0:"Handler"|}, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("b") });
        """) }, expected: new DiagnosticResult("CDK110", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1)
            .WithArguments("A construct with id 'Handler' is already created in this scope at line 16", "Handler"));

    [Fact]
    public Task ConstantIdsAndOtherConstructTypes() => VerifyCS.AnalyzerAsync(InStack("""
                new Bucket(this, DataId);
                new Queue(this, {|CDK110:DataId|});
                new Bucket(this, $"{DataId}");
        """.Replace("$\"{DataId}\"", "{|CDK110:$\"{DataId}\"|}"), members: """
            private const string DataId = "Data";
        """));

    [Fact]
    public Task InitializersOfOneClassShareItsScope() => VerifyCS.AnalyzerAsync(InStack("""
                var worker = new Worker(this, "Worker");
        """) + """

        public sealed class Worker(Construct scope, string id) : Construct(scope, id)
        {
            public Queue Inbox { get; } = new(scope, "Inbox");
            public Queue Outbox { get; } = new(scope, {|CDK110:"Inbox"|});
            private readonly Bucket _archive = new(scope, "Archive"), _copy = new(scope, {|CDK110:"Archive"|});
            public Queue Retries { get; } = new(scope, "Retries");
            public Queue Own { get; } = new(new Construct(scope, "Group"), "Inbox");
            public static Queue Shared(Construct other) => new(other, "Inbox");
        }
        """);

    [Fact]
    public Task ConstantIdInALoop() => VerifyCS.AnalyzerAsync(InStack("""
                foreach (var name in new[] { "a", "b" })
                    new Queue(this, {|CDK110:"Jobs"|}, new QueueProps { QueueName = name });
                for (var i = 0; i < 3; i++)
                    new Bucket(this, $"Bucket{i}");
                foreach (var name in new[] { "c", "d" })
                {
                    var group = new Construct(this, name);
                    new Queue(group, "Jobs");
                }
        """));

    [Fact]
    public Task ConstantIdInALoopThatDeconstructs() => VerifyCS.AnalyzerAsync(InStack("""
                var queues = new Dictionary<string, int> { ["orders"] = 30, ["billing"] = 60 };
                foreach (var (name, seconds) in queues)
                    new Queue(this, {|CDK110:"Jobs"|}, new QueueProps { QueueName = name, VisibilityTimeout = Duration.Seconds(seconds) });
                foreach (var (name, _) in queues)
                    new Queue(this, $"Dlq-{name}");
        """));

    [Fact]
    public Task ConstantIdInALambdaRunForEachElement() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var queues = new[] { "a", "b" }.Select(name => new Queue(this, {|CDK110:"Jobs"|}, new QueueProps { QueueName = name })).ToList();
                new List<int> { 1, 2 }.ForEach(_ => new Bucket(this, {|CDK110:"Assets"|}));
                var topics = new[] { "Orders", "Billing" }.Select(name => new Topic(this, name)).ToList();
                var groups = new[] { "c", "d" }.ToDictionary(name => name, name => new Construct(this, name));
                var lazy = new Lazy<Queue>(() => new Queue(this, "Once"));
        """, "SQS S3 SNS"));

    [Fact]
    public Task AKnownListThatHoldsAnIdTwice() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var name in Queues)
                    new Queue(this, name);
                new List<string> { "Assets", {|CDK110:"Assets"|} }.ForEach(id => new Bucket(this, id));
                foreach (var name in new[] { "A", "B" })
                    new Topic(this, name);
                foreach (var name in new[] { "C", "C" })
                {
                    var group = new Construct(this, "Group" + name + Guid.NewGuid());
                    new Topic(group, name);
                }
        """, "SQS S3 SNS", members: """
            private static readonly string[] Queues = ["Orders", "Billing", {|CDK110:"Orders"|}];
        """));

    [Fact]
    public Task AQueryOverAKnownListIsALoopOverIt() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var queues = (from name in new[] { "Orders", "Emails", {|CDK110:"Orders"|} } select new Queue(this, name)).ToList();
                var topics = (from name in new[] { "A", "B" } where name != "C" select new Topic(this, name)).ToList();
                var buckets = (from name in new[] { "X", "Y" } select new Bucket(this, {|CDK110:"Assets"|})).ToList();
        """, "SQS S3 SNS"));

    [Fact]
    public Task IdsReadFromTheElementsOfAKnownListOrDictionary() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                foreach (var spec in Specs)
                    new Queue(this, spec.Name, new QueueProps { Fifo = spec.Fifo });
                foreach (var (name, retention) in Topics)
                    new Topic(this, $"{name}Topic");
                foreach (var (name, fifo) in Specs.Where(s => !s.Fifo))
                    new Bucket(this, name + "-" + fifo);
        """, "SQS S3 SNS", members: """
            private static readonly (string Name, bool Fifo)[] Specs = [("orders", true), ("emails", false), {|CDK110:("orders", false)|}];
            private static readonly Dictionary<string, int> Topics = new() { ["Orders"] = 1, ["Billing"] = 2 };
        """));

    [Fact]
    public Task BuildersCreateInTheScopeAndWithTheIdTheirCreationGives() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var orders = new TableBuilder(this, "Orders").Build();
                var again = {|CDK110:new TableBuilder(this, "Orders").WithKey("id").Build()|};
                var users = new TableBuilder(this, "Users").Build();
                var builder = new TableBuilder(this, "Events");
                var events = builder.Build();
        """, "DynamoDB", types: """
        public sealed class TableBuilder(Construct scope, string id)
        {
            private string _pk = "pk";
            public TableBuilder WithKey(string pk) { _pk = pk; return this; }
            public Table Build() => new(scope, id, new TableProps { PartitionKey = new Attribute { Name = _pk, Type = AttributeType.STRING } });
        }
        """));

    [Fact]
    public Task AnEntryWrittenAgainAtItsKeyIsOneEntry() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var names = new Dictionary<string, string>();
                names.Add("raw", "acme-raw");
                names.Add("curated", "acme-curated");
                names["curated"] = "acme-curated-v2";
                foreach (var (key, name) in names)
                    new Bucket(this, key, new BucketProps { BucketName = name });
        """, "S3"));

    [Fact]
    public Task AListTwoCreationsOfTheStackShareIsStillOneList() => VerifyCS.AnalyzerAsync("""
        using Amazon.CDK;
        using Amazon.CDK.AWS.SQS;
        using Constructs;

        public sealed record Settings(string[] Renditions)
        {
            public static Settings Load() => new(["1080p", "720p"]);
        }

        public sealed class MediaStack : Stack
        {
            public MediaStack(Construct scope, string id, Settings settings, string[] regions) : base(scope, id)
            {
                foreach (var rendition in settings.Renditions)
                    new Queue(this, $"RenditionQueue{rendition}");
                foreach (var region in regions)
                    new Queue(this, $"Replica{region}");
            }
        }

        public static class Program
        {
            public static void Main()
            {
                var app = new App();
                var settings = Settings.Load();
                new MediaStack(app, "Blue", settings, ["eu"]);
                new MediaStack(app, "Green", settings, ["eu", "us"]);
            }
        }
        """);

    [Fact]
    public Task IdFromTheLoopVariableIsNotConstant() => VerifyCS.AnalyzerAsync(InStack("""
                string[] stages = ["prod"];
                foreach (var stage in stages)
                {
                    new Queue(this, $"Jobs-{stage}");
                    var label = "Events" + stage;
                    new Bucket(this, label);
                    new Bucket(this, {|CDK110:"Assets"|});
                }
        """));

    [Fact]
    public Task StacksOnOneApp() => VerifyCS.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;

        var app = new App();
        new Stack(app, "Prod");
        new Stack(app, {|CDK110:"Prod"|});
        new Stack(new App(), "Prod");
        app.Synth();
        """,
    }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task StacksALocalFunctionCreatesOnOneApp() => VerifyCS.AnalyzerAsync(new[]
    {
        """
        using Amazon.CDK;

        var app = new App();
        CreateStacks(app);
        app.Synth();

        static void CreateStacks(App app)
        {
            new Stack(app, "Notify");
            new Stack(app, {|CDK110:"Notify"|});
            new Stack(app, "Audit");
        }
        """,
    }, outputKind: OutputKind.ConsoleApplication);

    [Fact]
    public Task OnlyOneOfTwoBranchesRuns() => VerifyCS.AnalyzerAsync(InStack("""
                var prod = Node.TryGetContext("stage") as string == "prod";
                if (prod)
                    new Bucket(this, "Data", new BucketProps { Versioned = true });
                else
                    new Bucket(this, "Data");
                switch (Node.TryGetContext("size") as string)
                {
                    case "large":
                        new Queue(this, "Jobs", new QueueProps { Fifo = true });
                        break;
                    default:
                        new Queue(this, "Jobs");
                        break;
                }
                _ = prod ? new Bucket(this, "Logs") : new Bucket(this, "Logs", new BucketProps { Versioned = true });
                if (!prod)
                {
                    new Bucket(this, "Archive");
                    return;
                }
                new Bucket(this, "Archive", new BucketProps { Versioned = true });
        """));

    [Fact]
    public Task OneIdInTwoScopesCollidesOnlyWhereItRepeats() => VerifyCS.AnalyzerAsync(InStack("""
                var api = new Construct(this, "Api");
                new Queue(api, "Jobs");
                new Queue(this, "Jobs");
                new Bucket(this, "Data");
                new Queue(api, {|CDK110:"Jobs"|});
                new Bucket(api, "Data");
                foreach (var name in new[] { "a", "b" })
                    new Bucket(this, {|CDK110:"Assets"|}, new BucketProps { BucketName = name });
                new Queue(this, "Audit");
        """));

    [Fact]
    public Task IdsWrittenAsConstantExpressions() => VerifyCS.AnalyzerAsync(InStack("""
                new Queue(this, Prefix + "Jobs");
                new Queue(this, {|CDK110:"AppJobs"|});
                new Bucket(this, nameof(Bucket));
                new Bucket(this, {|CDK110:nameof(Bucket)|});
        """, members: """
            private const string Prefix = "App";
        """));

    [Fact]
    public Task DifferentScopesAndUnknownIdsStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var api = new Construct(this, "Api");
                var web = new Construct(this, "Web");
                new Queue(api, "Jobs");
                new Queue(web, "Jobs");
                new Queue(this, id);
                new Queue(this, id + "-copy");
        """));

    [Fact]
    public Task HelperCalledTwiceWithOneId() => VerifyCS.AnalyzerAsync(InStack("""
                AddDeadLetterQueue("Dead");
                AddDeadLetterQueue({|CDK110:"Dead"|});
                AddDeadLetterQueue("Retry");
                Buckets.Add(this, "Data");
                new Bucket(this, {|CDK110:"Data"|});
                this.Audit();
                {|CDK110:this.Audit()|};
                foreach (var name in new[] { "a", "b" })
                    AddDeadLetterQueue({|CDK110:"Loop"|});
        """, members: """
            private Queue AddDeadLetterQueue(string id) => new(this, id, new QueueProps { RetentionPeriod = Duration.Days(14) });
        """) + """

        static class Buckets
        {
            public static Bucket Add(Constructs.Construct scope, string id)
            {
                var bucket = new Bucket(scope, id);
                return bucket;
            }

            public static Queue Audit(this Constructs.Construct scope) => new Queue(scope, "Audit");
        }
        """);

    [Fact]
    public Task LocalFunctionHelpersCountAtTheirCalls() => VerifyCS.AnalyzerAsync(InStack("""
                void AddEventsQueue(string name) => new Queue(this, name);
                AddEventsQueue("Events");
                AddEventsQueue({|CDK110:"Events"|});
                AddEventsQueue("Audit");
                Queue Dead() => new Queue(this, "Dead");
                Dead();
                {|CDK110:Dead()|};
                static Bucket Store(Constructs.Construct scope, string name) => new Bucket(scope, name);
                Store(this, "Data");
                Store(new Constructs.Construct(this, "Other"), "Data");
                Queue? MaybeCreate(string name) => name.Length > 0 ? new Queue(this, name) : null;
                MaybeCreate("Maybe");
                MaybeCreate("Maybe");
                void Once() => new Queue(this, "Once");
                Once();
        """));

    [Fact]
    public Task LambdaHelpersHeldInALocalCountAtTheirCalls() => VerifyCS.AnalyzerAsync(InStack("""
                var makeQueue = (string name) => new Queue(this, name);
                makeQueue("Dlq");
                makeQueue({|CDK110:"Dlq"|});
                makeQueue("Retry");
                Func<Queue> audit = () => new Queue(this, "Audit");
                audit();
                {|CDK110:audit()|};
                var maybe = (string name) => name.Length > 0 ? new Queue(this, name) : null;
                maybe("Maybe");
                maybe("Maybe");
                var once = () => new Queue(this, "Once");
                once();
                new[] { "a", "b" }.Select(name => new Queue(this, name)).ToList();
        """));

    [Fact]
    public Task LambdasAHelperRunsCreateAtItsCalls() => VerifyCS.AnalyzerAsync(InStack("""
                Add(s => new Bucket(s, "Assets"));
                {|CDK110:Add(s => new Bucket(s, "Assets"))|};
                Add(s => new Bucket(s, "Logs"));
                Factories.Make(this, scope => new Queue(scope, "Jobs"));
                {|CDK110:Factories.Make(this, scope => new Queue(scope, "Jobs"))|};
                Factories.Make(new Constructs.Construct(this, "Other"), scope => new Queue(scope, "Jobs"));
                MaybeAdd(s => new Bucket(s, "Maybe"));
                MaybeAdd(s => new Bucket(s, "Maybe"));
        """, members: """
            private T Add<T>(Func<Constructs.Construct, T> factory) where T : Constructs.Construct => factory(this);

            private void MaybeAdd(Func<Constructs.Construct, Bucket> factory)
            {
                if (Node.TryGetContext("buckets") is not null)
                    factory(this);
            }
        """) + """

        static class Factories
        {
            public static T Make<T>(Constructs.Construct scope, Func<Constructs.Construct, T> make) => make(scope);
        }
        """);

    [Fact]
    public Task WhatALoopMakesBeforeItsFirstPassIsMadeOnce() => VerifyCS.AnalyzerAsync(InStack("""
                foreach (var queue in new[] { new Queue(this, "Orders"), new Queue(this, "Emails") })
                    queue.ApplyRemovalPolicy(RemovalPolicy.DESTROY);
                for (var dlq = new Queue(this, "Dlq"); dlq is null;)
                    new Queue(this, {|CDK110:"Retry"|});
        """));

    [Fact]
    public Task HelpersThatMayNotCreateOrCreateElsewhereStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                GetOrAdd("Jobs");
                GetOrAdd("Jobs");
                var api = new Construct(this, "Api");
                Add(api, "Dead");
                Add(this, "Dead");
                string[] stages = ["prod"];
                foreach (var stage in stages)
                    Add(this, $"Dead-{stage}");
                Add(this, id);
                Add(this, id);
        """, members: """
            private readonly System.Collections.Generic.Dictionary<string, Queue> _queues = new();

            private Queue GetOrAdd(string name)
            {
                if (_queues.TryGetValue(name, out var queue))
                    return queue;
                return _queues[name] = new Queue(this, name);
            }

            private static Queue Add(Constructs.Construct scope, string name) => new(scope, name);
        """));

    [Fact]
    public Task AHelperClassCreatesInTheScopeItIsGiven() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                new GenericTable(this, "Spaces", ["location"]);
                new GenericTable(this, "Bookings", []);
                new GenericTable(this, {|CDK110:"Spaces"|}, []);
                new Holder(this, "Jobs");
                {|CDK110:new Holder(this, "Jobs")|};
        """, "DynamoDB SQS", types: """
        public sealed class GenericTable
        {
            private readonly Stack _stack;

            public GenericTable(Stack stack, string name, string[] indexes)
            {
                _stack = stack;
                var table = new Table(_stack, name, new TableProps { PartitionKey = new Attribute { Name = "id", Type = AttributeType.STRING } });
                foreach (var index in indexes)
                    table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { IndexName = index, PartitionKey = new Attribute { Name = index, Type = AttributeType.STRING } });
            }
        }

        public sealed class Holder
        {
            public Holder(Stack stack, string prefix)
            {
                new Queue(stack, prefix + "Queue");
                if (prefix.Length > 100)
                    return;
                new Queue(stack, prefix + "Dead");
            }
        }
        """));

    [Fact]
    public Task AnIdALoopsListGivesBesideTheSameIdAroundTheLoop() => VerifyCS.AnalyzerAsync(InStack("""
                new Queue(this, "Audit");
                foreach (var name in new[] { "Orders", {|CDK110:"Audit"|} })
                    new Queue(this, name);
                new Queue(this, {|CDK110:"Orders"|});
                foreach (var name in new[] { "Emails", "Sms" })
                {
                    if (name == "Sms")
                        continue;
                    new Bucket(this, name);
                }
                new Bucket(this, "Sms");
                foreach (var name in new[] { "Jobs", "Reports" })
                {
                    var group = new Construct(this, $"{name}Group");
                    new Queue(group, name);
                }
                new Queue(this, "Jobs");
        """));
}

using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.ReservedConcurrencyAnalyzer>;

namespace CdkAnalyzers.Tests;

public class ReservedConcurrencyTests
{
    private static string InStack(string body) => TestCode.Stack(body, "Lambda", members: """
            private const int Processing = 100;

            private static FunctionProps Props(double? reserved) => new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved };
        """, parameters: ", int configured = 5");

    private static DiagnosticResult Reserved(int location, string value, string total, string budget = "0")
        => new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(value, total, budget);

    private const string Seed = """
                new Function(this, "Processing", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = Processing|} });
                new Function(this, "Validation", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#1:ReservedConcurrentExecutions = 50|} });
                new CfnFunction(this, "Notification", new CfnFunctionProps { Role = "arn:aws:iam::aws:role/x", Code = new CfnFunction.CodeProperty { ZipFile = "x" }, {|#2:ReservedConcurrentExecutions = 25|} });
        """;

    [Fact]
    public Task SeedThreeFunctionsNameTheirTotal() => VerifyCS.AnalyzerAsync(new[] { InStack(Seed) }, expected: new[]
    {
        Reserved(0, "100", "175"),
        Reserved(1, "50", "175"),
        Reserved(2, "25", "175"),
    });

    [Fact]
    public Task SamFunctionsReserveAsLambdaFunctionsDo() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.SAM;
        using Constructs;

        public class WorkerStack : Stack
        {
            public WorkerStack(Construct scope, string id) : base(scope, id)
            {
                new CfnFunction(this, "Ingest", new CfnFunctionProps { Runtime = "python3.13", Handler = "app.handler", CodeUri = "src/", {|#0:ReservedConcurrentExecutions = 40|} });
                var export = new CfnFunction(this, "Export", new CfnFunctionProps { Runtime = "python3.13", Handler = "app.handler", CodeUri = "src/" });
                {|#1:export.ReservedConcurrentExecutions = 10|};
            }
        }
        """ }, expected: new[]
    {
        Reserved(0, "40", "50"),
        Reserved(1, "10", "50"),
    });

    [Fact]
    public Task AConstructMadeInsideAnotherReservesPerOuterCallReportedWhereItIsWritten() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                new Service(this, "Orders", new ServiceSpec("orders", {|#0:40|}));
                new Service(this, "Users", new ServiceSpec("users", {|#1:60|}));
        """, "Lambda", types: """
        public sealed record ServiceSpec(string Name, int Reserved);

        public sealed class ApiFunction : Construct
        {
            public ApiFunction(Construct scope, string id, int reserved) : base(scope, id)
                => new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved });
        }

        public sealed class Service : Construct
        {
            public Service(Construct scope, string id, ServiceSpec spec) : base(scope, id) => new ApiFunction(this, "Api", spec.Reserved);
        }
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("40", "100", "0"),
        new DiagnosticResult("CDK103", DiagnosticSeverity.Warning).WithLocation(1).WithArguments("60", "100", "0"),
    });

    [Fact]
    public Task APropsHelpersReservationIsReportedWhereEachCallerWritesIt() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                var ingest = new FunctionSettings { Reserved = {|#0:20|} };
                var export = new FunctionSettings { Reserved = {|#1:5|} };
                new Function(this, "Ingest", ingest.ToProps());
                new Function(this, "Export", export.ToProps());
                new Function(this, "Report", new FunctionSettings().ToProps());
        """, "Lambda", types: """
        public sealed class FunctionSettings
        {
            public double? Reserved { get; init; }
        }

        public static class FunctionSettingsExtensions
        {
            public static FunctionProps ToProps(this FunctionSettings settings) => new()
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = settings.Reserved,
            };
        }
        """) }, expected: new[]
    {
        Reserved(0, "20", "25"),
        Reserved(1, "5", "25"),
    });

    [Fact]
    public Task WithinTheBudgetIsSilent() => VerifyCS.AnalyzerAsync(InStack(Seed), editorConfig: "CDK103.budget = 175\n");

    [Fact]
    public Task OverTheBudgetReportsEach() => VerifyCS.AnalyzerAsync(new[] { InStack(Seed) }, editorConfig: "CDK103.budget = 150\n", expected: new[]
    {
        Reserved(0, "100", "175", "150"),
        Reserved(1, "50", "175", "150"),
        Reserved(2, "25", "175", "150"),
    });

    [Fact]
    public Task AFunctionPerElementOfAKnownListReservesOnEachPass() => VerifyCS.AnalyzerAsync(new[] { InStack("""
                foreach (var name in new[] { "Orders", "Billing", "Audit" })
                    new Function(this, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = 20|} });
                foreach (var reserved in new double[] { {|#1:10|}, {|#2:5|} })
                    new Function(this, "Fn" + reserved, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved });
        """) }, editorConfig: "CDK103.budget = 65\n", expected: new[]
    {
        Reserved(0, "20", "75", "65"),
        Reserved(1, "10", "75", "65"),
        Reserved(2, "5", "75", "65"),
    });

    [Fact]
    public Task AFallbackEveryPassTakesReservesOnEachPass() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var worker in settings.Workers)
                    new Function(this, worker.Name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = worker.Reserved ?? 500|} });
                foreach (var worker in settings.Mixed)
                    new Function(this, "Mixed" + worker.Name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#1:ReservedConcurrentExecutions = worker.Reserved ?? 20|} });
        """, "Lambda", parameters: ", AppSettings settings = null", types: """
        public sealed record WorkerSpec(string Name, int? Reserved = null);

        public sealed record AppSettings(IReadOnlyList<WorkerSpec> Workers, IReadOnlyList<WorkerSpec> Mixed);

        public static class Settings
        {
            public static readonly AppSettings Current = new([new("Ingest"), new("Report")], [{|#2:new("A", 30)|}, new("B")]);

            public static AppStack Make(Construct scope) => new(scope, "App", null, Current);
        }
        """) }, editorConfig: "CDK103.budget = 900\n", expected: new[]
    {
        Reserved(0, "500", "1050", "900"),
        Reserved(1, "20", "1050", "900"),
        Reserved(2, "30", "1050", "900"),
    });

    [Fact]
    public Task EachEntryOfADictionaryLoopReservesItsOwnNumber() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var (name, reserved) in config.Concurrency)
                    new Function(this, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved });
        """, "Lambda", parameters: ", FunctionsConfig config = null", types: """
        public sealed record FunctionsConfig(Dictionary<string, int> Concurrency)
        {
            public static AppStack Make(Construct scope) => new(scope, "App", null, new FunctionsConfig(new Dictionary<string, int> { ["ingest"] = {|#0:50|}, ["report"] = {|#1:10|} }));
        }
        """) }, editorConfig: "CDK103.budget = 55\n", expected: new[]
    {
        Reserved(0, "50", "60", "55"),
        Reserved(1, "10", "60", "55"),
    });

    [Fact]
    public Task AFunctionAHelperOrConstructMakesReservesOncePerCall() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                MakeFunction("Api", {|#0:50|});
                MakeFunction("Jobs", {|#1:100|});
                new Worker(this, "Thumbnails");
                foreach (var name in new[] { "Exports", "Imports" })
                    new Worker(this, name);
        """, "Lambda", members: """
            private Function MakeFunction(string id, double reserved) => new(this, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved,
            });
        """, types: """
        public sealed class Worker : Construct
        {
            public Worker(Construct scope, string id) : base(scope, id)
            {
                foreach (var stage in new[] { "Fetch", "Store" })
                    new Function(this, stage, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#2:ReservedConcurrentExecutions = 10|} });
            }
        }
        """) }, expected: new[]
    {
        Reserved(0, "50", "210"),
        Reserved(1, "100", "210"),
        Reserved(2, "10", "210"),
    });

    [Fact]
    public Task ABuildersFieldCountsOnceHoweverOftenItBuilds() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                new FunctionBuilder(this, "Api").Reserve(10).Build();
                new FunctionBuilder(this, "Jobs").Build();
        """, "Lambda", types: """
        public sealed class FunctionBuilder(Construct scope, string id)
        {
            private double? _reserved;

            public FunctionBuilder Reserve(double count) { _reserved = count; return this; }

            public Function Build() => new(scope, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = _reserved|},
            });
        }
        """) }, expected: Reserved(0, "10", "10"));

    [Fact]
    public Task AConstructMadeOnEachPassReservesWhatEachElementGives() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var service in Services)
                    new Worker(this, service.Name, service);
        """, "Lambda", members: """
            private static readonly ServiceSettings[] Services = [new("Orders"), {|#0:new("Payments", Reserved: 50)|}, new("Audit")];
        """, types: """
        public sealed record ServiceSettings(string Name, int? Reserved = null);

        public sealed class Worker : Construct
        {
            public Worker(Construct scope, string id, ServiceSettings service) : base(scope, id)
            {
                new Function(this, "Handler", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = service.Reserved,
                });
            }
        }
        """) }, expected: Reserved(0, "50", "50"));

    [Fact]
    public Task NoFixForAReservationAHelperIsGiven() => VerifyCS.NoFixAsync<ReservedConcurrencyCodeFix>(TestCode.Stack("""
                MakeFunction("Api", {|CDK103:50|});
        """, "Lambda", members: """
            private Function MakeFunction(string id, double reserved) => new(this, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved,
            });
        """));

    [Fact]
    public Task FixRemovesTheIfThatOnlyGuardsTheReservation() => VerifyCS.FixAsync<ReservedConcurrencyCodeFix>(ReservedConcurrencyCodeFix.RemoveReservationKey, nonLocal: true, source: TestCode.Stack("""
                var isProd = (string?)Node.TryGetContext("stage") == "prod";
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                if (isProd)
                    {|CDK103:props.ReservedConcurrentExecutions = 50|};
                new Function(this, "Fn", props);
        """, "Lambda"), fixedSource: TestCode.Stack("""
                var isProd = (string?)Node.TryGetContext("stage") == "prod";
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                new Function(this, "Fn", props);
        """, "Lambda"));

    [Fact]
    public Task NoFixForAReservationAnIfWithSideEffectsGuards() => VerifyCS.NoFixAsync<ReservedConcurrencyCodeFix>(TestCode.Stack("""
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") };
                if (Node.TryGetContext("stage") is "prod")
                    {|CDK103:props.ReservedConcurrentExecutions = 50|};
                else
                    props.Description = "dev";
                new Function(this, "Fn", props);
        """, "Lambda"));

    [Fact]
    public Task NoFixForANumberAnElementWrites() => VerifyCS.NoFixAsync<ReservedConcurrencyCodeFix>(TestCode.Stack("""
                foreach (var (name, reserved) in Reservations)
                    new Function(this, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = reserved > 0 ? reserved : null });
        """, "Lambda", members: """
            private static readonly Dictionary<string, int> Reservations = new() { ["Api"] = 0, ["Jobs"] = {|CDK103:5|} };
        """));

    [Fact]
    public Task UnknownAndZeroValuesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "A", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = configured });
                new Function(this, "B", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = 0 });
                new Function(this, "C", Props(null));
        """));

    [Fact]
    public Task FixRemovesTheProperty() => VerifyCS.FixAsync<ReservedConcurrencyCodeFix>(ReservedConcurrencyCodeFix.RemoveReservationKey, InStack("""
                new Function(this, "Processing", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    {|CDK103:ReservedConcurrentExecutions = 100|},
                });
        """), InStack("""
                new Function(this, "Processing", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                });
        """), nonLocal: true);

    [Fact]
    public Task FixRemovesAnEscapeHatchsReservation() => VerifyCS.FixAsync<ReservedConcurrencyCodeFix>(ReservedConcurrencyCodeFix.RemoveReservationKey, InStack("""
                var fn = new Function(this, "Processing", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var cfn = (CfnFunction)fn.Node.DefaultChild!;
                {|CDK103:cfn.ReservedConcurrentExecutions = 10|};
                cfn.Description = "processing";
        """), InStack("""
                var fn = new Function(this, "Processing", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var cfn = (CfnFunction)fn.Node.DefaultChild!;
                cfn.Description = "processing";
        """), nonLocal: true);

    [Fact]
    public Task AFunctionPerKeyOfADictionaryReservesWhatItsEntryWrites() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                foreach (var name in Reservations.Keys)
                    new Function(this, name, new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = Reservations.GetValueOrDefault(name) });
        """, "Lambda", members: """
            private static readonly Dictionary<string, int?> Reservations = new() { {|#0:["Checkout"] = 20|}, ["Search"] = null };
        """) }, expected: new[] { Reserved(0, "20", "20") });

    [Fact]
    public Task AFunctionMadeOnEachPassOfACountedLoopReservesOnEachPass() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                for (var shard = 0; shard < 3; shard++)
                    new Function(this, $"Shard{shard}", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#0:ReservedConcurrentExecutions = 5|} });
                foreach (var i in Enumerable.Range(1, 2))
                    new Function(this, $"Worker{i}", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#1:ReservedConcurrentExecutions = 10|} });
                for (var step = 0; step <= 8; step += 4)
                    new Function(this, $"Step{step}", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), {|#2:ReservedConcurrentExecutions = 1|} });
        """, "Lambda") }, expected: new[] { Reserved(0, "5", "38"), Reserved(1, "10", "38"), Reserved(2, "1", "38") });
}

using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.ReservedEnvironmentVariableAnalyzer>;

namespace CdkAnalyzers.Tests;

public class ReservedEnvironmentVariableTests
{
    private static string InStack(string body, string members = "")
        => TestCode.Stack(body, "Lambda", members, parameters: ", string key = \"K\"");

    [Fact]
    public Task CollectionInitializerInFunctionProps() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        {|CDK101:{ "AWS_REGION", "us-east-1" }|},
                        { "TABLE", "orders" },
                    },
                });
        """));

    [Theory]
    [InlineData("_HANDLER")]
    [InlineData("AWS_DEFAULT_REGION")]
    [InlineData("AWS_LAMBDA_FUNCTION_NAME")]
    [InlineData("AWS_SESSION_TOKEN")]
    [InlineData("LAMBDA_TASK_ROOT")]
    [InlineData("LAMBDA_RUNTIME_DIR")]
    public Task EveryReservedKeyInIndexInitializer(string key) => VerifyCS.AnalyzerAsync(InStack($$"""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "index.handler",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string> { {|CDK101:["{{key}}"] = "v"|} },
                });
        """));

    [Fact]
    public Task DictionaryInALocalFilledLater() => VerifyCS.AnalyzerAsync(InStack("""
                var env = new Dictionary<string, string> { { "TABLE", "orders" } };
                {|CDK101:env.Add("AWS_REGION", "us-east-1")|};
                {|CDK101:env["AWS_ACCESS_KEY_ID"] = "x"|};
                env["STAGE"] = "dev";
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = env };
                new Function(this, "Fn", props);
        """));

    [Fact]
    public Task KeyFromConstAndInterpolation() => VerifyCS.AnalyzerAsync(InStack("""
                const string prefix = "AWS_";
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        {|CDK101:{ RegionKey, "x" }|},
                        {|CDK101:{ $"{prefix}EXECUTION_ENV", "x" }|},
                        {|CDK101:{ prefix + "SECRET_ACCESS_KEY", "x" }|},
                    },
                });
        """, members: """
            private const string RegionKey = "AWS_REGION";
        """));

    [Fact]
    public Task AddEnvironmentOnFunctionAndSingleton() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                fn.AddEnvironment({|CDK101:"AWS_REGION"|}, "us-east-1");
                fn.AddEnvironment("TABLE", "orders");
                var single = new SingletonFunction(this, "Single", new SingletonFunctionProps
                {
                    Uuid = "6f1e3e2a-0000-4000-8000-000000000000",
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string> { {|CDK101:{ "_X_AMZN_TRACE_ID", "x" }|} },
                });
                single.AddEnvironment({|CDK101:"AWS_LAMBDA_RUNTIME_API"|}, "x");
        """));

    [Fact]
    public Task DockerImageFunctionPropsThroughFunctionOptions() => VerifyCS.AnalyzerAsync(InStack("""
                new DockerImageFunction(this, "Img", new DockerImageFunctionProps
                {
                    Code = DockerImageCode.FromImageAsset("image"),
                    Environment = new Dictionary<string, string> { {|CDK101:{ "AWS_REGION", "x" }|} },
                });
        """));

    [Fact]
    public Task CfnFunctionVariables() => VerifyCS.AnalyzerAsync(InStack("""
                new CfnFunction(this, "L1", new CfnFunctionProps
                {
                    Role = "arn:aws:iam::aws:policy/x",
                    Code = new CfnFunction.CodeProperty { ZipFile = "x" },
                    Environment = new CfnFunction.EnvironmentProperty
                    {
                        Variables = new Dictionary<string, string> { {|CDK101:{ "AWS_REGION", "x" }|}, { "OK", "y" } },
                    },
                });
        """));

    [Fact]
    public Task SamFunctionVariablesAndOverrides() => VerifyCS.AnalyzerAsync("""
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.SAM;
        using Constructs;

        public class ApiStack : Stack
        {
            public ApiStack(Construct scope, string id) : base(scope, id)
            {
                var variables = new Dictionary<string, string> { ["TABLE"] = "orders" };
                {|CDK101:variables.Add("AWS_REGION", "eu-west-1")|};
                var orders = new CfnFunction(this, "Orders", new CfnFunctionProps
                {
                    Runtime = "python3.13",
                    Handler = "app.handler",
                    CodeUri = "src/",
                    Environment = new CfnFunction.FunctionEnvironmentProperty { Variables = variables },
                });
                orders.AddPropertyOverride({|CDK101:"Environment.Variables.AWS_LAMBDA_FUNCTION_NAME"|}, "orders");
                orders.AddPropertyOverride("Environment.Variables.STAGE", "prod");
            }
        }
        """);

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        { "REGION", "x" },
                        { "AWS_REGION_NAME", "x" },
                        { "MY_AWS_REGION", "x" },
                        { "aws_region", "x" },
                        { key, "x" },
                        { System.Environment.GetEnvironmentVariable("K") ?? "K", "x" },
                    },
                });
                fn.AddEnvironment(key, "x");
                var notLambda = new Dictionary<string, string> { { "AWS_REGION", "x" } };
        """));

    [Fact]
    public Task LocalAssignedTwiceIsUnknown() => VerifyCS.AnalyzerAsync(InStack("""
                var name = "AWS_REGION";
                name = key;
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string> { { name, "x" } },
                });
        """));

    [Fact]
    public Task EntriesAddedInALoopOverADictionary() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                foreach (var (name, value) in Settings)
                    fn.AddEnvironment(name, value);
                var extra = new Dictionary<string, string> { ["STAGE"] = "dev" };
                {|CDK101:extra.Add("_HANDLER", "x")|};
                foreach (var pair in extra)
                    fn.AddEnvironment(pair.Key, pair.Value);
                foreach (var (name, value) in new[] { ("AWS_REGION_NAME", "x") })
                    fn.AddEnvironment(name, value);
        """, members: """
            private static readonly Dictionary<string, string> Settings = new()
            {
                ["LOG_LEVEL"] = "info",
                {|CDK101:["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "256"|},
            };
        """));

    [Fact]
    public Task DictionariesMergedInALoopBeforeTheyArePassed() => VerifyCS.AnalyzerAsync(InStack("""
                var variables = new Dictionary<string, string> { ["STAGE"] = "dev" };
                foreach (var (name, value) in Settings)
                    variables[name] = value;
                foreach (var pair in Extra)
                    variables.TryAdd(pair.Key, pair.Value);
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables,
                });
        """, members: """
            private static readonly Dictionary<string, string> Settings = new() { ["LOG_LEVEL"] = "info", {|CDK101:["AWS_REGION"] = "eu-west-1"|} };
            private static readonly Dictionary<string, string> Extra = new() { { "MODE", "fast" }, {|CDK101:{ "LAMBDA_TASK_ROOT", "/var/task" }|} };
        """));

    [Fact]
    public Task EntriesAddedByANestedInitializerOfTheAppsOwnSettings() => VerifyCS.AnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        public sealed record HandlerSettings(string Name)
        {
            public Dictionary<string, string> Variables { get; init; } = new() { ["LOG_LEVEL"] = "info" };
        }

        public sealed class WorkerOptions
        {
            public Dictionary<string, string> Variables { get; } = new();
        }

        public sealed class HandlerStack : Stack
        {
            public HandlerStack(Construct scope, string id) : base(scope, id)
            {
                var settings = new HandlerSettings("orders") { Variables = { {|CDK101:["AWS_REGION"] = "eu-west-1"|}, ["MODE"] = "fast" } };
                Make("Orders", settings.Variables);
                var options = new WorkerOptions { Variables = { {|CDK101:{ "_HANDLER", "x" }|} } };
                Make("Worker", options.Variables);
                Make("Plain", new HandlerSettings("plain").Variables);
            }

            private Function Make(string id, IDictionary<string, string> variables) => new(this, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables,
            });
        }
        """ });

    [Fact]
    public Task EntriesWrittenByAHelperTheDictionaryIsHandedTo() => VerifyCS.AnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        public static class Variables
        {
            public static void AddTracing(this IDictionary<string, string> variables) => {|CDK101:variables["_X_AMZN_TRACE_ID"] = "on"|};
            public static void AddDefaults(IDictionary<string, string> variables, string level)
            {
                variables["LOG_LEVEL"] = level;
                {|CDK101:variables.Add("AWS_DEFAULT_REGION", "eu-west-1")|};
            }
            public static void Describe(IDictionary<string, string> variables) => variables["AWS_REGION_NAME"] = "eu-west-1";
        }

        public sealed class HelpersStack : Stack
        {
            public HelpersStack(Construct scope, string id) : base(scope, id)
            {
                var variables = new Dictionary<string, string> { ["STAGE"] = "dev" };
                Variables.AddDefaults(variables, "info");
                variables.AddTracing();
                Variables.Describe(variables);
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables,
                });
            }
        }
        """ });

    /// <summary>A builder that writes the key its caller gives; <c>%CALL%</c> is the caller's chain after the creation.</summary>
    private const string Builder = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        """ + TestCode.FunctionBuilder + """

        public sealed class BuiltStack : Stack
        {
            public BuiltStack(Construct scope, string id) : base(scope, id)
            {
                new FunctionBuilder(this, "Orders")%CALL%.Build();
            }
        }
        """;

    private const string ReservedCall = """.WithVariable("MODE", "fast").WithVariable({|CDK101:"AWS_REGION"|}, "eu-west-1")""";

    [Fact]
    public Task AKeyGivenToABuilderIsReportedWhereTheCallerWritesIt()
        => VerifyCS.AnalyzerAsync(new[] { Builder.Replace("%CALL%", ReservedCall) });

    [Fact]
    public Task FixRemovesTheBuildersCallNotItsLine() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey,
        nonLocal: true, source: Builder.Replace("%CALL%", ReservedCall), fixedSource: Builder.Replace("%CALL%", """.WithVariable("MODE", "fast")"""));

    private const string ImmutableEnvironment = """
        using System.Collections.Immutable;
        using System.Linq;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        public class AppStack : Stack
        {
            private static readonly ImmutableDictionary<string, string> Shared = ImmutableDictionary<string, string>.Empty
                .Add("LOG_LEVEL", "info")%RESERVED%;

            public AppStack(Construct scope, string id) : base(scope, id)
            {
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"),
                    Environment = Shared.ToDictionary(kv => kv.Key, kv => kv.Value),
                });
            }
        }
        """;

    [Fact]
    public Task FixRemovesALinkOfAnImmutableDictionarysChain() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, nonLocal: true,
        source: ImmutableEnvironment.Replace("%RESERVED%", "\n        .SetItem({|CDK101:\"AWS_DEFAULT_REGION\"|}, \"eu-west-1\")"),
        fixedSource: ImmutableEnvironment.Replace("%RESERVED%", ""));

    [Fact]
    public Task FixRemovesAnElementOfAListOfPairs() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var pairs = new[]
                {
                    KeyValuePair.Create("STAGE", "prod"),
                    {|CDK101:KeyValuePair.Create("AWS_REGION", "eu-west-1")|},
                };
                new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = new Dictionary<string, string>(pairs) });
        """), InStack("""
                var pairs = new[]
                {
                    KeyValuePair.Create("STAGE", "prod"),
                };
                new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = new Dictionary<string, string>(pairs) });
        """));

    [Fact]
    public Task FixRemovesTheLastTupleOfAOneLineArrayKeepingItsSpacing() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var vars = new[] { ("MODE", "batch"), {|CDK101:("LAMBDA_TASK_ROOT", "/var/task")|} };
                Array.ForEach(vars, v => fn.AddEnvironment(v.Item1, v.Item2));
        """), InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var vars = new[] { ("MODE", "batch") };
                Array.ForEach(vars, v => fn.AddEnvironment(v.Item1, v.Item2));
        """));

    [Fact]
    public Task AKeyFoundWithTryGetValue() => VerifyCS.AnalyzerAsync(InStack("""
                var overrides = new Dictionary<string, string> { ["prod"] = "AWS_REGION", ["dev"] = "DEBUG_REGION" };
                var variables = new Dictionary<string, string> { ["STAGE"] = "prod" };
                if (overrides.TryGetValue("prod", out var name))
                    {|CDK101:variables[name] = "eu-west-1"|};
                if (overrides.TryGetValue("dev", out var debug))
                    variables[debug] = "eu-west-1";
                new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables });
        """));

    [Fact]
    public Task EntriesWrittenThroughThePropsEnvironmentInSteps() => VerifyCS.AnalyzerAsync(InStack("""
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = new Dictionary<string, string>() };
                {|CDK101:props.Environment["AWS_REGION"] = "eu-west-1"|};
                props.Environment["STAGE"] = "dev";
                {|CDK101:props.Environment.Add("_HANDLER", "x")|};
                new Function(this, "Fn", props);
        """));

    [Fact]
    public Task FixRemovesAStepWrittenThroughTheProps() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = new Dictionary<string, string>() };
                props.Environment["STAGE"] = "dev";
                {|CDK101:props.Environment["AWS_REGION"] = "eu-west-1"|};
                new Function(this, "Fn", props);
        """), InStack("""
                var props = new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = new Dictionary<string, string>() };
                props.Environment["STAGE"] = "dev";
                new Function(this, "Fn", props);
        """));

    [Fact]
    public Task DictionaryGivenThroughARecordAndCopied() => VerifyCS.AnalyzerAsync(new[] { """
        using System.Collections.Generic;
        using System.Linq;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Lambda;
        using Constructs;

        public sealed record WorkerSettings(
            IReadOnlyDictionary<string, string> Selected, IDictionary<string, string> Whole, IReadOnlyDictionary<string, string> Constructed,
            IReadOnlyDictionary<string, string> Renamed);

        public sealed class Worker : Construct
        {
            public Worker(Construct scope, string id, WorkerSettings settings) : base(scope, id)
            {
                new Function(this, "Selected", Props(settings.Selected.ToDictionary(kv => kv.Key, kv => kv.Value)));
                new Function(this, "Whole", Props(settings.Whole.ToDictionary()));
                new Function(this, "Constructed", Props(new Dictionary<string, string>(settings.Constructed)));
                new Function(this, "Renamed", Props(settings.Renamed.ToDictionary(kv => "APP_" + kv.Key, kv => kv.Value)));
            }

            private static FunctionProps Props(Dictionary<string, string> variables)
                => new() { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = variables };
        }

        public sealed class WorkerStack : Stack
        {
            public WorkerStack(Construct scope, string id) : base(scope, id)
            {
                new Worker(this, "Worker", new WorkerSettings(
                    new Dictionary<string, string> { {|CDK101:["AWS_LAMBDA_RUNTIME_API"] = "x"|}, ["MODE"] = "fast" },
                    new Dictionary<string, string> { {|CDK101:["_HANDLER"] = "x"|} },
                    new Dictionary<string, string> { {|CDK101:["AWS_REGION"] = "x"|} },
                    new Dictionary<string, string> { ["AWS_DEFAULT_REGION"] = "x" }));
            }
        }
        """ });

    [Fact]
    public Task FixRemovesTheEntryNotTheLoop() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var settings = new Dictionary<string, string>
                {
                    ["LOG_LEVEL"] = "info",
                    {|CDK101:["AWS_REGION"] = "eu-west-1"|},
                };
                foreach (var (name, value) in settings)
                    fn.AddEnvironment(name, value);
        """), InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var settings = new Dictionary<string, string>
                {
                    ["LOG_LEVEL"] = "info",
                };
                foreach (var (name, value) in settings)
                    fn.AddEnvironment(name, value);
        """));

    [Fact]
    public Task FixRemovesElementAndKeepsTheRest() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        // where the orders go
                        { "TABLE", "orders" },
                        {|CDK101:{ "AWS_REGION", "us-east-1" }|},
                        {|CDK101:{ "AWS_DEFAULT_REGION", "us-east-1" }|},
                        { "STAGE", "dev" },
                    },
                });
        """), InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        // where the orders go
                        { "TABLE", "orders" },
                        { "STAGE", "dev" },
                    },
                });
        """), iterations: 2);

    [Fact]
    public Task FixRemovesARecordOrTupleFromItsList() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                Variable[] variables = [new("LOG_LEVEL", "info"), {|CDK101:new("_HANDLER", "app.main")|}, new("STAGE", "dev")];
                var pairs = new List<(string Key, string Value)> { {|CDK101:("AWS_REGION", "eu-west-1")|}, ("TABLE", "orders") };
                new Function(this, "Records", Props(variables.ToDictionary(v => v.Name, v => v.Value)));
                new Function(this, "Tuples", Props(pairs.ToDictionary(p => p.Key, p => p.Value)));
        """, Props) + Variable, InStack("""
                Variable[] variables = [new("LOG_LEVEL", "info"), new("STAGE", "dev")];
                var pairs = new List<(string Key, string Value)> { ("TABLE", "orders") };
                new Function(this, "Records", Props(variables.ToDictionary(v => v.Name, v => v.Value)));
                new Function(this, "Tuples", Props(pairs.ToDictionary(p => p.Key, p => p.Value)));
        """, Props) + Variable, iterations: 2, nonLocal: true);

    [Fact]
    public Task FixRemovesAnElementAddedInALoop() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var fn = new Function(this, "Fn", Props(new Dictionary<string, string>()));
                (string Name, string Value)[] pairs = [("LOG_LEVEL", "info"), {|CDK101:("AWS_REGION", "eu-west-1")|}];
                foreach (var (name, value) in pairs)
                    fn.AddEnvironment(name, value);
                Variable[] variables = [{|CDK101:new("_HANDLER", "app.main")|}, new("STAGE", "dev")];
                foreach (var variable in variables)
                    fn.AddEnvironment(variable.Name, variable.Value);
        """, Props) + Variable, InStack("""
                var fn = new Function(this, "Fn", Props(new Dictionary<string, string>()));
                (string Name, string Value)[] pairs = [("LOG_LEVEL", "info")];
                foreach (var (name, value) in pairs)
                    fn.AddEnvironment(name, value);
                Variable[] variables = [new("STAGE", "dev")];
                foreach (var variable in variables)
                    fn.AddEnvironment(variable.Name, variable.Value);
        """, Props) + Variable, iterations: 2);

    [Fact]
    public Task AKeyGivenToAHelperIsReportedAtTheCallWithoutAFix() => VerifyCS.NoFixAsync<ReservedEnvironmentVariableCodeFix>(InStack("""
                var fn = new Function(this, "Fn", Props(new Dictionary<string, string>()));
                Wire(fn, "STAGE", "dev");
                Wire(fn, {|CDK101:"AWS_REGION"|}, "eu-west-1");
        """, """
            private static void Wire(Function fn, string name, string value)
            {
                fn.AddEnvironment(name, value);
                fn.AddToRolePolicy(new Amazon.CDK.AWS.IAM.PolicyStatement());
            }
        """ + Props));

    [Fact]
    public Task AKeyAHelperComposesFromItsCallersPartsIsReportedAtTheCall() => VerifyCS.NoFixAsync<ReservedEnvironmentVariableCodeFix>(InStack("""
                var fn = new Function(this, "Fn", Props(new Dictionary<string, string>()));
                Set(fn, "APP", "TABLE", "orders");
                Set(fn, {|CDK101:"AWS"|}, "REGION", "eu-west-1");
        """, """
            private static void Set(Function fn, string prefix, string name, string value) => fn.AddEnvironment($"{prefix}_{name}", value);
        """ + Props));

    [Fact]
    public Task NoFixForATupleGivenAsAnArgument() => VerifyCS.NoFixAsync<ReservedEnvironmentVariableCodeFix>(InStack("""
                Make({|CDK101:("AWS_REGION", "eu-west-1")|}, ("TABLE", "orders"));
        """, """
            private Function Make(params (string Key, string Value)[] variables)
                => new(this, "Fn", Props(variables.ToDictionary(v => v.Key, v => v.Value)));
        """ + Props));

    [Fact]
    public Task KeysAHelperCopiesFromItsParamsAreReportedAtEachCall() => VerifyCS.AnalyzerAsync(InStack("""
                new Function(this, "A", Props(Env(("STAGE", "dev"), ({|CDK101:"AWS_REGION"|}, "eu-west-1"))));
                new Function(this, "B", Props(Env(({|CDK101:"AWS_ACCESS_KEY_ID"|}, "x"))));
        """, """
            private static Dictionary<string, string> Env(params (string Key, string Value)[] pairs)
            {
                var variables = new Dictionary<string, string>();
                foreach (var (key, value) in pairs)
                    variables[key] = value;
                return variables;
            }
        """ + Props));

    private const string Props = """
            private static FunctionProps Props(Dictionary<string, string> variables)
                => new() { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Environment = variables };
        """;

    private const string Variable = "\npublic sealed record Variable(string Name, string Value);\n";

    [Fact]
    public Task FixRemovesIndexInitializer() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        ["TABLE"] = "orders",
                        {|CDK101:["AWS_REGION"] = "us-east-1"|},
                    },
                });
        """), InStack("""
                new Function(this, "Fn", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12,
                    Handler = "h",
                    Code = Code.FromInline("x"),
                    Environment = new Dictionary<string, string>
                    {
                        ["TABLE"] = "orders",
                    },
                });
        """));

    [Fact]
    public Task FixRemovesStatements() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var env = new Dictionary<string, string>();
                {|CDK101:env.Add("AWS_REGION", "us-east-1")|};
                env["STAGE"] = "dev";
                {|CDK101:env["AWS_LAMBDA_FUNCTION_NAME"] = "x"|};
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = env });
                fn.AddEnvironment({|CDK101:"AWS_REGION"|}, "us-east-1");
                fn.AddEnvironment("A", "b");
        """), InStack("""
                var env = new Dictionary<string, string>();
                env["STAGE"] = "dev";
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = env });
                fn.AddEnvironment("A", "b");
        """), iterations: 3);

    [Fact]
    public Task FixRemovesCallFromFluentChain() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var same = fn.AddEnvironment("A", "b").AddEnvironment({|CDK101:"AWS_REGION"|}, "x");
        """), InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var same = fn.AddEnvironment("A", "b");
        """));

    [Fact]
    public Task EscapeHatchOverridesOfOneVariable() => VerifyCS.AnalyzerAsync(InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var cfn = (CfnFunction)fn.Node.DefaultChild;
                cfn.AddPropertyOverride({|CDK101:"Environment.Variables.AWS_REGION"|}, "eu-west-1");
                cfn.AddPropertyOverride("Environment.Variables.REGION", "eu-west-1");
                cfn.AddPropertyOverride("Timeout", 30);
                cfn.AddPropertyOverride("Environment.Variables", new Dictionary<string, string>());
                if (fn.Node.DefaultChild is CfnFunction child)
                    child.AddOverride({|CDK101:"Properties.Environment.Variables.LAMBDA_RUNTIME_DIR"|}, "/opt");
                new CfnResource(this, "Other", new CfnResourceProps { Type = "Custom::Thing" }).AddPropertyOverride("Environment.Variables.AWS_REGION", "x");
        """));

    [Fact]
    public Task FixRemovesTheOverride() => VerifyCS.FixAsync<ReservedEnvironmentVariableCodeFix>(ReservedEnvironmentVariableCodeFix.RemoveEntryKey, InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var cfn = (CfnFunction)fn.Node.DefaultChild;
                cfn.AddPropertyOverride({|CDK101:"Environment.Variables.AWS_REGION"|}, "eu-west-1");
                cfn.AddPropertyOverride("Timeout", 30);
        """), InStack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var cfn = (CfnFunction)fn.Node.DefaultChild;
                cfn.AddPropertyOverride("Timeout", 30);
        """));

    [Fact]
    public Task EntriesAFilterKeepsAndEntriesReadFromEachPass() => VerifyCS.AnalyzerAsync(InStack("""
                var filtered = new Function(this, "Filtered", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"),
                    Environment = Shared.Where(kv => kv.Key != "AWS_REGION").ToDictionary(kv => kv.Key, kv => kv.Value),
                });
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                foreach (var (name, value) in Extra)
                    fn.AddEnvironment(name, value);
                foreach (var name in Settings.Keys)
                    fn.AddEnvironment(name, Settings.GetValueOrDefault(name, "none"));
        """, members: """
            private static readonly Dictionary<string, string> Shared = new()
            {
                ["AWS_REGION"] = "eu-west-1",
                {|CDK101:["AWS_ACCESS_KEY_ID"] = "from-vault"|},
                ["LOG_LEVEL"] = "info",
            };
            private static readonly Dictionary<string, string> Extra = new() { {|CDK101:["_X_AMZN_TRACE_ID"] = "off"|}, ["MODE"] = "batch" };
            private static readonly Dictionary<string, string> Settings = new() { [{|CDK101:"LAMBDA_TASK_ROOT"|}] = "/var/task" };
        """));
}

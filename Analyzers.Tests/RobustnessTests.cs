using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace CdkAnalyzers.Tests;

/// <summary>Half-typed code never makes an analyzer throw; a project without the CDK gets nothing registered.</summary>
public class RobustnessTests
{
    public static TheoryData<string> HalfTypedSources => new()
    {
        // Unfinished object initializer.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.Lambda; using Constructs; using System.Collections.Generic;
        class S : Stack { public S(Construct scope, string id) : base(scope, id) {
            new Function(this, "Fn", new FunctionProps { Environment = new Dictionary<string, string> { { "AWS_REG
        """,
        // Missing arguments and unbalanced braces.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.DynamoDB; using Constructs;
        class S : Stack { public S(Construct scope, string id) : base(scope, id) {
            var t = new Table(this, );
            t.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps { PartitionKey = new Amazon.CDK.AWS.DynamoDB.Attribute { Name = , Type = AttributeType.
        """,
        // Missing key and value, an indexer without an index, AddEnvironment without arguments.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.Lambda; using Constructs; using System.Collections.Generic;
        class S : Stack { public S(Construct scope, string id) : base(scope, id) {
            var env = new Dictionary<string, string> { { }, [] = "x", { "A" } };
            env.Add();
            env[] = "y";
            var fn = new Function(this, "Fn", new FunctionProps { Environment = env });
            fn.AddEnvironment();
            fn.AddEnvironment("AWS_REGION");
        }}
        """,
        // Principals and outputs half written.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.IAM; using Constructs;
        class S : Stack { public S(Construct scope, string id) : base(scope, id) {
            new AccountPrincipal("1111111
            new ArnPrincipal($"arn:aws:iam::{
            new CfnOutput(this, "X", new CfnOutputProps { Value =
        """,
        // A stack class with no body, a constructor without a body, a CfnTable with holes.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.DynamoDB; using Amazon.CDK.AWS.S3; using Constructs;
        class A : Stack
        class B : Stack { public B(Construct scope, string id) : base(scope, id); Bucket b = new Bucket(this, "B"); }
        class C : Stack { public C(Construct s, string id) : base(s, id) { new CfnTable(this, "T", new CfnTableProps { KeySchema = new[] { new CfnTable.KeySchemaProperty { AttributeName = } } }); } }
        """,
        // Constants that do not resolve, recursive locals, interpolation holes with format strings.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.IAM; using Constructs;
        class S : Stack {
            const string A = B + "1"; const string B = A + "2";
            public S(Construct scope, string id) : base(scope, id) {
                var x = x + "111111111111";
                new ArnPrincipal($"arn:aws:iam::{A}:root{id,10:X}");
                new AccountPrincipal(Missing.Value);
            }
        }
        """,
        // Loops over dictionaries, per-element lambdas, constant-key reads, nested initializers, helpers and exports, half written.
        """
        using Amazon.CDK; using Amazon.CDK.AWS.IAM; using Amazon.CDK.AWS.Lambda; using Amazon.CDK.AWS.Lambda.EventSources; using Amazon.CDK.AWS.SQS;
        using Constructs; using System.Collections.Generic; using System.Linq;
        class S : Stack {
            static readonly Dictionary<string, string> Accounts = new() { ["dev"] = "111111111111", [] = };
            public S(Construct scope, string id) : base(scope, id) {
                foreach (var (stage, account) in )
                    new Role(this, "R" + stage, new RoleProps { AssumedBy = new AccountPrincipal(account) });
                foreach (var pair in Accounts)
                    new Role(this, "T" + pair.Key, new RoleProps { AssumedBy = new AccountPrincipal(pair.) });
                var queues = new Dictionary<string, Queue> { ["a"] = new Queue(this, "A") };
                var fn = new Function(this, "F", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                fn.AddEventSource(new SqsEventSource(queues[]));
                fn.AddEventSource(new SqsEventSource(queues["a"));
                var principals = Accounts.Values.Select(a => new AccountPrincipal(a).ToArray();
                Accounts.Keys.ToList().ForEach(=> new Queue(this, "Q"));
                new List<string> { "x" }.ForEach(n => );
                var arn = string.Join(":", "arn", "aws", "iam", "", "111111111111", );
                var variables = new Dictionary<string, string>();
                Fill(variables, );
                variables.Fill2();
                var props = new FunctionProps { Environment = new Dictionary<string, string>() };
                props.Environment[] = "x";
                props.Environment.Add("AWS_REGION");
                ExportValue();
                new Settings { Variables = { [] = "x", ["AWS_REGION"] } };
            }
            static void Fill(IDictionary<string, string> d, string k) => d[k] = ;
        }
        static class Ext { public static void Fill2(this IDictionary<string, string> d) => d["_HANDLER"] = "x"; }
        class Settings { public Dictionary<string, string> Variables { get; } = new(); }
        class N : NestedStack { public N(Construct s, string i) : base(s, i) { ExportValue(; new CfnOutput(this, ); } }
        """,
    };

    [Theory]
    [MemberData(nameof(HalfTypedSources))]
    public async Task HalfTypedCodeRaisesNoAnalyzerException(string source)
    {
        var (diagnostics, exceptions, _) = await AllAnalyzers.RunAsync(AllAnalyzers.Compile(new[] { source }));
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task CompleteStackWithoutMistakesReportsNothing()
    {
        var source = """
            using Amazon.CDK; using Amazon.CDK.AWS.S3; using Constructs;
            class S : Stack { public S(Construct scope, string id) : base(scope, id) {
                var bucket = new Bucket(this, "B");
                new CfnOutput(this, "BucketName", new CfnOutputProps { Value = bucket.BucketName });
            } }
            """;
        var (diagnostics, exceptions, _) = await AllAnalyzers.RunAsync(AllAnalyzers.Compile(new[] { source }));
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task ProjectWithoutTheCdkRegistersNothingButTheCompilationStart()
    {
        var source = """
            using System.Collections.Generic;
            class Settings { public Dictionary<string, string> Environment = new() { { "AWS_REGION", "us-east-1" } }; string Account = "111111111111"; }
            """;
        var (diagnostics, exceptions, driver) = await AllAnalyzers.RunAsync(AllAnalyzers.Compile(new[] { source }, withCdk: false));
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
        foreach (var analyzer in AllAnalyzers.Analyzers)
        {
            var telemetry = await driver.GetAnalyzerTelemetryInfoAsync(analyzer, default);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            var registered = telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount
                + telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount + telemetry.SyntaxNodeActionsCount
                + telemetry.SyntaxTreeActionsCount + telemetry.SemanticModelActionsCount + telemetry.CompilationEndActionsCount
                + telemetry.CodeBlockActionsCount + telemetry.CodeBlockStartActionsCount;
            Assert.True(registered == 0, $"{analyzer.GetType().Name} registered {registered} actions on a compilation without the CDK");
        }
    }
}

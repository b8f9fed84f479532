using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>Collection expressions and spreads, static readonly arrays, lists built with initializers and Add.</summary>
public class CollectionTests
{
    private static string StateMachineWith(string actions, string members = "") => Stack($$"""
                var role = new Role(this, "Role", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = {{actions}}, Resources = ["*"] }));
                var logs = new LogGroup(this, "Logs");
                {|#0:new CfnStateMachine(this, "Machine", new CfnStateMachineProps
                {
                    RoleArn = role.RoleArn,
                    DefinitionString = "{}",
                    LoggingConfiguration = new CfnStateMachine.LoggingConfigurationProperty { Level = "ALL" },
                })|};
        """, "IAM Logs StepFunctions", members: members);

    /// <summary>The state machine of <see cref="StateMachineWith"/>, expected silent.</summary>
    private static string Silent(string source) => source.Replace("{|#0:", "").Replace("})|};", "});");

    private static DiagnosticResult NotAllowed(string actions)
        => new DiagnosticResult("CDK104", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments($"its role 'role' does not allow {actions}");

    private const string SevenActions = """
            private static readonly string[] LogDelivery =
            [
                "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            ];
        """;

    [Fact]
    public Task SpreadOfAStaticArrayWithTheLastActionAllowsAll()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { Silent(StateMachineWith("[.. LogDelivery, \"logs:DescribeLogGroups\"]", SevenActions)) });

    [Fact]
    public Task SpreadWithoutTheLastActionNamesOnlyThatOne()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("[.. LogDelivery]", SevenActions) },
            expected: NotAllowed("logs:DescribeLogGroups"));

    [Fact]
    public Task FunctionsMadeBySelectOverAKnownListAreEachConsumer() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(Stack("""
                string[] names = ["ingest", "enrich"];
                var functions = names.Select(name => new Function(this, name, new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Minutes(name == "ingest" ? 5 : 1),
                })).ToList();
                var queue = new Queue(this, "Work", new QueueProps { {|CDK109:VisibilityTimeout = Duration.Minutes(2)|} });
                foreach (var fn in functions)
                    fn.AddEventSource(new SqsEventSource(queue));
        """, "Lambda Lambda.EventSources SQS"));

    [Fact]
    public Task AnElementPickedByFirstSingleOrLast() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var prod = Accounts.First(a => a.Stage == "prod");
                new Role(this, "Prod", new RoleProps { AssumedBy = new AccountPrincipal(prod.Account) });
                var shared = Accounts.SingleOrDefault(a => a.Stage == "shared") ?? Accounts.Last();
                new Role(this, "Shared", new RoleProps { AssumedBy = new AccountPrincipal(shared.Account) });
                var last = Accounts.Last();
                new Role(this, "Last", new RoleProps { AssumedBy = new AccountPrincipal(last.Account) });
        """, "IAM", members: """
            private sealed record StageAccount(string Stage, string Account);

            // The dev account reaches no construct: the picks above keep the others.
            private static readonly StageAccount[] Accounts =
            [
                new("dev", "493817265012"),
                new("prod", {|CDK201:"493817265013"|}),
                new("test", {|CDK201:"493817265014"|}),
            ];
        """));

    [Fact]
    public Task APositionalRecordDeconstructedIsItsProperties() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var (account, stage) = new StageAccount({|CDK201:"493817265012"|}, "prod");
                new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountPrincipal(account) });
                var copy = new StageAccount("493817265099", "dev") with { Account = {|CDK201:"493817265013"|} };
                var (copied, _) = copy;
                new Role(this, "Copy", new RoleProps { AssumedBy = new AccountPrincipal(copied) });
        """, "IAM", members: """
            private sealed record StageAccount(string Account, string Stage);
        """));

    [Fact]
    public Task ACopyMadeWithWithReadsTheOriginalsMembers() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var defaults = new Site({|CDK102:"Site-Data"|}, "eu-west-1");
                Site? overrides = Node.TryGetContext("site") is string name ? new Site(name, "eu-west-1") : null;
                var site = defaults with { Bucket = overrides?.Bucket ?? defaults.Bucket };
                new Bucket(this, "Data", new BucketProps { BucketName = site.Bucket });
                var kept = defaults with { Bucket = defaults.Bucket.ToLowerInvariant() };
                new Bucket(this, "Kept", new BucketProps { BucketName = kept.Bucket });
        """, "S3", members: """
            private sealed record Site(string Bucket, string Region);
        """));

    [Fact]
    public Task DictionaryReadWithAKeyThatIsNotKnownMayBeAnyOfItsValues() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                new Role(this, "Deploy", new RoleProps { AssumedBy = new AccountPrincipal(Accounts[stage]) });
                new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal(Audit[Stage.Prod]) });
        """, "IAM", members: """
            public enum Stage { Dev, Prod }
            private static readonly Stage stage = System.Enum.Parse<Stage>(System.Environment.GetEnvironmentVariable("STAGE")!);
            private static readonly Dictionary<Stage, string> Accounts = new() { [Stage.Dev] = {|CDK202:"111122223333"|}, [Stage.Prod] = {|CDK201:"493817265012"|} };
            private static readonly Dictionary<Stage, string> Audit = new() { [Stage.Dev] = "111111111111", [Stage.Prod] = {|CDK201:"210987654321"|} };
        """));

    [Fact]
    public Task ListBuiltWithAnInitializerAndAdd()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("actions.ToArray()", "").Replace(
                "        var role = ", """
                        var actions = new List<string> { "logs:CreateLogDelivery", "logs:GetLogDelivery" };
                        actions.Add("logs:UpdateLogDelivery");
                        actions.AddRange(["logs:DeleteLogDelivery", "logs:ListLogDeliveries"]);
                        var role = 
                """.TrimEnd()) },
            expected: NotAllowed("logs:PutResourcePolicy, logs:DescribeResourcePolicies, logs:DescribeLogGroups"));

    private const string YieldedActions = """
            private static IEnumerable<string> Delivery(bool all)
            {
                foreach (var action in Seven())
                    yield return action;
                if (all)
                    yield return "logs:DescribeLogGroups";
            }

            private static IEnumerable<string> Seven()
            {
                yield return "logs:CreateLogDelivery";
                yield return "logs:GetLogDelivery";
                yield return "logs:UpdateLogDelivery";
                yield return "logs:DeleteLogDelivery";
                yield return "logs:ListLogDeliveries";
                yield return "logs:PutResourcePolicy";
                yield return "logs:DescribeResourcePolicies";
            }
        """;

    [Fact]
    public Task WhatAnIteratorYieldsInAStraightLine()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("Seven().ToArray()", YieldedActions) },
            expected: NotAllowed("logs:DescribeLogGroups"));

    [Fact]
    public Task AnIteratorThatBranchesMayYieldMoreAndIsSilent()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { Silent(StateMachineWith("Delivery(all: true).ToArray()", YieldedActions)) });

    [Fact]
    public Task ActionsFromAParameterNobodyPassesAreUnknownAndSilent()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { Silent(StateMachineWith("Extra", "    public string[] Extra { get; set; } = System.Array.Empty<string>();\n")) });

    [Fact]
    public Task AccountsInACollectionExpressionOfStackProps() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                string[] accounts = [{|CDK202:"111111111111"|}, .. Others];
                new Role(this, "Trust", new RoleProps { AssumedBy = new CompositePrincipal([.. accounts.Select(a => new AccountPrincipal(a))]) });
                foreach (var account in accounts)
                    new CfnOutput(this, "Trusted" + account, new CfnOutputProps { Value = $"arn:aws:iam::{account}:root" });
        """, "IAM", members: """
            private static readonly List<string> Others = new() { {|CDK201:"493817265012"|} };
        """));

    private const string MakeFunction = """
            private Function MakeFunction(string id, params (string Key, string Value)[] variables) => new(this, id, new FunctionProps
            {
                Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"),
                Environment = variables.ToDictionary(v => v.Key, v => v.Value),
            });
        """;

    [Fact]
    public Task TuplesMadeIntoADictionaryKeepEachKeyWithItsValue() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                MakeFunction("Api", ("TABLE", table.TableName), {|CDK101:("AWS_REGION", "eu-west-1")|});
                MakeFunction("Worker", ("LOG_LEVEL", "info"));
        """, "DynamoDB Lambda", members: MakeFunction));

    [Fact]
    public Task PairsAppendedAndPrependedBeforeTheDictionaryIsMade() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var environment = Common
                    .Append((Key: "TABLE_NAME", Value: table.TableName))
                    .Prepend({|CDK101:(Key: "AWS_LAMBDA_FUNCTION_NAME", Value: "orders")|})
                    .ToDictionary(p => p.Key, p => p.Value);
                new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = environment });
        """, "DynamoDB Lambda", members: """
            private static readonly (string Key, string Value)[] Common = [("LOG_LEVEL", "info"), {|CDK101:("AWS_EXECUTION_ENV", "custom")|}];
        """));

    [Fact]
    public Task PairsAndDictionariesJoinedBeforeTheDictionaryIsMade() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var joined = Common.Concat(new Dictionary<string, string> { {|CDK101:["AWS_REGION"] = "eu-west-1"|} }).ToDictionary(p => p.Key, p => p.Value);
                new Function(this, "Joined", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = joined });
                var pairs = new[] { KeyValuePair.Create("LOG_LEVEL", "info"), {|CDK101:new KeyValuePair<string, string>("_HANDLER", "main")|} };
                new Function(this, "Copied", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = new Dictionary<string, string>(pairs) });
                var tracing = System.Collections.Immutable.ImmutableDictionary.CreateRange(new[] { {|CDK101:KeyValuePair.Create("_X_AMZN_TRACE_ID", "off")|} });
                new Function(this, "Immutable", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = tracing });
        """, "Lambda", members: """
            private static readonly Dictionary<string, string> Common = new() { ["LOG_LEVEL"] = "info", {|CDK101:["AWS_EXECUTION_ENV"] = "custom"|} };
        """));

    [Fact]
    public Task PairsAddedByArrayForEach() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                var fn = new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x") });
                var variables = new[] { ("MODE", "batch"), {|CDK101:("LAMBDA_TASK_ROOT", "/var/task")|} };
                Array.ForEach(variables, v => fn.AddEnvironment(v.Item1, v.Item2));
        """, "Lambda"));

    [Fact]
    public Task PairsAnIteratorYields() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                new Function(this, "Api", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = Variables().ToDictionary(p => p.Key, p => p.Value) });
        """, "Lambda", members: """
            private static IEnumerable<KeyValuePair<string, string>> Variables()
            {
                yield return new("LOG_LEVEL", "info");
                yield return {|CDK101:new("AWS_REGION", "eu-west-1")|};
            }
        """));

    [Fact]
    public Task TuplesMadeIntoADictionaryPairTheServiceWithItsConstruct() => Verify<EnvironmentServiceMismatchAnalyzer>.AnalyzerAsync(Stack("""
                var table = new Table(this, "Orders", new TableProps { PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                var queue = new Queue(this, "Jobs");
                MakeFunction("Api", ("DDB_TABLE", table.TableName), ("SQS_URL", queue.QueueUrl));
                MakeFunction("Worker", ("DDB_TABLE", table.TableName), {|CDK302:("SQS_URL", table.TableName)|});
        """, "DynamoDB Lambda SQS", members: MakeFunction));

    [Fact]
    public Task RecordsAndPairsMadeIntoADictionary() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                Variable[] variables = [new("LOG_LEVEL", "info"), {|CDK101:new("_HANDLER", "app.main")|}];
                var pairs = new List<KeyValuePair<string, string>> { new("STAGE", "dev"), {|CDK101:new("AWS_LAMBDA_RUNTIME_API", "x")|} };
                new Function(this, "Records", Props(variables.ToDictionary(v => v.Name, v => v.Value)));
                new Function(this, "Pairs", Props(pairs.ToDictionary(p => p.Key, p => p.Value)));
                new Function(this, "Renamed", Props(variables.ToDictionary(v => v.Name.ToLowerInvariant(), v => v.Value)));
        """, "Lambda", members: """
            private static FunctionProps Props(Dictionary<string, string> variables)
                => new() { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromAsset("src"), Environment = variables };
        """, types: "public sealed record Variable(string Name, string Value);"));

    [Fact]
    public Task IndexesMadeBySelectingFromAList() => Verify<DynamoDbKeyCasingAnalyzer>.AnalyzerAsync(Stack("""
                string[] indexes = ["byStatus", "byCustomer"];
                new TableV2(this, "Orders", new TablePropsV2
                {
                    PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING },
                    SortKey = new Attribute { Name = "sk", Type = AttributeType.STRING },
                    GlobalSecondaryIndexes = [.. indexes.Select(index => new GlobalSecondaryIndexPropsV2
                    {
                        IndexName = index,
                        PartitionKey = new Attribute { {|CDK401:Name = "GSI1pk"|}, Type = AttributeType.STRING },
                    })],
                });
        """, "DynamoDB"));

    [Fact]
    public Task EntriesOfADictionaryALambdaRunsOver() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var names = new Dictionary<string, string> { ["audit"] = "acme-audit-logs", ["backup"] = {|CDK102:"acme-Backups"|} };
                var buckets = names.ToDictionary(kv => kv.Key, kv => new Bucket(this, kv.Key, new BucketProps { BucketName = kv.Value }));
                var suffixes = new Dictionary<string, string> { ["media"] = {|CDK102:"_media"|} };
                var more = suffixes.Select(entry => new Bucket(this, entry.Key, new BucketProps { BucketName = "acme" + entry.Value })).ToList();
        """, "S3"));
}

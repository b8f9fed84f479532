using System.Threading.Tasks;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests.Values;

/// <summary>
/// Values held in symbols: locals written several times (the writes that reach the use), fields and properties,
/// records and primary constructors (the arguments at every creation), parameters of helpers (the arguments at
/// every call), helpers that return a value.
/// </summary>
public class SymbolTests
{
    [Fact]
    public Task LocalWrittenInABranchKeepsBothValues() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var name = "orders-data";
                if (Node.TryGetContext("prod") is not null)
                    name = {|CDK102:"Orders-Prod"|};
                new Bucket(this, "Data", new BucketProps { BucketName = name });
        """, "S3"));

    [Fact]
    public Task LocalOverwrittenBeforeUseKeepsOnlyTheLastValue() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var name = "Orders-Data";
                name = name.ToLowerInvariant();
                new Bucket(this, "Data", new BucketProps { BucketName = name });
                var other = "Orders";
                other = "orders-archive";
                new Bucket(this, "Archive", new BucketProps { BucketName = other });
        """, "S3"));

    [Fact]
    public Task NullForgivingUseIsNotAWrite() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                string? name = {|CDK102:"Orders-Data"|};
                System.Console.WriteLine(name!.Length);
                new Bucket(this, "Data", new BucketProps { BucketName = name });
        """, "S3"));

    [Fact]
    public Task NullForgivenValuesAreWhatTheyForgive() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var data = NameFor({|CDK102:"Data"|})!;
                string logs;
                logs = NameFor({|CDK102:"Logs"|})!;
                List<string> names = [NameFor({|CDK102:"Audit"|})!];
                new Bucket(this, "Data", new BucketProps { BucketName = data });
                new Bucket(this, "Logs", new BucketProps { BucketName = logs });
                new Bucket(this, "Audit", new BucketProps { BucketName = names[0] });
        """, "S3", members: """
            private static string? NameFor(string purpose) => $"orders-{purpose}";
        """));

    [Fact]
    public Task FieldsAndAutoPropertiesFromInitializersAndConstructors() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                _audit = {|CDK202:"444455556666"|};
                new Role(this, "Ops", new RoleProps { AssumedBy = new AccountPrincipal(_ops) });
                new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal(_audit) });
                new Role(this, "Security", new RoleProps { AssumedBy = new AccountPrincipal(SecurityAccount) });
        """, "IAM", members: """
            private readonly string _ops = {|CDK202:"111111111111"|};
            private readonly string _audit;
            public string SecurityAccount { get; } = {|CDK201:"493817265012"|};
        """));

    [Fact]
    public Task RecordCreatedWithPositionalAndNamedArguments() => Verify<AccountIdAnalyzer>.AnalyzerAsync(new[]
    {
        """
        namespace Infra;

        public sealed record EnvConfig(string Account, string Region);

        public static class Environments
        {
            public static readonly EnvConfig Prod = new({|CDK202:"111111111111"|}, "eu-west-1");
            public static readonly EnvConfig Dev = new EnvConfig(Region: "eu-west-1", Account: {|CDK202:"222222222222"|});
        }
        """,
        """
        using Amazon.CDK;
        using Infra;

        var app = new App();
        new Stack(app, "Prod", new StackProps { Env = new Amazon.CDK.Environment { Account = Environments.Prod.Account, Region = Environments.Prod.Region } });
        new Stack(app, "Dev", new StackProps { Env = new Amazon.CDK.Environment { Account = Environments.Dev.Account, Region = Environments.Dev.Region } });
        app.Synth();
        """,
    }, outputKind: Microsoft.CodeAnalysis.OutputKind.ConsoleApplication);

    [Fact]
    public Task RecordPropertyOfTheOneInstanceUsed() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var prod = new Stage("Prod", {|CDK202:"333333333333"|});
                var unused = new Stage("Dev", "210987654321");
                new Role(this, "Deployer", new RoleProps { AssumedBy = new AccountPrincipal(prod.Account) });
        """, "IAM", types: """
        public record Stage(string Name, string Account);
        """));

    [Fact]
    public Task APropertyAMethodOfTheConstructorSetsIsWhatThatMethodWrites() => Verify<QueueVisibilityTimeoutAnalyzer>.AnalyzerAsync(Stack("""
                var data = new DataStore(this);
                var fn = new Function(this, "Worker", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Timeout = Duration.Seconds(45),
                });
                fn.AddEventSource(new SqsEventSource(data.Jobs));
        """, "Lambda Lambda.EventSources SQS", types: """
        public sealed class DataStore
        {
            public DataStore(Constructs.Construct scope)
            {
                CreateQueues(scope);
            }

            public Queue Jobs { get; private set; } = null!;

            private void CreateQueues(Constructs.Construct scope) => Jobs = {|CDK109:new Queue(scope, "Jobs")|};
        }
        """));

    [Fact]
    public Task PrimaryConstructorParameterCapturedInAProperty() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                var settings = new StorageSettings({|CDK102:"Orders_Data"|});
                new Bucket(this, "Data", new BucketProps { BucketName = settings.BucketName });
        """, "S3", types: """
        public class StorageSettings(string bucketName)
        {
            public string BucketName { get; } = bucketName;
        }
        """));

    [Fact]
    public Task ParameterOfAPrivateHelperTakesEveryCallersArgument() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                TrustAccount({|CDK202:"111111111111"|});
                TrustAccount({|CDK202:"222222222222"|});
        """, "IAM", members: """
            private void TrustAccount(string account)
                => new Role(this, "Trust" + account, new RoleProps { AssumedBy = new AccountPrincipal(account) });
        """));

    [Fact]
    public Task ParameterOfAnInternalStaticHelperOutsideTheCdk() => Verify<AccountIdAnalyzer>.AnalyzerAsync(new[]
    {
        Stack("""
                new Role(this, "Trust", new RoleProps { AssumedBy = Principals.Account({|CDK202:"012345678901"|}) });
        """, "IAM"),
        """
        using Amazon.CDK.AWS.IAM;

        internal static class Principals
        {
            internal static IPrincipal Account(string id) => new AccountPrincipal(id);
        }
        """,
    });

    [Fact]
    public Task HelperReturningADictionary() => Verify<ReservedEnvironmentVariableAnalyzer>.AnalyzerAsync(Stack("""
                new Function(this, "Fn", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = BaseEnv() });
                new Function(this, "Fn2", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), Environment = BaseEnv() });
        """, "Lambda", members: """
            private static Dictionary<string, string> BaseEnv() => new()
            {
                ["TABLE"] = "orders",
                {|CDK101:["AWS_REGION"] = "eu-west-1"|},
            };
        """));

    [Fact]
    public Task HelperReturningAValueBuiltFromItsArgument() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                new Bucket(this, "Data", new BucketProps { BucketName = NameFor({|CDK102:"Data"|}) });
                new Bucket(this, "Logs", new BucketProps { BucketName = NameFor("logs") });
        """, "S3", members: """
            private static string NameFor(string purpose) => $"orders-{purpose}";
        """));

    [Fact]
    public Task MethodNamedAsADelegateReturnsWhatTheMethodDoes() => Verify<BucketNameAnalyzer>.AnalyzerAsync(Stack("""
                Func<string, string> named = NameFor;
                var local = NameFor;
                new Bucket(this, "Data", new BucketProps { BucketName = named({|CDK102:"Data"|}) });
                new Bucket(this, "Logs", new BucketProps { BucketName = local("logs") });
                new Bucket(this, "Audit", new BucketProps { BucketName = Shared({|CDK102:"Audit"|}) });
        """, "S3", members: """
            private static readonly Func<string, string> Shared = NameFor;
            private static string NameFor(string purpose) => $"orders-{purpose}";
        """));

    [Fact]
    public Task LazyValueIsWhatItsFactoryReturns() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal(Audit.Value) });
                var ops = new Lazy<string>(() => {|CDK202:"222222222222"|});
                new Role(this, "Ops", new RoleProps { AssumedBy = new AccountPrincipal(ops.Value) });
                new Role(this, "Unknown", new RoleProps { AssumedBy = new AccountPrincipal(FromEnvironment.Value) });
        """, "IAM", members: """
            private static readonly Lazy<string> Audit = new(() => {|CDK202:"111111111111"|});
            private static readonly Lazy<string> FromEnvironment = new(() => System.Environment.GetEnvironmentVariable("AUDIT_ACCOUNT") ?? "");
        """));

    [Fact]
    public Task ForeachOverKnownAccounts() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                foreach (var account in TargetAccounts)
                    new Role(this, "Deploy" + account, new RoleProps { AssumedBy = new AccountPrincipal(account) });
        """, "IAM", members: """
            private static readonly string[] TargetAccounts = [{|CDK202:"111111111111"|}, {|CDK202:"222222222222"|}, {|CDK201:"493817265012"|}];
        """));

    [Fact]
    public Task PublicParameterWithoutCallersAndContextValuesStaySilent() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                new Role(this, "A", new RoleProps { AssumedBy = new AccountPrincipal(Trusted) });
        """, "IAM", types: """
        public class Trust : Construct
        {
            public Trust(Construct scope, string id, string account) : base(scope, id)
                => new Role(this, "Role", new RoleProps { AssumedBy = new AccountPrincipal(account) });
        }
        """, members: """
            public string Trusted { get; set; } = System.Environment.GetEnvironmentVariable("TRUSTED_ACCOUNT") ?? "";
        """));

    [Fact]
    public Task TuplesDeconstructedAndReadByName() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var (account, region) = ({|CDK202:"111111111111"|}, "eu-west-1");
                new Role(this, "A", new RoleProps { AssumedBy = new AccountPrincipal(account) });
                var prod = (Account: {|CDK201:"493817265012"|}, Region: "eu-west-1");
                new Role(this, "B", new RoleProps { AssumedBy = new AccountPrincipal(prod.Account) });
                foreach (var (name, target) in new[] { ("dev", {|CDK202:"222222222222"|}), ("test", {|CDK202:"333333333333"|}) })
                    new Role(this, name, new RoleProps { AssumedBy = new AccountPrincipal(target) });
        """, "IAM"));

    [Fact]
    public Task DictionariesLoopedOverByPairOrDeconstruction() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                foreach (var (stage, account) in Accounts)
                    new Role(this, "Deploy" + stage, new RoleProps { AssumedBy = new AccountPrincipal(account) });
                foreach (var pair in Trusted)
                    new Role(this, "Trust" + pair.Key, new RoleProps { AssumedBy = new AccountPrincipal(pair.Value) });
                foreach (var (account, stage) in Reversed)
                    new Role(this, "Audit" + stage, new RoleProps { AssumedBy = new AccountPrincipal(account) });
        """, "IAM", members: """
            private static readonly Dictionary<string, string> Accounts = new() { ["dev"] = {|CDK202:"111111111111"|}, ["prod"] = {|CDK201:"493817265012"|} };
            private static readonly IReadOnlyDictionary<string, string> Trusted = new Dictionary<string, string> { { "audit", {|CDK202:"222222222222"|} } };
            private static readonly Dictionary<string, string> Reversed = new() { [{|CDK202:"333333333333"|}] = "444455556666" };
        """));

    [Fact]
    public Task NestedDeconstructionsOfTuplesAndDictionaries() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                foreach (var (stage, (account, region)) in Stages)
                    new Role(this, "Deploy" + stage, new RoleProps { AssumedBy = new AccountPrincipal(account) });
                foreach (var (name, (target, _)) in new[] { ("audit", ({|CDK202:"222222222222"|}, "us-east-1")) })
                    new Role(this, name, new RoleProps { AssumedBy = new AccountPrincipal(target) });
                var (label, (owner, home)) = ("tools", ({|CDK201:"493817265012"|}, "eu-west-1"));
                new Role(this, label, new RoleProps { AssumedBy = new AccountPrincipal(owner) });
        """, "IAM", members: """
            private static readonly Dictionary<string, (string Account, string Region)> Stages = new()
            {
                ["dev"] = ({|CDK202:"111111111111"|}, "eu-west-1"),
                ["prod"] = ({|CDK201:"481516234200"|}, "eu-west-1"),
            };
        """));

    [Fact]
    public Task OutArgumentsAreWhatTheHelperWritesIntoThem() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                if (TryGetAudit(out var audit))
                    new Role(this, "Audit", new RoleProps { AssumedBy = new AccountPrincipal(audit) });
                string partner;
                Read("partner", out partner);
                new Role(this, "Partner", new RoleProps { AssumedBy = new AccountPrincipal(partner) });
                Read("tools", out var tools);
                new Role(this, "Tools", new RoleProps { AssumedBy = new AccountPrincipal(tools) });
                if (int.TryParse("12", out var days))
                    new Role(this, "Days" + days, new RoleProps { AssumedBy = new AccountPrincipal(Stack.Of(this).Account) });
                // An out variable written again is what the later write leaves.
                TryGetAudit(out var build);
                build = {|CDK202:"222222222222"|};
                new Role(this, "Build", new RoleProps { AssumedBy = new AccountPrincipal(build) });
        """, "IAM", members: """
            private static bool TryGetAudit(out string account)
            {
                account = {|CDK202:"111111111111"|};
                return true;
            }

            private static void Read(string name, out string account)
                => account = name == "partner" ? {|CDK201:"493817265012"|} : System.Environment.GetEnvironmentVariable("TOOLS_ACCOUNT") ?? "";
        """));

    [Fact]
    public Task PatternVariablesAreTheValueTested() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                if (Trusted is { } trusted)
                    new Role(this, "A", new RoleProps { AssumedBy = new AccountPrincipal(trusted) });
                if (Audit is string audit && audit.Length == 12)
                    new Role(this, "B", new RoleProps { AssumedBy = new AccountPrincipal(audit) });
                if (Node.TryGetContext("tools") is string tools)
                    new Role(this, "C", new RoleProps { AssumedBy = new AccountPrincipal(tools) });
        """, "IAM", members: """
            private static readonly string? Trusted = {|CDK202:"111111111111"|};
            private static readonly object Audit = {|CDK201:"481516234200"|};
        """));

    [Fact]
    public Task StringJoinConcatAndFormatWithParamsSpansOnNet10() => Verify<AccountIdAnalyzer>.AnalyzerOnNet10Async(Stack("""
                Role.FromRoleArn(this, "A", string.Join(":", "arn", "aws", "iam", "", {|CDK202:"111111111111"|}, "role/deployer"));
                Role.FromRoleArn(this, "B", string.Concat("arn:aws:iam::", {|CDK201:"493817265012"|}, ":", "role/", "deployer"));
                Role.FromRoleArn(this, "C", string.Format("arn:{0}:iam::{1}:role/{2}{3}", "aws", {|CDK202:"222222222222"|}, "deploy", "er"));
        """, "IAM"));

    [Fact]
    public Task ListFilledByANestedInitializer() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                var trust = new TrustSettings { Accounts = { {|CDK202:"111111111111"|} } };
                foreach (var account in trust.Accounts)
                    new Role(this, "Deploy" + account, new RoleProps { AssumedBy = new AccountPrincipal(account) });
        """, "IAM", types: """
        public sealed class TrustSettings
        {
            public List<string> Accounts { get; } = [{|CDK201:"493817265012"|}];
        }
        """));

    [Fact]
    public Task ElementsGivenToALambdaOverACollection() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                string[] trusted = [{|CDK202:"111122223333"|}, {|CDK201:"493817265012"|}];
                new Role(this, "A", new RoleProps { AssumedBy = new CompositePrincipal([.. trusted.Select(a => new AccountPrincipal(a))]) });
                var auditors = new List<string> { {|CDK202:"444455556666"|} };
                auditors.ForEach(account => new Role(this, "Audit" + account, new RoleProps { AssumedBy = new AccountPrincipal(account) }));
                var numbered = trusted.Select((account, index) => new AccountPrincipal(index == 0 ? account : "")).ToArray();
        """, "IAM"));

    [Fact]
    public Task ArnsBuiltWithFnJoinAndArnComponents() => Verify<HardcodedRegionAnalyzer>.AnalyzerAsync(Stack("""
                Topic.FromTopicArn(this, "A", Fn.Join(":", new[] { "arn", Aws.PARTITION, "sns", {|CDK203:"eu-west-1"|}, Aws.ACCOUNT_ID, "alerts" }));
                Topic.FromTopicArn(this, "B", Arn.Format(new ArnComponents { Service = "sns", Region = {|CDK203:"us-west-2"|}, Resource = "alerts" }, this));
                new CfnOutput(this, "Region", new CfnOutputProps { Value = "eu-west-1" });
        """, "SNS"));
}

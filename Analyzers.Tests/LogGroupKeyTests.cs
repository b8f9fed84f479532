using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.LogGroupKeyAnalyzer>;

namespace CdkAnalyzers.Tests;

public class LogGroupKeyTests
{
    private static string InStack(string body) => TestCode.Stack(body, "IAM KMS Logs", members: "    private readonly Key _shared;", parameters: ", IKey? imported = null");

    [Fact]
    public Task SeedLogGroupWithAKeyNobodyGranted() => VerifyCS.AnalyzerAsync(InStack("""
                var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
                {|CDK105:new LogGroup(this, "Processor", new LogGroupProps { EncryptionKey = key })|};
                _shared = new Key(this, "Shared");
                {|CDK105:new CfnLogGroup(this, "Raw", new CfnLogGroupProps { KmsKeyId = _shared.KeyArn })|};
                {|CDK105:new LogGroup(this, "Inline", new LogGroupProps { EncryptionKey = new Key(this, "InlineKey") })|};
        """));

    [Fact]
    public Task AKeyMadeByAHelperIsNamedByTheVariableTheLogGroupReads() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                var key = MakeKey();
                {|#0:new LogGroup(this, "Processor", new LogGroupProps { EncryptionKey = key })|};
                {|#1:new CfnLogGroup(this, "Raw", new CfnLogGroupProps { KmsKeyId = key.KeyArn })|};
        """, "KMS Logs", members: """
            private Key MakeKey() => new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
        """) }, expected: new[]
    {
        new DiagnosticResult("CDK105", DiagnosticSeverity.Error).WithLocation(0).WithArguments("key"),
        new DiagnosticResult("CDK105", DiagnosticSeverity.Error).WithLocation(1).WithArguments("key"),
    });

    [Fact]
    public Task KeyPoliciesFilledInSteps() => VerifyCS.AnalyzerAsync(InStack("""
                var logsPolicy = new PolicyDocument();
                logsPolicy.AddStatements(new PolicyStatement(new PolicyStatementProps
                {
                    Actions = ["kms:Encrypt*", "kms:Decrypt*", "kms:GenerateDataKey*"],
                    Principals = [new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com")],
                    Resources = ["*"],
                }));
                var granted = new Key(this, "Granted", new KeyProps { Policy = logsPolicy });
                new LogGroup(this, "A", new LogGroupProps { EncryptionKey = granted });
                var statement = new PolicyStatement(new PolicyStatementProps { Actions = ["kms:*"], Resources = ["*"] });
                statement.AddServicePrincipal("logs.amazonaws.com");
                var byStatement = new Key(this, "ByStatement", new KeyProps { Policy = new PolicyDocument(new PolicyDocumentProps { Statements = [statement] }) });
                new LogGroup(this, "B", new LogGroupProps { EncryptionKey = byStatement });
                var adminPolicy = new PolicyDocument();
                adminPolicy.AddStatements(new PolicyStatement(new PolicyStatementProps { Actions = ["kms:*"], Principals = [new AccountRootPrincipal()], Resources = ["*"] }));
                var admin = new Key(this, "Admin", new KeyProps { Policy = adminPolicy });
                {|CDK105:new LogGroup(this, "C", new LogGroupProps { EncryptionKey = admin })|};
        """));

    [Fact]
    public Task KeysMadeByHelpersAndLambdasAreGrantedWhereTheCallerHoldsThem() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var made = MakeKey("Made");
                made.GrantEncryptDecrypt(new ServicePrincipal("logs.amazonaws.com"));
                new LogGroup(this, "A", new LogGroupProps { EncryptionKey = made });
                var tracked = Track(() => new Key(this, "Tracked"));
                tracked.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
                new LogGroup(this, "B", new LogGroupProps { EncryptionKey = tracked });
                System.Func<Key> makeKey = () => new Key(this, "Local");
                var local = makeKey();
                local.GrantEncryptDecrypt(new ServicePrincipal("logs.amazonaws.com"));
                new LogGroup(this, "C", new LogGroupProps { EncryptionKey = local });
                var plain = MakeKey("Plain");
                {|CDK105:new LogGroup(this, "D", new LogGroupProps { EncryptionKey = plain })|};
                var untracked = Track(() => new Key(this, "Untracked"));
                {|CDK105:new LogGroup(this, "E", new LogGroupProps { EncryptionKey = untracked })|};
        """, "IAM KMS Logs", members: """
            private readonly System.Collections.Generic.List<Constructs.IConstruct> _made = new();
            private Key MakeKey(string id) => new Key(this, id, new KeyProps { EnableKeyRotation = true });
            private T Track<T>(System.Func<T> make) where T : Constructs.IConstruct
            {
                var item = make();
                _made.Add(item);
                return item;
            }
        """));

    [Fact]
    public Task AKeyAHelperMakesForACallIsNamedByItsId() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                {|#0:new LogGroup(this, "Processor", new LogGroupProps { EncryptionKey = Encrypt ? MakeKey("LogsKey") : null })|};
        """, "KMS Logs", members: """
            private static bool Encrypt => true;
            private Key MakeKey(string id) => new(this, id, new KeyProps { EnableKeyRotation = true });
        """) }, expected: new DiagnosticResult("CDK105", DiagnosticSeverity.Error).WithLocation(0).WithArguments("LogsKey"));

    [Fact]
    public Task GrantsTheModelCannotSeeAreNotReported() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var fromJson = new Key(this, "FromJson", new KeyProps { Policy = PolicyDocument.FromJson(LoadPolicy()) });
                new LogGroup(this, "A", new LogGroupProps { EncryptionKey = fromJson });
                var helped = new Key(this, "Helped");
                AllowLogs(helped);
                new LogGroup(this, "B", new LogGroupProps { EncryptionKey = helped });
                var other = new Key(this, "Other", new KeyProps
                {
                    Policy = new PolicyDocument(new PolicyDocumentProps
                    {
                        Statements = new[] { new PolicyStatement(new PolicyStatementProps { Principals = new[] { new ServicePrincipal("sns.amazonaws.com") }, Actions = new[] { "kms:*" }, Resources = new[] { "*" } }) },
                    }),
                });
                {|CDK105:new LogGroup(this, "C", new LogGroupProps { EncryptionKey = other })|};
        """, "IAM KMS Logs", members: """
            private static object LoadPolicy() => System.Text.Json.JsonSerializer.Deserialize<object>(System.IO.File.ReadAllText("key-policy.json"))!;

            private static void AllowLogs(IKey key) => key.GrantEncryptDecrypt(new ServicePrincipal("logs.amazonaws.com"));
        """));

    [Fact]
    public Task KeysHandedToThisAppsConstructsAndRecords() => VerifyCS.AnalyzerAsync(new[] { """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.Logs;
        using Constructs;

        public sealed record LogSettings(IKey Key, RetentionDays Retention);

        public sealed class PlainLogs : Construct
        {
            public PlainLogs(Construct scope, string id, IKey key) : base(scope, id)
                => new LogGroup(this, "Group", new LogGroupProps { EncryptionKey = key });
        }

        public sealed class PlainRecordLogs : Construct
        {
            public PlainRecordLogs(Construct scope, string id, LogSettings settings) : base(scope, id)
                => new LogGroup(this, "Group", new LogGroupProps { EncryptionKey = settings.Key });
        }

        public sealed class RecordLogs : Construct
        {
            public RecordLogs(Construct scope, string id, LogSettings settings) : base(scope, id)
            {
                if (settings.Retention == RetentionDays.ONE_YEAR)
                    settings.Key.GrantEncryptDecrypt(new ServicePrincipal("logs.amazonaws.com"));
                new LogGroup(this, "Group", new LogGroupProps { EncryptionKey = settings.Key, Retention = settings.Retention });
            }
        }

        public sealed class GrantingLogs : Construct
        {
            private readonly IKey _key;

            public GrantingLogs(Construct scope, string id, IKey key) : base(scope, id)
            {
                _key = key;
                new LogGroup(this, "Group", new LogGroupProps { EncryptionKey = key });
                AllowLogs();
            }

            private void AllowLogs() => _key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
        }

        public sealed class LogsStack : Stack
        {
            public LogsStack(Construct scope, string id) : base(scope, id)
            {
                var plain = new Key(this, "Plain");
                {|CDK105:new PlainLogs(this, "A", plain)|};
                var plainInRecord = new Key(this, "PlainInRecord");
                {|CDK105:new PlainRecordLogs(this, "D", new LogSettings(plainInRecord, RetentionDays.ONE_DAY))|};
                var granted = new Key(this, "Granted");
                new RecordLogs(this, "B", new LogSettings(granted, RetentionDays.ONE_YEAR));
                var byField = new Key(this, "ByField");
                new GrantingLogs(this, "C", byField);
            }
        }
        """ });

    [Fact]
    public Task AHelperIsCheckedWithTheKeyEachCallGives() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                {|#1:var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });|}
                {|#0:Logging.EncryptedLogGroup(this, "FlowLogs", key)|};
                var granted = new Key(this, "GrantedKey");
                granted.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Region}.amazonaws.com"));
                Logging.EncryptedLogGroup(this, "OkLogs", granted);
                Logging.EncryptedLogGroup(this, "OkAgain", key: granted);
        """, "IAM KMS Logs", types: """
        public static class Logging
        {
            public static LogGroup EncryptedLogGroup(Construct scope, string id, IKey key)
                => new(scope, id, new LogGroupProps { EncryptionKey = key, Retention = RetentionDays.ONE_MONTH });
        }
        """) }, expected: new DiagnosticResult("CDK105", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1).WithArguments("key"));

    [Fact]
    public Task AHelperThatCopiesTheKeyToALocalIsCheckedWithEachCallsKey() => VerifyCS.AnalyzerAsync(new[] { TestCode.Stack("""
                {|#1:var key = new Key(this, "LogsKey");|}
                var granted = new Key(this, "GrantedKey");
                granted.GrantEncryptDecrypt(new ServicePrincipal("logs.amazonaws.com"));
                Logging.EncryptedLogGroup(this, "OkLogs", granted);
                {|#0:Logging.EncryptedLogGroup(this, "FlowLogs", key)|};
        """, "IAM KMS Logs", types: """
        public static class Logging
        {
            public static LogGroup EncryptedLogGroup(Construct scope, string id, IKey key)
            {
                var encryption = key;
                return new LogGroup(scope, id, new LogGroupProps { EncryptionKey = encryption });
            }
        }
        """) }, expected: new DiagnosticResult("CDK105", DiagnosticSeverity.Error).WithLocation(0).WithLocation(1).WithArguments("key"));

    [Fact]
    public Task GrantsToTheLogsPrincipalCount() => VerifyCS.AnalyzerAsync(InStack("""
                var regional = new Key(this, "A");
                regional.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
                new LogGroup(this, "LA", new LogGroupProps { EncryptionKey = regional });

                var global = new Key(this, "B");
                global.AddToResourcePolicy(new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[] { "kms:Encrypt*", "kms:Decrypt*" },
                    Principals = new[] { new ServicePrincipal("logs.amazonaws.com") },
                    Resources = new[] { "*" },
                }));
                new LogGroup(this, "LB", new LogGroupProps { EncryptionKey = global });

                var withPolicy = new Key(this, "C", new KeyProps
                {
                    Policy = new PolicyDocument(new PolicyDocumentProps
                    {
                        Statements = new[] { new PolicyStatement(new PolicyStatementProps { Principals = new[] { new ServicePrincipal("logs.eu-west-1.amazonaws.com") }, Actions = new[] { "kms:*" }, Resources = new[] { "*" } }) },
                    }),
                });
                new CfnLogGroup(this, "LC", new CfnLogGroupProps { KmsKeyId = withPolicy.KeyArn });
        """));

    [Fact]
    public Task NearMissesStaySilent() => VerifyCS.AnalyzerAsync(InStack("""
                new LogGroup(this, "Imported", new LogGroupProps { EncryptionKey = imported });
                new LogGroup(this, "Plain");
                var key = new Key(this, "K");
                key.GrantEncryptDecrypt(new ServicePrincipal("lambda.amazonaws.com"));
                new LogGroup(this, "Unrelated", new LogGroupProps { Retention = RetentionDays.ONE_WEEK });
        """));

    [Fact]
    public Task FixGrantsWhereTheStackCreatesAKeyItHandsToAConstruct() => VerifyCS.FixAsync<LogGroupKeyCodeFix>(LogGroupKeyCodeFix.AddGrantKey, HandedKey("""
                var key = new Key(this, "LogsKey");
                {|CDK105:new AuditLogs(this, "Audit", key)|};
        """, "new LogGroup(this, \"Group\", new LogGroupProps { EncryptionKey = key })"), HandedKey("""
                var key = new Key(this, "LogsKey");
                key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
                new AuditLogs(this, "Audit", key);
        """, "new LogGroup(this, \"Group\", new LogGroupProps { EncryptionKey = key })"), nonLocal: true);

    private static string HandedKey(string stackBody, string logGroup) => $$"""
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.Logs;
        using Constructs;

        public sealed class AuditLogs : Construct
        {
            public AuditLogs(Construct scope, string id, IKey key) : base(scope, id)
                => {{logGroup}};
        }

        public sealed class LogsStack : Stack
        {
            public LogsStack(Construct scope, string id) : base(scope, id)
            {
        {{stackBody}}
            }
        }
        """;

    [Fact]
    public Task FixGrantsRightAfterTheKey() => VerifyCS.FixAsync<LogGroupKeyCodeFix>(LogGroupKeyCodeFix.AddGrantKey, InStack("""
                var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
                var other = new Key(this, "Other");
                {|CDK105:new LogGroup(this, "Processor", new LogGroupProps { EncryptionKey = key })|};
                {|CDK105:new LogGroup(this, "Audit", new LogGroupProps { EncryptionKey = other })|};
        """), InStack("""
                var key = new Key(this, "LogsKey", new KeyProps { EnableKeyRotation = true });
                key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
                var other = new Key(this, "Other");
                other.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
                new LogGroup(this, "Processor", new LogGroupProps { EncryptionKey = key });
                new LogGroup(this, "Audit", new LogGroupProps { EncryptionKey = other });
        """), iterations: 2);

    [Fact]
    public Task FixAddsTheIamUsing() => VerifyCS.FixAsync<LogGroupKeyCodeFix>(LogGroupKeyCodeFix.AddGrantKey, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.Logs;
        using Constructs;

        class S : Stack
        {
            public S(Construct scope, string id) : base(scope, id)
            {
                var key = new Key(this, "K");
                {|CDK105:new LogGroup(this, "L", new LogGroupProps { EncryptionKey = key })|};
            }
        }
        """, """
        using Amazon.CDK;
        using Amazon.CDK.AWS.IAM;
        using Amazon.CDK.AWS.KMS;
        using Amazon.CDK.AWS.Logs;
        using Constructs;

        class S : Stack
        {
            public S(Construct scope, string id) : base(scope, id)
            {
                var key = new Key(this, "K");
                key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));
                new LogGroup(this, "L", new LogGroupProps { EncryptionKey = key });
            }
        }
        """);

    [Fact]
    public Task AHelperCalledOnEachPassIsCheckedWithEachElementsKey() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var granted = new Key(this, "Granted");
                granted.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Region}.amazonaws.com"));
                var plain = new Key(this, "Plain");
                var keys = new Dictionary<string, IKey> { ["Audit"] = granted, ["Access"] = {|CDK105:plain|} };
                foreach (var (name, key) in keys)
                    MakeGroup(name, key);
        """, "IAM KMS Logs", members: """
            private LogGroup MakeGroup(string name, IKey key) => new(this, name, new LogGroupProps { EncryptionKey = key });
        """));

    [Fact]
    public Task AGrantMadeByAnExtensionMethodOfTheKey() => VerifyCS.AnalyzerAsync(TestCode.Stack("""
                var made = new Key(this, "Made").AllowLogs(this);
                new LogGroup(this, "A", new LogGroupProps { EncryptionKey = made });
                var held = new Key(this, "Held");
                held.AllowLogs(this);
                new LogGroup(this, "B", new LogGroupProps { EncryptionKey = held });
                var plain = new Key(this, "Plain");
                new CfnOutput(this, "PlainArn", new CfnOutputProps { Value = plain.Describe() });
                {|CDK105:new LogGroup(this, "C", new LogGroupProps { EncryptionKey = plain })|};
        """, "IAM KMS Logs", types: """
        public static class KeyExtensions
        {
            public static Key AllowLogs(this Key key, Stack stack)
            {
                key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{stack.Region}.amazonaws.com"));
                return key;
            }

            public static string Describe(this Key key) => key.KeyArn;
        }
        """));
}

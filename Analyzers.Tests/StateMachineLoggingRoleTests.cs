using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using VerifyCS = CdkAnalyzers.Tests.Verify<CdkAnalyzers.StateMachineLoggingRoleAnalyzer>;

namespace CdkAnalyzers.Tests;

public class StateMachineLoggingRoleTests
{
    private static string InStack(string body, string members = "", string types = "") => TestCode.Stack("""
                var logs = new LogGroup(this, "Logs");
                var logging = new CfnStateMachine.LoggingConfigurationProperty
                {
                    Level = "ALL",
                    Destinations = new[] { new CfnStateMachine.LogDestinationProperty { CloudWatchLogsLogGroup = new CfnStateMachine.CloudWatchLogsLogGroupProperty { LogGroupArn = logs.LogGroupArn } } },
                };

        """ + body, "IAM Logs StepFunctions", members, types, parameters: ", string importedArn = \"\"");

    private const string Definition = "DefinitionString = \"{\\\"StartAt\\\":\\\"Done\\\",\\\"States\\\":{\\\"Done\\\":{\\\"Type\\\":\\\"Succeed\\\"}}}\"";

    [Theory]
    [InlineData("logs:CreateLogDelivery", "logs:CreateLogDelivery", true)]
    [InlineData("LOGS:createlogdelivery", "logs:CreateLogDelivery", true)]
    [InlineData("logs:*", "logs:CreateLogDelivery", true)]
    [InlineData("*", "logs:DescribeLogGroups", true)]
    [InlineData("logs:*Delivery", "logs:GetLogDelivery", true)]
    [InlineData("logs:*Delivery", "logs:DescribeLogGroups", false)]
    [InlineData("logs:*Log*", "logs:ListLogDeliveries", true)]
    [InlineData("logs:?etLogDelivery", "logs:GetLogDelivery", true)]
    [InlineData("logs:Create*", "logs:GetLogDelivery", false)]
    [InlineData("logs:CreateLog", "logs:CreateLogDelivery", false)]
    [InlineData("logs:CreateLogDeliveryX", "logs:CreateLogDelivery", false)]
    [InlineData("logs:Describe*Policies", "logs:DescribeResourcePolicies", true)]
    [InlineData("logs:*s*s", "logs:DescribeLogGroups", true)]
    [InlineData("s3:*", "logs:PutResourcePolicy", false)]
    [InlineData("logs:.*", "logs:PutResourcePolicy", false)]
    public void ActionsMatchWithIamWildcards(string action, string required, bool allows)
        => Assert.Equal(allows, StateMachineLoggingRoleAnalyzer.Allows(action, required));

    [Fact]
    public Task SeedRoleWithoutLogDelivery() => VerifyCS.AnalyzerAsync(InStack($$"""
                var role = new Role(this, "StepFunctionsExecutionRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "lambda:InvokeFunction", "xray:PutTraceSegments" }, Resources = new[] { "*" } }));
                {|CDK104:new CfnStateMachine(this, "App", new CfnStateMachineProps { RoleArn = role.RoleArn, LoggingConfiguration = logging, {{Definition}} })|};
        """));

    [Fact]
    public Task RoleHandedToAHelperMayGetItsStatementsThere() => VerifyCS.AnalyzerAsync(InStack($$"""
                var helped = new Role(this, "Helped", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                AllowLogDelivery(helped);
                new CfnStateMachine(this, "A", new CfnStateMachineProps { RoleArn = helped.RoleArn, LoggingConfiguration = logging, {{Definition}} });
                var alone = new Role(this, "Alone", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                {|CDK104:new CfnStateMachine(this, "B", new CfnStateMachineProps { RoleArn = alone.RoleArn, LoggingConfiguration = logging, {{Definition}} })|};
        """, members: """
            private static void AllowLogDelivery(Role role)
                => role.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:*" }, Resources = new[] { "*" } }));
        """));

    [Fact]
    public Task RolesMadeByAHelperGetTheirStatementsFromEachCaller() => VerifyCS.AnalyzerAsync(InStack($$"""
                var granted = MakeRole("Granted");
                granted.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = ["logs:*"], Resources = ["*"] }));
                new CfnStateMachine(this, "A", new CfnStateMachineProps { RoleArn = granted.RoleArn, LoggingConfiguration = logging, {{Definition}} });
                var bare = MakeRole("Bare");
                {|CDK104:new CfnStateMachine(this, "B", new CfnStateMachineProps { RoleArn = bare.RoleArn, LoggingConfiguration = logging, {{Definition}} })|};
        """, members: """
            private Role MakeRole(string id)
            {
                var role = new Role(this, id, new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                return role;
            }
        """));

    [Fact]
    public Task RoleHandedToAHelperThatOnlyReadsItsArn() => VerifyCS.AnalyzerAsync(InStack($$"""
                var role = new Role(this, "Flow", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                logs.GrantWrite(role);
                {|CDK104:Machine("A", role)|};
                Describe(role);
        """, members: $$"""
            private CfnStateMachine Machine(string id, IRole role) => new(this, id, new CfnStateMachineProps
            {
                RoleArn = role.RoleArn, {{Definition}},
                LoggingConfiguration = new CfnStateMachine.LoggingConfigurationProperty { Level = "ALL" },
            });

            private static string Describe(IRole role) => $"{role.RoleName} ({role.RoleArn})";
        """));

    [Fact]
    public Task PartialListAndCfnRole() => VerifyCS.AnalyzerAsync(InStack($$"""
                var partial = new Role(this, "Partial", new RoleProps
                {
                    AssumedBy = new ServicePrincipal("states.amazonaws.com"),
                    InlinePolicies = new Dictionary<string, PolicyDocument>
                    {
                        ["logs"] = new PolicyDocument(new PolicyDocumentProps
                        {
                            Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies" }, Resources = new[] { "*" } }) },
                        }),
                    },
                });
                {|CDK104:new CfnStateMachine(this, "A", new CfnStateMachineProps { RoleArn = partial.RoleArn, LoggingConfiguration = logging, {{Definition}} })|};
                var l1 = new CfnRole(this, "L1", new CfnRoleProps { AssumeRolePolicyDocument = new Dictionary<string, object>() });
                {|CDK104:new CfnStateMachine(this, "B", new CfnStateMachineProps { RoleArn = l1.AttrArn, LoggingConfiguration = logging, {{Definition}} })|};
        """));

    [Fact]
    public Task SufficientRolesStaySilent() => VerifyCS.AnalyzerAsync(InStack($$"""
                var wildcard = new Role(this, "Wildcard", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                wildcard.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:*" }, Resources = new[] { "*" } }));
                new CfnStateMachine(this, "A", new CfnStateMachineProps { RoleArn = wildcard.RoleArn, LoggingConfiguration = logging, {{Definition}} });

                var managed = new Role(this, "Managed", new RoleProps
                {
                    AssumedBy = new ServicePrincipal("states.amazonaws.com"),
                    ManagedPolicies = new[] { ManagedPolicy.FromAwsManagedPolicyName("CloudWatchLogsFullAccess") },
                });
                new CfnStateMachine(this, "B", new CfnStateMachineProps { RoleArn = managed.RoleArn, LoggingConfiguration = logging, {{Definition}} });

                var l1 = new CfnRole(this, "L1", new CfnRoleProps { AssumeRolePolicyDocument = new Dictionary<string, object>(), ManagedPolicyArns = new[] { "arn:aws:iam::aws:policy/AWSStepFunctionsFullAccess" } });
                new CfnStateMachine(this, "C", new CfnStateMachineProps { RoleArn = l1.AttrArn, LoggingConfiguration = logging, {{Definition}} });

                var noLogging = new Role(this, "NoLogging", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                new CfnStateMachine(this, "D", new CfnStateMachineProps { RoleArn = noLogging.RoleArn, {{Definition}} });
                new CfnStateMachine(this, "E", new CfnStateMachineProps { RoleArn = importedArn, LoggingConfiguration = logging, {{Definition}} });

                // An L2 state machine adds the actions to a role it can change.
                new StateMachine(this, "L2", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromChainable(new Succeed(this, "Ok")),
                    Role = noLogging,
                    Logs = new LogOptions { Destination = logs, Level = LogLevel.ALL },
                });
                var mutableImport = Role.FromRoleArn(this, "Mutable", importedArn);
                new StateMachine(this, "L2b", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromChainable(new Succeed(this, "Ok2")),
                    Role = mutableImport,
                    Logs = new LogOptions { Destination = logs, Level = LogLevel.ALL },
                });
        """));

    [Fact]
    public Task PoliciesNamingTheRoleCountHoweverTheirTypeIsWritten() => VerifyCS.AnalyzerAsync("using IamPolicy = Amazon.CDK.AWS.IAM.Policy;\n" + InStack($$"""
                var aliased = new Role(this, "Aliased", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                new IamPolicy(this, "AliasedLogs", new PolicyProps { Roles = new[] { aliased }, Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:*" }, Resources = new[] { "*" } }) } });
                new CfnStateMachine(this, "A", new CfnStateMachineProps { RoleArn = aliased.RoleArn, LoggingConfiguration = logging, {{Definition}} });

                var qualified = new Role(this, "Qualified", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                new global::Amazon.CDK.AWS.IAM.Policy(this, "QualifiedLogs", new PolicyProps { Roles = new[] { qualified }, Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:*" }, Resources = new[] { "*" } }) } });
                new CfnStateMachine(this, "B", new CfnStateMachineProps { RoleArn = qualified.RoleArn, LoggingConfiguration = logging, {{Definition}} });

                var unrelated = new Role(this, "Unrelated", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                new IamPolicy(this, "OtherLogs", new PolicyProps { Roles = new[] { aliased }, Statements = new[] { new PolicyStatement(new PolicyStatementProps { Actions = new[] { "logs:*" }, Resources = new[] { "*" } }) } });
                {|CDK104:new CfnStateMachine(this, "C", new CfnStateMachineProps { RoleArn = unrelated.RoleArn, LoggingConfiguration = logging, {{Definition}} })|};
        """));

    [Fact]
    public Task L2WithImmutableImportedRole() => VerifyCS.AnalyzerAsync(InStack("""
                var imported = Role.FromRoleArn(this, "Imported", importedArn, new FromRoleArnOptions { Mutable = false });
                {|CDK104:new StateMachine(this, "L2", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromChainable(new Succeed(this, "Ok")),
                    Role = imported,
                    Logs = new LogOptions { Destination = logs, Level = LogLevel.ALL },
                })|};
                {|CDK104:new StateMachine(this, "L2b", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromChainable(new Succeed(this, "Ok2")),
                    Role = new Role(this, "Own", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") }).WithoutPolicyUpdates(),
                    Logs = new LogOptions { Destination = logs, Level = LogLevel.ALL },
                })|};
                var byName = Role.FromRoleName(this, "ByName", "sfn-role", new FromRoleNameOptions { Mutable = false });
                {|CDK104:new StateMachine(this, "L2c", new StateMachineProps
                {
                    DefinitionBody = DefinitionBody.FromChainable(new Succeed(this, "Ok3")),
                    Role = byName,
                    Logs = new LogOptions { Destination = logs, Level = LogLevel.ALL },
                })|};
        """));

    [Fact]
    public Task FixAddsTheStatementAfterTheRole() => VerifyCS.FixAsync<StateMachineLoggingRoleCodeFix>(StateMachineLoggingRoleCodeFix.AddStatementKey, InStack($$"""
                var role = new Role(this, "StepFunctionsExecutionRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                {|CDK104:new CfnStateMachine(this, "App", new CfnStateMachineProps { RoleArn = role.RoleArn, LoggingConfiguration = logging, {{Definition}} })|};
        """), InStack($$"""
                var role = new Role(this, "StepFunctionsExecutionRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                role.AddToPolicy(new PolicyStatement(new PolicyStatementProps
                {
                    Actions = new[]
                    {
                        "logs:CreateLogDelivery",
                        "logs:GetLogDelivery",
                        "logs:UpdateLogDelivery",
                        "logs:DeleteLogDelivery",
                        "logs:ListLogDeliveries",
                        "logs:PutResourcePolicy",
                        "logs:DescribeResourcePolicies",
                        "logs:DescribeLogGroups",
                    },
                    Resources = new[] { "*" },
                }));
                new CfnStateMachine(this, "App", new CfnStateMachineProps { RoleArn = role.RoleArn, LoggingConfiguration = logging, {{Definition}} });
        """));

    [Fact]
    public Task AHelperIsCheckedWithTheRoleEachCallGives() => VerifyCS.AnalyzerAsync(new[] { InStack($$"""
                var partial = Roles.Partial(this, "PartialRole");
                var full = Roles.Full(this, "FullRole");
                var first = {|#0:Machine("First", partial.RoleArn, logging)|};
                var second = Machine("Second", full.RoleArn, logging);
        """, members: $$"""
            private CfnStateMachine Machine(string id, string roleArn, CfnStateMachine.LoggingConfigurationProperty logging) => new(this, id, new CfnStateMachineProps
            {
                RoleArn = roleArn,
                {{Definition}},
                LoggingConfiguration = logging,
            });
        """, types: """
        static class Roles
        {
            public static Role Partial(Construct scope, string id) => new(scope, id, new RoleProps
            {
                AssumedBy = new ServicePrincipal("states.amazonaws.com"),
                InlinePolicies = new Dictionary<string, PolicyDocument>
                {
                    ["Logs"] = new PolicyDocument(new PolicyDocumentProps
                    {
                        Statements = [new PolicyStatement(new PolicyStatementProps { Actions = ["logs:CreateLogDelivery", "logs:PutResourcePolicy"], Resources = ["*"] })],
                    }),
                },
            });

            public static Role Full(Construct scope, string id)
            {
                var role = new Role(scope, id, new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                role.AddManagedPolicy(ManagedPolicy.FromAwsManagedPolicyName("CloudWatchLogsFullAccess"));
                return role;
            }
        }
        """) }, expected: new Microsoft.CodeAnalysis.Testing.DiagnosticResult("CDK104", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("its role 'PartialRole' does not allow logs:GetLogDelivery, logs:UpdateLogDelivery, logs:DeleteLogDelivery, logs:ListLogDeliveries, logs:DescribeResourcePolicies, logs:DescribeLogGroups"));

    [Fact]
    public Task AHelperThatCopiesTheRoleArnToALocalIsCheckedWithEachCallsRole() => VerifyCS.AnalyzerAsync(InStack($$"""
                var full = new Role(this, "FullRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                full.AddToPolicy(new PolicyStatement(new PolicyStatementProps { Actions = ["logs:*"], Resources = ["*"] }));
                var bare = new Role(this, "BareRole", new RoleProps { AssumedBy = new ServicePrincipal("states.amazonaws.com") });
                Machine("First", full.RoleArn, logging);
                {|CDK104:Machine("Second", bare.RoleArn, logging)|};
        """, members: $$"""
            private CfnStateMachine Machine(string id, string roleArn, CfnStateMachine.LoggingConfigurationProperty logging)
            {
                var role = roleArn;
                return new(this, id, new CfnStateMachineProps { RoleArn = role, {{Definition}}, LoggingConfiguration = logging });
            }
        """));
}

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

    private const string SevenActions = """
            private static readonly string[] LogDelivery =
            [
                "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies",
            ];
        """;

    [Fact]
    public Task SpreadOfAStaticArrayWithTheLastActionAllowsAll()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("[.. LogDelivery, \"logs:DescribeLogGroups\"]", SevenActions).Replace("{|#0:", "").Replace("})|};", "});") });

    [Fact]
    public Task SpreadWithoutTheLastActionNamesOnlyThatOne()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("[.. LogDelivery]", SevenActions) },
            expected: new DiagnosticResult("CDK104", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("its role 'role' does not allow logs:DescribeLogGroups"));

    [Fact]
    public Task ListBuiltWithAnInitializerAndAdd()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("actions.ToArray()", "").Replace(
                "        var role = ", """
                        var actions = new List<string> { "logs:CreateLogDelivery", "logs:GetLogDelivery" };
                        actions.Add("logs:UpdateLogDelivery");
                        actions.AddRange(["logs:DeleteLogDelivery", "logs:ListLogDeliveries"]);
                        var role = 
                """.TrimEnd()) },
            expected: new DiagnosticResult("CDK104", DiagnosticSeverity.Error).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("its role 'role' does not allow logs:PutResourcePolicy, logs:DescribeResourcePolicies, logs:DescribeLogGroups"));

    [Fact]
    public Task ActionsFromAParameterNobodyPassesAreUnknownAndSilent()
        => Verify<StateMachineLoggingRoleAnalyzer>.AnalyzerAsync(new[] { StateMachineWith("Extra", "    public string[] Extra { get; set; } = System.Array.Empty<string>();\n").Replace("{|#0:", "").Replace("})|};", "});") });

    [Fact]
    public Task AccountsInACollectionExpressionOfStackProps() => Verify<AccountIdAnalyzer>.AnalyzerAsync(Stack("""
                string[] accounts = [{|CDK202:"111111111111"|}, .. Others];
                new Role(this, "Trust", new RoleProps { AssumedBy = new CompositePrincipal([.. accounts.Select(a => new AccountPrincipal(a))]) });
                foreach (var account in accounts)
                    new CfnOutput(this, "Trusted" + account, new CfnOutputProps { Value = $"arn:aws:iam::{account}:root" });
        """, "IAM", members: """
            private static readonly List<string> Others = new() { {|CDK201:"493817265012"|} };
        """));
}

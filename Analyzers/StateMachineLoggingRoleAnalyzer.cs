using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK104: a state machine with logging whose role cannot deliver logs — (a) a CfnStateMachine whose role is a
/// Role/CfnRole of this app that does not allow all eight log-delivery actions, or (b) an L2 StateMachine whose
/// role is imported immutable. For (a) with an L2 Role held in a variable, the role's creation statement is the
/// additional location and property <see cref="RoleProperty"/> names the variable, for the fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StateMachineLoggingRoleAnalyzer : CdkAnalyzer
{
    public const string RoleProperty = "Role";

    /// <summary>The seven actions of the error text, plus logs:DescribeLogGroups.</summary>
    internal static readonly ImmutableArray<string> RequiredActions = ImmutableArray.Create(
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    /// <summary>AWS managed policies that include every required action.</summary>
    private static readonly ImmutableArray<string> SufficientManagedPolicies = ImmutableArray.Create("AWSStepFunctionsFullAccess", "CloudWatchLogsFullAccess");

    private static readonly Regex ActionOrPolicy = new(@"^(\*|[a-zA-Z0-9-]+:[A-Za-z0-9*?]+|[A-Za-z0-9:/_+=,.@-]+)$", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StateMachineLoggingRole);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        context.RegisterOperationBlockAction(ctx =>
        {
            foreach (var block in ctx.OperationBlocks)
            {
                foreach (var creation in block.DescendantsAndSelf().OfType<IObjectCreationOperation>())
                {
                    if (creation.Type is not { Name: "CfnStateMachine" or "StateMachine" } type)
                        continue;
                    switch (cdk.FullName(type))
                    {
                        case "Amazon.CDK.AWS.StepFunctions.CfnStateMachine":
                            CheckCfnStateMachine(ctx, creation, block, cdk);
                            break;
                        case "Amazon.CDK.AWS.StepFunctions.StateMachine":
                            CheckStateMachine(ctx, creation, block);
                            break;
                    }
                }
            }
        });
    }

    private static void CheckCfnStateMachine(OperationBlockAnalysisContext ctx, IObjectCreationOperation stateMachine, IOperation block, CdkTypes cdk)
    {
        if (Setting(stateMachine, "LoggingConfiguration") is null
            || Setting(stateMachine, "RoleArn") is not { } roleArn
            || ValueResolver.Unwrap(roleArn) is not IPropertyReferenceOperation { Property.Name: "RoleArn" or "AttrArn", Instance: { } roleValue }
            || Holders.CreationOf(roleValue, block, IsRoleType) is not { } role)
        {
            return;
        }

        var missing = MissingActions(role, block, cdk, ctx.CancellationToken);
        if (missing.Count == 0)
            return;

        var holder = Holders.Of(role);
        var statement = holder is not null && role.Type is { Name: "Role" } ? Holders.StatementOf(role) : null;
        var properties = statement is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(RoleProperty, holder!.Name);
        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMachineLoggingRole, stateMachine.Syntax.GetLocation(),
            statement is null ? null : new[] { statement }, properties,
            $"its role '{holder?.Name ?? "role"}' does not allow {string.Join(", ", missing)}"));
    }

    private static void CheckStateMachine(OperationBlockAnalysisContext ctx, IObjectCreationOperation stateMachine, IOperation block)
    {
        if (Setting(stateMachine, "Logs") is null || Setting(stateMachine, "Role") is not { } role)
            return;
        var source = ValueResolver.Unwrap(role);
        if (source is ILocalReferenceOperation local && ValueResolver.InitialValueOfLocal(local, ctx.CancellationToken) is { } initial)
            source = ValueResolver.Unwrap(initial);
        if (source is IInvocationOperation call && IsImmutableImport(call))
        {
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMachineLoggingRole, stateMachine.Syntax.GetLocation(),
                "its role is imported without policy updates, so CDK cannot add the log-delivery permissions"));
        }
    }

    /// <summary><c>Role.FromRoleArn/FromRoleName(…, new …Options { Mutable = false })</c> or <c>x.WithoutPolicyUpdates()</c>.</summary>
    private static bool IsImmutableImport(IInvocationOperation call)
        => call.TargetMethod.Name == "WithoutPolicyUpdates"
            || (call.TargetMethod.Name is "FromRoleArn" or "FromRoleName"
                && call.Arguments.Any(a => ValueResolver.Unwrap(a.Value) is IObjectCreationOperation { Initializer: { } options }
                    && options.Initializers.OfType<ISimpleAssignmentOperation>().Any(s =>
                        s.Target is IPropertyReferenceOperation { Property.Name: "Mutable" } && ValueResolver.Unwrap(s.Value).ConstantValue is { HasValue: true, Value: false })));

    /// <summary>The value assigned to a props property anywhere in the creation's initializers.</summary>
    private static IOperation? Setting(IObjectCreationOperation creation, string property)
        => creation.Descendants().OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property: var p } && p.Name == property
                && p.ContainingType.Name is "CfnStateMachineProps" or "StateMachineProps"
                && ValueResolver.Unwrap(a.Value) is not ILiteralOperation { ConstantValue.Value: null })
            ?.Value;

    private static bool IsRoleType(ITypeSymbol? type)
        => type is { Name: "Role" or "CfnRole" } && type.ToDisplayString() is "Amazon.CDK.AWS.IAM.Role" or "Amazon.CDK.AWS.IAM.CfnRole";

    /// <summary>
    /// The required actions no statement of the role allows. Statements are read from the role's props (inline
    /// policies, managed policies), from AddToPolicy/AddToPrincipalPolicy/AddManagedPolicy calls on its variable,
    /// and from Policy constructs in the same body that name the role.
    /// </summary>
    private static List<string> MissingActions(IObjectCreationOperation role, IOperation block, CdkTypes cdk, CancellationToken cancellationToken)
    {
        var sources = new List<IOperation> { role };
        if (Holders.Of(role) is { } holder)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                var refersToRole = operation switch
                {
                    IInvocationOperation { TargetMethod.Name: "AddToPolicy" or "AddToPrincipalPolicy" or "AddManagedPolicy", Instance: { } instance }
                        => SymbolEqualityComparer.Default.Equals(Holders.Referenced(instance), holder),
                    IObjectCreationOperation { Type.Name: "Policy" or "ManagedPolicy" or "CfnPolicy" } policy
                        => policy.Descendants().Any(d => SymbolEqualityComparer.Default.Equals(Holders.Referenced(d), holder)),
                    _ => false,
                };
                if (refersToRole)
                    sources.Add(operation);
            }
        }

        var actions = new List<string>();
        var managed = new List<string>();
        foreach (var operation in sources.SelectMany(s => s.DescendantsAndSelf()))
        {
            switch (operation)
            {
                // PolicyStatementProps.Actions, and the Action entries of a CfnRole policy document.
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Actions" } } assignment:
                    actions.AddRange(Strings(assignment.Value, cdk, cancellationToken));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ManagedPolicyArns" } } assignment:
                    managed.AddRange(Strings(assignment.Value, cdk, cancellationToken));
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } entry
                    when indexer.Arguments[0].Value.ConstantValue.Value is "Action":
                    actions.AddRange(Strings(entry.Value, cdk, cancellationToken));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add when add.Arguments[0].Value.ConstantValue.Value is "Action":
                    actions.AddRange(Strings(add.Arguments[1].Value, cdk, cancellationToken));
                    break;
                case IInvocationOperation { TargetMethod.Name: "AddActions" } call:
                    actions.AddRange(call.Arguments.SelectMany(a => Strings(a.Value, cdk, cancellationToken)));
                    break;
                case IInvocationOperation { TargetMethod.Name: "FromAwsManagedPolicyName" or "FromManagedPolicyArn" or "FromManagedPolicyName" } call:
                    managed.AddRange(call.Arguments.SelectMany(a => Strings(a.Value, cdk, cancellationToken)));
                    break;
            }
        }
        if (managed.Any(m => SufficientManagedPolicies.Any(p => m == p || m.EndsWith("/" + p, System.StringComparison.Ordinal))))
            return new List<string>();
        return RequiredActions.Where(required => !actions.Any(a => Allows(a, required))).ToList();
    }

    /// <summary>The known strings of a value: itself, or the elements of arrays and collections built in place.</summary>
    private static IEnumerable<string> Strings(IOperation value, CdkTypes cdk, CancellationToken cancellationToken)
        => value.DescendantsAndSelf()
            .Where(o => o.Type?.SpecialType == SpecialType.System_String && o is ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation)
            .Select(o => ValueResolver.ResolveString(o, cdk, cancellationToken)?.KnownText)
            .Where(t => t is not null && ActionOrPolicy.IsMatch(t))
            .Select(t => t!);

    /// <summary>IAM action matching: case-insensitive, with * and ? wildcards.</summary>
    private static bool Allows(string action, string required)
        => Regex.IsMatch(required, "^" + Regex.Escape(action).Replace(@"\*", ".*").Replace(@"\?", ".") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}

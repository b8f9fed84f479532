using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
public sealed class StateMachineLoggingRoleAnalyzer : CdkAnalyzer
{
    public const string RoleProperty = "Role";

    /// <summary>The seven actions of the error text, plus logs:DescribeLogGroups.</summary>
    internal static readonly ImmutableArray<string> RequiredActions = ImmutableArray.Create(
        "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
        "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    /// <summary>AWS managed policies that include every required action.</summary>
    private static readonly ImmutableArray<string> SufficientManagedPolicies = ImmutableArray.Create("AWSStepFunctionsFullAccess", "CloudWatchLogsFullAccess");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.StateMachineLoggingRole);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var types = new RoleTypes(cdk);
        if (types.CfnStateMachine is null && types.StateMachine is null)
            return;
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            // The app's own subclass of either (class OrdersMachine : CfnStateMachine) hands its props to the library's constructor.
            if (CdkTypes.Inherits(creation.Type, types.CfnStateMachine))
                CheckCfnStateMachine(ctx, creation, cdk, types);
            else if (CdkTypes.Inherits(creation.Type, types.StateMachine))
                CheckStateMachine(ctx, creation, cdk);
        }, OperationKind.ObjectCreation);
    }

    private sealed class RoleTypes
    {
        public RoleTypes(CdkTypes cdk)
        {
            CfnStateMachine = cdk.Type("Amazon.CDK.AWS.StepFunctions.CfnStateMachine");
            StateMachine = cdk.Type("Amazon.CDK.AWS.StepFunctions.StateMachine");
            Role = cdk.Type("Amazon.CDK.AWS.IAM.Role");
            Roles = cdk.Types("Amazon.CDK.AWS.IAM.Role", "Amazon.CDK.AWS.IAM.CfnRole");
            Policies = cdk.Types("Amazon.CDK.AWS.IAM.Policy", "Amazon.CDK.AWS.IAM.ManagedPolicy", "Amazon.CDK.AWS.IAM.CfnPolicy");
            // Aliases are read from every file: only when a role is first looked into, not at compilation start.
            _policyNames = new System.Lazy<ImmutableHashSet<string>>(() => Policies.Select(t => t.Name).Concat(cdk.AliasNames).ToImmutableHashSet());
        }

        private readonly System.Lazy<ImmutableHashSet<string>> _policyNames;

        /// <summary>The names a policy creation can be written with: the policy types' own and every using alias.</summary>
        public ImmutableHashSet<string> PolicyNames => _policyNames.Value;

        public INamedTypeSymbol? CfnStateMachine { get; }
        public INamedTypeSymbol? StateMachine { get; }
        public INamedTypeSymbol? Role { get; }
        public ImmutableArray<INamedTypeSymbol> Roles { get; }
        public ImmutableArray<INamedTypeSymbol> Policies { get; }
    }

    private static void CheckCfnStateMachine(OperationAnalysisContext ctx, IObjectCreationOperation stateMachine, CdkTypes cdk, RoleTypes types)
    {
        if (cdk.Values.PropsOf(stateMachine, null, ctx.CancellationToken) is not { } props)
            return;
        var settings = cdk.Values.Settings(props, ctx.CancellationToken);
        if (!settings.Any(s => s.Member.Name == "LoggingConfiguration" && !IsNull(s.Value.Operation))
            || settings.LastOrDefault(s => s.Member.Name == "RoleArn") is not { Syntax: not null } roleArn)
        {
            return;
        }
        // A helper that makes the state machine with the role its caller gives (Machine("First", role.RoleArn)) makes one
        // per call: each call is checked with its own role, and a wrong one is reported at the call.
        if (roleArn.Value.Frame is null && cdk.Values.IsGivenByCall(roleArn.Value.Operation, ctx.CancellationToken)
            && Loops.HelperCalledPerUse(stateMachine, ctx.ContainingSymbol, cdk) is { } helper)
        {
            var calls = cdk.Values.CallFramesPerElementOf(helper, ctx.CancellationToken).ToList();
            foreach (var (frame, site) in calls)
                CheckRole(ctx, new Origin(roleArn.Value.Operation, frame), site.GetLocation(), cdk, types);
            if (calls.Count > 0)
                return;
        }
        CheckRole(ctx, roleArn.Value, stateMachine.Syntax.GetLocation(), cdk, types);
    }

    private static void CheckRole(OperationAnalysisContext ctx, Origin roleArn, Location at, CdkTypes cdk, RoleTypes types)
    {
        foreach (var source in cdk.Values.Sources(roleArn, ctx.CancellationToken))
        {
            if (ValueModel.Unwrap(source.Operation) is not IPropertyReferenceOperation { Property.Name: "RoleArn" or "AttrArn", Instance: { } roleValue })
                continue;
            foreach (var (role, frame) in cdk.Values.Creations(new Origin(roleValue, source.Frame), ctx.CancellationToken))
            {
                if (!CdkTypes.IsOrExtendsOneOf(role.Type, types.Roles) || MissingActions(role, frame, cdk, types, ctx.CancellationToken) is not { Count: > 0 } missing)
                    continue;
                var holder = Holders.Of(role);
                var statement = holder is not null && SymbolEqualityComparer.Default.Equals(role.Type, types.Role) ? Holders.StatementOf(role) : null;
                var properties = statement is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(RoleProperty, holder!.Name);
                var name = holder?.Name ?? cdk.Values.ConstructIdOf(role, frame, ctx.CancellationToken) ?? "role";
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMachineLoggingRole, at,
                    statement is null ? null : new[] { statement }, properties,
                    $"its role '{name}' does not allow {string.Join(", ", missing)}"));
                return;
            }
        }
    }

    private static void CheckStateMachine(OperationAnalysisContext ctx, IObjectCreationOperation stateMachine, CdkTypes cdk)
    {
        if (cdk.Values.PropsOf(stateMachine, null, ctx.CancellationToken) is not { } props)
            return;
        var settings = cdk.Values.Settings(props, ctx.CancellationToken);
        if (!settings.Any(s => s.Member.Name == "Logs" && !IsNull(s.Value.Operation)) || settings.LastOrDefault(s => s.Member.Name == "Role") is not { Syntax: not null } role)
            return;
        foreach (var source in cdk.Values.Sources(role.Value, ctx.CancellationToken))
        {
            if (ValueModel.Unwrap(source.Operation) is IInvocationOperation call && IsImmutableImport(call, source.Frame, cdk, ctx.CancellationToken))
            {
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.StateMachineLoggingRole, stateMachine.Syntax.GetLocation(),
                    "its role is imported without policy updates, so CDK cannot add the log-delivery permissions"));
                return;
            }
        }
    }

    /// <summary><c>Role.FromRoleArn/FromRoleName(…, new …Options { Mutable = false })</c> or <c>x.WithoutPolicyUpdates()</c>.</summary>
    private static bool IsImmutableImport(IInvocationOperation call, Frame? frame, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (call.TargetMethod.Name == "WithoutPolicyUpdates")
            return true;
        if (call.TargetMethod.Name is not ("FromRoleArn" or "FromRoleName"))
            return false;
        return call.Arguments.Any(argument => argument.ArgumentKind != ArgumentKind.DefaultValue && argument.Value.Type?.SpecialType != SpecialType.System_String
            && cdk.Values.SettingsNamed(new Origin(argument.Value, frame), "Mutable", cancellationToken)
                .Any(mutable => cdk.Values.Sources(mutable.Value, cancellationToken).All(s => s.Operation.ConstantValue is { HasValue: true, Value: false })));
    }

    /// <summary>
    /// The required actions no statement of the role allows; null when some statement cannot be known (the role is
    /// handed to a method of this app, a policy is read at run time). Statements are found anywhere the role's
    /// definition reaches (inline and managed policies in its props, statements added by calls on it, helpers that
    /// build them) and in Policy constructs of the same scope that name it.
    /// </summary>
    private static List<string>? MissingActions(IObjectCreationOperation role, Frame? frame, CdkTypes cdk, RoleTypes types, CancellationToken cancellationToken)
    {
        var reached = new List<Reached> { cdk.Values.Reach(new Origin(role, frame), _ => true, cancellationToken) };
        if (Holders.Of(role) is { } holder)
        {
            foreach (var policy in PoliciesNaming(holder, role, types, cdk, cancellationToken))
                reached.Add(cdk.Values.Reach(policy, _ => true, cancellationToken));
        }

        var actions = new List<string>();
        var managed = new List<string>();
        var complete = true;
        void AddStrings(Origin value, List<string> into)
        {
            if (cdk.Values.IsEnumerable(value.Operation.Type))
            {
                var elements = cdk.Values.Elements(value, cancellationToken);
                complete &= elements.IsComplete;
                foreach (var element in elements.Items)
                    AddStrings(element, into);
                return;
            }
            foreach (var text in cdk.Values.Strings(value, cancellationToken))
            {
                if (text.KnownText is { } known)
                    into.Add(known);
                else
                    complete = false;
            }
        }

        foreach (var found in reached)
        {
            foreach (var setting in found.Settings)
            {
                if (setting.Member.Name == "Actions")
                    AddStrings(setting.Value, actions);
                else if (setting.Member.Name == "ManagedPolicyArns")
                    AddStrings(setting.Value, managed);
            }
            foreach (var entry in found.Entries)
            {
                if (cdk.Values.KnownText(entry.Key, cancellationToken) == "Action")
                    AddStrings(entry.Value, actions);
            }
            foreach (var source in found.Operations)
            {
                if (ValueModel.Unwrap(source.Operation) is not IInvocationOperation call)
                    continue;
                if (call.TargetMethod.Name == "AddActions")
                {
                    foreach (var argument in call.Arguments)
                        AddStrings(new Origin(argument.Value, source.Frame), actions);
                }
                else if (call.TargetMethod.Name is "FromAwsManagedPolicyName" or "FromManagedPolicyArn" or "FromManagedPolicyName")
                {
                    foreach (var argument in call.Arguments.Where(a => a.Value.Type?.SpecialType == SpecialType.System_String))
                        AddStrings(new Origin(argument.Value, source.Frame), managed);
                }
            }
        }

        if (managed.Any(m => SufficientManagedPolicies.Any(p => m == p || m.EndsWith("/" + p, System.StringComparison.Ordinal))))
            return new List<string>();
        var missing = RequiredActions.Where(required => !actions.Any(a => Allows(a, required))).ToList();
        // A role handed to a helper or construct of this app (AllowLogDelivery(role)) may get its statements there.
        return missing.Count > 0 && (!complete || Holders.IsHandedToThisApp(role, cancellationToken)) ? null : missing;
    }

    /// <summary>Policy constructs in the role's scope whose definition names the role (<c>Roles = [role]</c>).</summary>
    private static IEnumerable<Origin> PoliciesNaming(ISymbol holder, IObjectCreationOperation role, RoleTypes types, CdkTypes cdk, CancellationToken cancellationToken)
    {
        var scope = role.Syntax.Ancestors().FirstOrDefault(a => a is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax);
        if (scope is null || role.SemanticModel is not { } model)
            yield break;
        // By the name first: most creations in a stack are not policies, and binding each would cost more.
        foreach (var node in cdk.Values.CreationsIn(scope, types.PolicyNames))
        {
            if (model.GetOperation(node, cancellationToken) is IObjectCreationOperation policy && CdkTypes.IsOneOf(policy.Type, types.Policies)
                && policy.Descendants().Any(d => SymbolEqualityComparer.Default.Equals(Holders.Referenced(d), holder)))
            {
                yield return new Origin(policy);
            }
        }
    }

    private static bool IsNull(IOperation operation)
        => ValueModel.Unwrap(operation) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } };

    /// <summary>IAM action matching: case-insensitive, with * and ? wildcards (a * matches any run, backtracking to the last one).</summary>
    internal static bool Allows(string action, string required)
    {
        int a = 0, r = 0, star = -1, matchedByStar = 0;
        while (r < required.Length)
        {
            if (a < action.Length && (action[a] == '?' || char.ToUpperInvariant(action[a]) == char.ToUpperInvariant(required[r])))
            {
                a++;
                r++;
            }
            else if (a < action.Length && action[a] == '*')
            {
                star = a++;
                matchedByStar = r;
            }
            else if (star >= 0)
            {
                a = star + 1;
                r = ++matchedByStar;
            }
            else
            {
                return false;
            }
        }
        while (a < action.Length && action[a] == '*')
            a++;
        return a == action.Length;
    }
}

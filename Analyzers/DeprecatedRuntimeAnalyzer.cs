using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK108: a Lambda runtime that Lambda has deprecated (warning) or no longer lets anyone create functions on
/// (error), as of the analysis date, from the table in LambdaRuntimes.txt. Reported where the runtime is written:
/// <c>Runtime.DOTNET_6</c> at the member access, <c>new Runtime("dotnet6")</c> once at that creation (an identifier
/// written elsewhere, <c>new Runtime(settings.Runtime)</c>, where it is written), a string
/// (<c>CfnFunction</c>'s Runtime, a layer's CompatibleRuntimes) at the literal. The properties tell the fix what to
/// write instead.
/// </summary>
public sealed class DeprecatedRuntimeAnalyzer : CdkAnalyzer
{
    /// <summary>The identifier of the runtime to move to.</summary>
    public const string ReplacementProperty = "Replacement";

    /// <summary>The <c>Runtime</c> member for the replacement, when this CDK version has one.</summary>
    public const string ReplacementMemberProperty = "ReplacementMember";

    /// <summary>The replacement's <c>RuntimeFamily</c> member.</summary>
    public const string FamilyProperty = "Family";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DeprecatedRuntime);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        if (cdk.Type("Amazon.CDK.AWS.Lambda.Runtime") is not { } runtimeType)
            return;
        var runtimeStrings = new CdkMembers(cdk,
            ("Amazon.CDK.AWS.Lambda.CfnFunctionProps", "Runtime"), ("Amazon.CDK.AWS.Lambda.CfnLayerVersionProps", "CompatibleRuntimes"),
            ("Amazon.CDK.AWS.SAM.CfnFunctionProps", "Runtime"), ("Amazon.CDK.AWS.SAM.CfnLayerVersionProps", "CompatibleRuntimes"));
        var once = new ReportOnce();

        context.RegisterInBlocks(ctx =>
        {
            switch (ctx.Operation)
            {
                case IPropertyReferenceOperation { Property: { IsStatic: true } property } reference
                    when SymbolEqualityComparer.Default.Equals(property.ContainingType, runtimeType) && LambdaRuntimes.ByMember(property.Name) is { } runtime
                        && !IsOnlyInspected(reference):
                    Report(ctx, runtime, reference.Syntax.GetLocation());
                    break;

                case IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Type, runtimeType)
                    && ValueModel.ArgumentAt(creation.Arguments, 0) is { } name:
                    // At the creation when the identifier is written there; else where it is written (a constant, a
                    // record's or a helper caller's argument), since the creation serves every value it is given.
                    foreach (var text in cdk.Values.Strings(new Origin(name.Value), ctx.CancellationToken))
                    {
                        if (text.KnownText is { } identifier && LambdaRuntimes.ByIdentifier(identifier) is { } created)
                            Report(ctx, created, text.FirstTextWrittenOutside(creation.Syntax) ?? creation.Syntax.GetLocation());
                    }
                    break;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var target } } assignment when runtimeStrings.Contains(target):
                    var values = cdk.Values.IsEnumerable(ValueModel.Unwrap(assignment.Value).Type)
                        ? cdk.Values.Elements(new Origin(assignment.Value), ctx.CancellationToken).Items
                        : ImmutableArray.Create(new Origin(assignment.Value));
                    foreach (var value in values)
                    {
                        foreach (var text in cdk.Values.Strings(value, ctx.CancellationToken))
                        {
                            if (text.KnownText is { } identifier && LambdaRuntimes.ByIdentifier(identifier) is { } written && text.FirstTextLocation is { } at)
                                Report(ctx, written, at);
                        }
                    }
                    break;
            }
        }, OperationKind.PropertyReference, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

        void Report(OperationAnalysisContext ctx, LambdaRuntime runtime, Location location)
        {
            if (location.SourceTree is not { } tree)
                return;
            var asOf = CdkOptions.GetAsOfDate(ctx.Options, tree);
            if (runtime.Deprecated is not { } deprecated || deprecated > asOf || !once.TryClaim(RuleIds.DeprecatedRuntime, location))
                return;
            var blocked = runtime.CreationBlocked is { } creation && creation <= asOf;
            var replacement = LambdaRuntimes.Replacement(runtime, asOf);
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (replacement is not null)
            {
                properties = properties.Add(ReplacementProperty, replacement.Identifier).Add(FamilyProperty, replacement.Family);
                if (replacement.Member is { } member && !runtimeType.GetMembers(member).IsEmpty)
                    properties = properties.Add(ReplacementMemberProperty, member);
            }
            ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.DeprecatedRuntime, location, blocked ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                additionalLocations: null, properties, Message(runtime, blocked, replacement)));
        }
    }

    /// <summary>
    /// A runtime that is compared (<c>props.Runtime == Runtime.DOTNET_6</c>) or asked about (<c>Runtime.DOTNET_8.BundlingImage</c>,
    /// <c>.Name</c>), not given to a function: nothing is deployed on it here.
    /// </summary>
    private static bool IsOnlyInspected(IOperation reference)
    {
        while (reference.Parent is IConversionOperation conversion)
            reference = conversion;
        return reference.Parent switch
        {
            IBinaryOperation => true,
            IMemberReferenceOperation member => member.Instance == reference,
            IInvocationOperation call => call.Instance == reference,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: nameof(object.Equals) } } => true,
            _ => false,
        };
    }

    private static string Message(LambdaRuntime runtime, bool blocked, LambdaRuntime? replacement)
    {
        var instead = replacement is null ? "" : $" Use {replacement.Identifier} instead.";
        var updates = runtime.UpdateBlocked is { } update ? $", updating them from {Day(update)}" : "";
        return blocked
            ? $"Lambda no longer lets anyone create functions on {runtime.Identifier} (blocked since {Day(runtime.CreationBlocked!.Value)}{updates}); deploying it fails.{instead}"
            : runtime.CreationBlocked is { } creation
                ? $"Lambda runtime {runtime.Identifier} is deprecated since {Day(runtime.Deprecated!.Value)}; creating functions on it is blocked from {Day(creation)}{updates}.{instead}"
                : $"Lambda runtime {runtime.Identifier} is deprecated since {Day(runtime.Deprecated!.Value)}.{instead}";
    }

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

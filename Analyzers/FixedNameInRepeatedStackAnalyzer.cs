using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK205: a stack class of this app created twice for one environment — the same Env object, the same known
/// account and region, or no Env at all — whose resources carry fully known physical names (no stack name,
/// construct id, parameter or other per-instance part). Decided at compilation end (stacks are created in another
/// file); reported at each name, naming the two creations.
/// </summary>
public sealed class FixedNameInRepeatedStackAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.FixedNameInRepeatedStack);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var stackProps = cdk.Type("Amazon.CDK.IStackProps");
        var names = new PhysicalNames(cdk);
        var creations = new ConcurrentBag<(INamedTypeSymbol Stack, SyntaxNode Creation)>();
        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Type is INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } stack && cdk.IsTopLevelStack(stack))
                creations.Add((stack, creation.Syntax));
        }, OperationKind.ObjectCreation);

        context.RegisterCompilationEndAction(ctx =>
        {
            var ct = ctx.CancellationToken;
            foreach (var byStack in creations.GroupBy(c => c.Stack, SymbolEqualityComparer.Default))
            {
                if (byStack.Count() < 2)
                    continue;
                var twins = byStack.Select(c => cdk.Values.OperationAt(c.Creation, ct)).OfType<IObjectCreationOperation>()
                    .GroupBy(c => EnvironmentKey(c, stackProps, cdk, ct))
                    .Where(g => g.Key is not null && g.Count() > 1)
                    .Select(g => g.OrderBy(c => c.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(c => c.Syntax.SpanStart).Take(2).ToList())
                    .FirstOrDefault();
                if (twins is null)
                    continue;
                var first = Where(twins[0]);
                var second = Where(twins[1]);
                foreach (var (name, value) in FixedNames((INamedTypeSymbol)byStack.Key!, names, cdk, ct))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.FixedNameInRepeatedStack, value.Syntax.GetLocation(),
                        new[] { twins[0].Syntax.GetLocation(), twins[1].Syntax.GetLocation() }, name, byStack.Key!.Name, first, second));
                }
            }
        });
    }

    /// <summary>
    /// Which environment a creation deploys to: "none" without Env (both go where the CLI points), the Env object's
    /// variable, or its known account and region; null when that cannot be known to match anything.
    /// </summary>
    private static object? EnvironmentKey(IObjectCreationOperation creation, INamedTypeSymbol? stackProps, CdkTypes cdk, CancellationToken ct)
    {
        var props = creation.Arguments.FirstOrDefault(a => cdk.Implements(a.Parameter?.Type, stackProps));
        if (props is null || props.ArgumentKind == ArgumentKind.DefaultValue)
            return "none";
        var sources = cdk.Values.Sources(new Origin(props.Value), ct);
        if (sources.Any(s => ValueModel.Unwrap(s.Operation) is not (IObjectCreationOperation or ILiteralOperation { ConstantValue.Value: null })))
            return null;
        if (cdk.Values.SettingsNamed(new Origin(props.Value), "Env", ct).LastOrDefault() is not { Syntax: not null } env)
            return "none";
        if (ValueModel.Unwrap(env.Value.Operation) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation }
            && Holders.Referenced(env.Value.Operation) is { } holder)
        {
            return holder;
        }
        var settings = cdk.Values.Settings(env.Value, ct);
        var account = settings.LastOrDefault(s => s.Member.Name == "Account");
        var region = settings.LastOrDefault(s => s.Member.Name == "Region");
        return account.Syntax is not null && region.Syntax is not null
            && cdk.Values.KnownText(account.Value, ct) is { } knownAccount && cdk.Values.KnownText(region.Value, ct) is { } knownRegion
                ? knownAccount + "/" + knownRegion
                : null;
    }

    /// <summary>The physical names the stack class gives its resources that are one fully known string.</summary>
    private static IEnumerable<(string Name, IOperation Value)> FixedNames(INamedTypeSymbol stack, PhysicalNames names, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var operation in cdk.Values.CreationsAndCallsIn(stack, ct))
        {
            if (operation is not IObjectCreationOperation { Initializer: { } initializer })
                continue;
            foreach (var assignment in initializer.Initializers.OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is not IPropertyReferenceOperation { Property: var property } || names.RuleFor(property) is null)
                    continue;
                var values = cdk.Values.Strings(new Origin(assignment.Value), ct);
                if (values.Length == 1 && values[0].KnownText is { Length: > 0 } name)
                    yield return (name, assignment.Value);
            }
        }
    }

    private static string Where(IObjectCreationOperation creation)
    {
        var line = creation.Syntax.GetLocation().GetLineSpan();
        return $"{System.IO.Path.GetFileName(line.Path)}({line.StartLinePosition.Line + 1})";
    }
}

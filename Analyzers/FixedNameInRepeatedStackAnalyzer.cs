using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
            var reported = new HashSet<SyntaxNode>();
            foreach (var byStack in creations.GroupBy(c => c.Stack, SymbolEqualityComparer.Default))
            {
                // Most stack classes of an app are created once, outside any loop: nothing to compare.
                if (byStack.Count() < 2 && Loops.Around(byStack.First().Creation) is null)
                    continue;
                var deployments = byStack.Select(c => cdk.Values.OperationAt(c.Creation, ct)).OfType<IObjectCreationOperation>()
                    .Select(c => (Creation: c, Environment: EnvironmentKey(c, stackProps, cdk, ct)))
                    .Where(d => d.Environment is not null)
                    .OrderBy(d => d.Creation.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(d => d.Creation.Syntax.SpanStart)
                    .ToList();
                if (Twins(deployments, cdk, ct) is not var (first, second))
                    continue;
                var locations = first == second ? new[] { first.Syntax.GetLocation() } : new[] { first.Syntax.GetLocation(), second.Syntax.GetLocation() };
                var secondPlace = first == second ? Where(second) + " again, on the loop's next pass" : Where(second);
                foreach (var (name, value) in FixedNames((INamedTypeSymbol)byStack.Key!, names, cdk, ct))
                {
                    // A construct two repeated stacks share: its name once.
                    if (!reported.Add(value.Syntax))
                        continue;
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.FixedNameInRepeatedStack, value.Syntax.GetLocation(),
                        locations, name, byStack.Key!.Name, Where(first), secondPlace));
                }
            }
        });
    }

    /// <summary>
    /// Two deployments of one stack class to one environment: two creations with the same environment, or one creation
    /// in a loop whose environment stays the same from pass to pass (a stack per tenant, without Env).
    /// </summary>
    private static (IObjectCreationOperation First, IObjectCreationOperation Second)? Twins(
        List<(IObjectCreationOperation Creation, object? Environment)> deployments, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var sameEnvironment in deployments.GroupBy(d => d.Environment))
        {
            var pair = sameEnvironment.Take(2).ToList();
            if (pair.Count == 2)
                return (pair[0].Creation, pair[1].Creation);
        }
        foreach (var (creation, _) in deployments)
        {
            if (IsRepeatedByALoop(creation, cdk, ct))
                return (creation, creation);
        }
        return null;
    }

    /// <summary>
    /// The creation is inside a loop of its method that may run more than once: not a foreach over a known list of one.
    /// (Its environment key is the same on every pass: a variable the loop sets anew is not one, see <see cref="EnvironmentKey"/>.)
    /// </summary>
    private static bool IsRepeatedByALoop(IObjectCreationOperation creation, CdkTypes cdk, CancellationToken ct)
    {
        if (Loops.Around(creation.Syntax) is not { } loop)
            return false;
        return loop is not ForEachStatementSyntax forEach
            || cdk.Values.OperationAt(forEach.Expression, ct) is not { } collection
            || cdk.Values.Elements(new Origin(collection), ct) is not { IsComplete: true } elements
            || elements.Items.Length > 1;
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
        // The same variable is the same environment, unless a loop around the creation sets it anew on every pass.
        if (ValueModel.Unwrap(env.Value.Operation) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation }
            && Holders.Referenced(env.Value.Operation) is { } holder
            && !(Loops.Around(creation.Syntax) is { } loop && Loops.Declares(loop, holder)))
        {
            return holder;
        }
        if (OneStaticObject(env.Value, cdk, ct) is { } shared)
            return shared;
        var settings = cdk.Values.Settings(env.Value, ct);
        var account = settings.LastOrDefault(s => s.Member.Name == "Account");
        var region = settings.LastOrDefault(s => s.Member.Name == "Region");
        return account.Syntax is not null && region.Syntax is not null
            && cdk.Values.KnownText(account.Value, ct) is { } knownAccount && cdk.Values.KnownText(region.Value, ct) is { } knownRegion
                ? knownAccount + "/" + knownRegion
                : null;
    }

    /// <summary>
    /// The one object an Env always is, when it is created once for the whole app: a static readonly field's or a
    /// static get-only property's initializer (<c>Shared.Env</c>, or a stage record holding it); null otherwise.
    /// </summary>
    private static SyntaxNode? OneStaticObject(Origin env, CdkTypes cdk, CancellationToken ct)
    {
        var sources = cdk.Values.Sources(env, ct);
        if (sources.IsDefaultOrEmpty || ValueModel.Unwrap(sources[0].Operation) is not IObjectCreationOperation { Syntax: var created })
            return null;
        foreach (var source in sources)
        {
            if (ValueModel.Unwrap(source.Operation).Syntax != created)
                return null;
        }
        var declaration = created.Parent is EqualsValueClauseSyntax initializer
            ? initializer.Parent switch
            {
                VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.Modifiers,
                PropertyDeclarationSyntax { AccessorList.Accessors: var accessors } property when accessors.All(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) => property.Modifiers,
                _ => default,
            }
            : default;
        return declaration.Any(SyntaxKind.StaticKeyword) && (declaration.Any(SyntaxKind.ReadOnlyKeyword) || created.Parent?.Parent is PropertyDeclarationSyntax)
            ? created
            : null;
    }

    /// <summary>
    /// The physical names the stack class gives its resources that are one fully known string: in its own body, its
    /// base stacks of this app, and the constructs and helpers of this app it uses.
    /// </summary>
    private static IEnumerable<(string Name, IOperation Value)> FixedNames(INamedTypeSymbol stack, PhysicalNames names, CdkTypes cdk, CancellationToken ct)
    {
        foreach (var operation in cdk.Values.CreationsAndCallsReachedFrom(new ISymbol[] { stack }.Concat(cdk.BaseStacksOfThisApp(stack)), ct))
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

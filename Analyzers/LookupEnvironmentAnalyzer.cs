using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK107: a context lookup (Vpc.FromLookup, StringParameter.ValueFromLookup, MachineImage.Lookup, any static
/// *FromLookup*) in a stack class that some <c>new</c> of it creates without an Env holding Account and Region.
/// Lookup and creation usually sit in different files, so this is decided once the compilation has been seen;
/// reported at the lookup with the creation as the additional location (where the fix edits).
/// </summary>
public sealed class LookupEnvironmentAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LookupWithoutEnvironment);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var stackProps = cdk.Type("Amazon.CDK.IStackProps");
        var stageProps = cdk.Type("Amazon.CDK.IStageProps");
        var machineImage = cdk.Type("Amazon.CDK.AWS.EC2.MachineImage");
        var lookups = new ConcurrentBag<(INamedTypeSymbol Stack, string Lookup, Location Location)>();
        // Syntax, not operations: kept until the compilation ends, an operation would keep its file's bound trees.
        var creations = new ConcurrentBag<(INamedTypeSymbol Stack, SyntaxNode Creation)>();
        // Lookups in this app's own constructs and helpers: made for whichever stack uses them.
        var elsewhere = new ConcurrentBag<(string Lookup, SyntaxNode Call)>();

        context.RegisterOperationAction(ctx =>
        {
            var invocation = (IInvocationOperation)ctx.Operation;
            var method = invocation.TargetMethod;
            if (ctx.ContainingSymbol.ContainingType is not { } type)
                return;
            var isLookup = method.IsStatic && IsLookup(method, machineImage) && CdkTypes.IsInCdkNamespace(method.ContainingType);
            // A nested stack takes its account and region from the stack that creates it.
            if (!cdk.IsTopLevelStack(type))
            {
                if (isLookup)
                    elsewhere.Add(($"{method.ContainingType.Name}.{method.Name}", invocation.Syntax));
            }
            else if (isLookup)
            {
                lookups.Add((type, $"{method.ContainingType.Name}.{method.Name}", invocation.Syntax.GetLocation()));
            }
        }, OperationKind.Invocation);

        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Type is INamedTypeSymbol stack && cdk.IsTopLevelStack(stack))
                creations.Add((stack, creation.Syntax));
        }, OperationKind.ObjectCreation);

        // Only stacks that look something up need their creations' environments: the rest costs nothing.
        context.RegisterCompilationEndAction(ctx =>
        {
            // Indexed by stack once: every stack that looks something up reads only its own calls and creations.
            var creationsOf = creations.ToLookup(c => c.Stack, c => c.Creation, SymbolEqualityComparer.Default);
            // Asked once per stack, however many lookups it makes.
            var creationWithoutEnvironment = new Dictionary<INamedTypeSymbol, (Location Creation, Location Where)?>(SymbolEqualityComparer.Default);
            var reached = new Dictionary<INamedTypeSymbol, HashSet<SyntaxNode>>(SymbolEqualityComparer.Default);
            ILookup<ISymbol?, INamedTypeSymbol>? builtOn = null;
            foreach (var (stack, lookup, location) in lookups.OrderBy(l => l.Location.SourceTree?.FilePath).ThenBy(l => l.Location.SourceSpan.Start))
            {
                // A lookup in a base stack of this app is made for every stack built on it.
                foreach (var made in StacksMadeAs(stack))
                {
                    if (!creationWithoutEnvironment.TryGetValue(made, out var creation))
                        creationWithoutEnvironment[made] = creation = FirstCreationWithoutEnvironment(made);
                    if (creation is { } missing)
                    {
                        Report(location, missing, lookup, made);
                        break;
                    }
                }
            }

            foreach (var (lookup, call) in elsewhere.OrderBy(l => l.Call.SyntaxTree.FilePath).ThenBy(l => l.Call.SpanStart))
            {
                // Made on a stack the app creates right there (top-level statements: Vpc.FromLookup(stack, …) after
                // var stack = new Stack(app, "Main")): that creation is the one that needs the Env.
                if (StackCreationWithoutEnvironmentGiven(call) is { } direct)
                {
                    Report(call.GetLocation(), (direct.Syntax.GetLocation(), direct.Syntax.GetLocation()), lookup, (INamedTypeSymbol)direct.Type!);
                    continue;
                }
                foreach (var stack in creationsOf.Select(c => (INamedTypeSymbol)c.Key!).OrderBy(s => s.Name, System.StringComparer.Ordinal))
                {
                    if (!creationWithoutEnvironment.TryGetValue(stack, out var creation))
                        creationWithoutEnvironment[stack] = creation = FirstCreationWithoutEnvironment(stack);
                    if (creation is not { } missing || !Reaches(stack, call))
                        continue;
                    Report(call.GetLocation(), missing, lookup, stack);
                    break;
                }
            }

            // The stack class itself, then the created stacks of this app built on it, by name (indexed once, by base).
            IEnumerable<INamedTypeSymbol> StacksMadeAs(INamedTypeSymbol stack)
                => new[] { stack }.Concat((builtOn ??= creationsOf.Select(c => (INamedTypeSymbol)c.Key!)
                        .SelectMany(made => cdk.BaseStacksOfThisApp(made).Select(baseStack => (Base: baseStack, Made: made)))
                        .ToLookup(pair => (ISymbol?)pair.Base, pair => pair.Made, SymbolEqualityComparer.Default))[stack]
                    .OrderBy(made => made.Name, System.StringComparer.Ordinal));

            // The creation is the fix's place; the message names where the Env goes missing (a helper's call that passes null).
            void Report(Location lookupLocation, (Location Creation, Location Where) missing, string lookup, INamedTypeSymbol stack)
            {
                var line = missing.Where.GetLineSpan();
                var where = $"{System.IO.Path.GetFileName(line.Path)}({line.StartLinePosition.Line + 1})";
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.LookupWithoutEnvironment, lookupLocation, new[] { missing.Creation }, lookup, stack.Name, where));
            }

            IObjectCreationOperation? StackCreationWithoutEnvironmentGiven(SyntaxNode call)
            {
                if (cdk.Values.OperationAt(call, ctx.CancellationToken) is not IInvocationOperation invocation
                    || ValueModel.ArgumentAt(invocation.Arguments, 0) is not { } scope
                    || !cdk.IsConstruct(scope.Parameter?.Type))
                {
                    return null;
                }
                return cdk.Values.Sources(new Origin(scope.Value), ctx.CancellationToken)
                    .Select(source => ValueModel.Unwrap(source.Operation) as IObjectCreationOperation)
                    .FirstOrDefault(created => created is not null && cdk.IsTopLevelStack(created.Type)
                        && !HasFullEnvironment(created.Arguments, cdk, stackProps, ctx.CancellationToken, out _)
                        && !InStageWithEnvironment(created));
            }

            // The stack makes the call through its constructs, helpers, nested stacks or base stacks of this app. What a
            // stack reaches is walked once, however many lookups outside stacks ask.
            bool Reaches(INamedTypeSymbol stack, SyntaxNode call)
            {
                if (!reached.TryGetValue(stack, out var nodes))
                {
                    reached[stack] = nodes = new HashSet<SyntaxNode>(cdk.Values
                        .CreationsAndCallsReachedFrom(new ISymbol[] { stack }.Concat(cdk.BaseStacksOfThisApp(stack)), ctx.CancellationToken, intoNestedStacks: true)
                        .Select(operation => operation.Syntax));
                }
                return nodes.Contains(call);
            }

            // Created in a stage (`new ApiStack(this, "Api")` in a Stage's constructor, or on a stage variable): the stack
            // takes the stage's account and region, so every creation of that stage must give them. A stage that cannot
            // be seen into (a parameter, never created) is not reported.
            bool InStageWithEnvironment(IObjectCreationOperation created)
                => cdk.Values.StagesOf(created, null, ctx.CancellationToken) is { } stages
                    && (!stages.IsComplete || stages.Items.All(stage => HasFullEnvironment(stage.Arguments, cdk, stageProps, ctx.CancellationToken, out _)));

            // A creation of the stack without a full Env, and where the Env goes missing (the creation, or a call that passes null).
            (Location Creation, Location Where)? FirstCreationWithoutEnvironment(INamedTypeSymbol stack)
            {
                // A stack that passes its own Env to the base constructor needs nothing from its creators.
                if (stack.InstanceConstructors.Any(c => cdk.Values.BaseCallOf(c, ctx.CancellationToken) is { } call
                        && HasFullEnvironment(call.Arguments, cdk, stackProps, ctx.CancellationToken, out _, requireProps: true)))
                {
                    return null;
                }
                foreach (var creation in creationsOf[stack].OrderBy(c => c.SyntaxTree.FilePath).ThenBy(c => c.SpanStart))
                {
                    if (cdk.Values.OperationAt(creation, ctx.CancellationToken) is IObjectCreationOperation created
                        && !HasFullEnvironment(created.Arguments, cdk, stackProps, ctx.CancellationToken, out var passedNull)
                        && !InStageWithEnvironment(created))
                    {
                        // A helper's call that passes null is named; a null some function returns is not a place to edit.
                        var where = passedNull?.FirstAncestorOrSelf<ArgumentSyntax>() is { } argument
                            && !creation.Span.Contains(argument.Span) ? argument : creation;
                        return (creation.GetLocation(), where.GetLocation());
                    }
                }
                return null;
            }
        });
    }

    private static bool IsLookup(IMethodSymbol method, INamedTypeSymbol? machineImage)
        => method.Name.Contains("FromLookup") || method.Name == "ValueFromLookup"
            || (method.Name == "Lookup" && SymbolEqualityComparer.Default.Equals(method.ContainingType, machineImage));

    /// <summary>
    /// Every object the stack props argument may be sets Env with both Account and Region (in its initializer, a
    /// helper or a record, or written before the stack is created) — or is something we cannot see into (a
    /// parameter nobody passes, a framework call), which we do not report. <paramref name="passedNull"/> is the
    /// <c>null</c> given for the props or the Env, when that is what is missing.
    /// </summary>
    private static bool HasFullEnvironment(ImmutableArray<IArgumentOperation> arguments, CdkTypes cdk, INamedTypeSymbol? stackProps,
        System.Threading.CancellationToken cancellationToken, out SyntaxNode? passedNull, bool requireProps = false)
    {
        passedNull = null;
        var props = arguments.FirstOrDefault(a => cdk.Implements(a.Parameter?.Type, stackProps));
        if (props is null || props.ArgumentKind == ArgumentKind.DefaultValue)
            return false;
        // base(scope, id, props) hands on what the creators give: each creation is checked, not all of them at once.
        if (requireProps && ValueModel.Unwrap(props.Value) is IParameterReferenceOperation)
            return false;
        var propsValue = new Origin(props.Value);
        if (!AllKnownObjects(cdk.Values.Sources(propsValue, cancellationToken), out passedNull))
            return !requireProps;
        if (passedNull is not null)
            return false;
        if (cdk.Values.SettingsNamed(propsValue, "Env", cancellationToken).LastOrDefault() is not { Syntax: not null } env)
            return false;
        var environments = cdk.Values.Sources(env.Value, cancellationToken);
        if (!AllKnownObjects(environments, out passedNull))
            return true;
        if (passedNull is not null)
            return false;
        // Each Environment the value may be sets both: one of two that lacks its Region is a stack without one, and so
        // is a Region that may be null (an element of a loop's list that gives none).
        foreach (var environment in environments)
        {
            var settings = cdk.Values.Settings(environment, cancellationToken);
            if (!Sets(settings, "Account") || !Sets(settings, "Region"))
                return false;
        }
        return true;

        bool Sets(ImmutableArray<Setting> settings, string member)
            => settings.LastOrDefault(s => s.Member.Name == member) is { Syntax: not null } written
                && !cdk.Values.Sources(written.Value, cancellationToken).Any(s => ValueModel.IsNull(s.Operation));
    }

    /// <summary>Every source of a value is an object built in this app (or null, <paramref name="nullAt"/>); false when one cannot be seen into.</summary>
    private static bool AllKnownObjects(ImmutableArray<Origin> sources, out SyntaxNode? nullAt)
    {
        nullAt = null;
        foreach (var source in sources)
        {
            if (ValueModel.IsNull(source.Operation))
                nullAt ??= source.Operation.Syntax;
            else if (ValueModel.Unwrap(source.Operation) is not (IObjectCreationOperation or IWithOperation or IAnonymousObjectCreationOperation))
                return false;
        }
        return true;
    }
}

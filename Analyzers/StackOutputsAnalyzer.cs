using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK301: a stack creates key resources and declares no CfnOutput. CDK304 (opt-in): a key resource held in a
/// local or field that no CfnOutput references. Both carry what the fix needs: the constructor to append to
/// (first additional location) and the outputs to add (property <see cref="OutputsProperty"/>).
/// </summary>
public sealed class StackOutputsAnalyzer : CdkAnalyzer
{
    /// <summary>Outputs the fix adds, as <c>OutputId=holder.Property</c> entries separated by ';'.</summary>
    public const string OutputsProperty = "Outputs";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.StackWithoutOutputs, Descriptors.KeyResourceWithoutOutput);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        if (cdk.CfnOutput is null || cdk.KeyResources.IsEmpty)
            return;

        context.RegisterSymbolStartAction(start =>
        {
            var type = (INamedTypeSymbol)start.Symbol;
            // An abstract base stack is never deployed itself: what it creates counts in each stack built on it.
            if (!cdk.IsTopLevelStack(type) || type.IsAbstract)
                return;
            var facts = new StackFacts();
            start.RegisterOperationAction(ctx => facts.Add((IObjectCreationOperation)ctx.Operation, cdk), OperationKind.ObjectCreation);
            start.RegisterOperationAction(ctx => facts.AddCall((IInvocationOperation)ctx.Operation, type, cdk), OperationKind.Invocation);
            start.RegisterSymbolEndAction(end => Report(end, type, facts, cdk));
        }, SymbolKind.NamedType);
    }

    private static void Report(SymbolAnalysisContext context, INamedTypeSymbol stack, StackFacts facts, CdkTypes cdk)
    {
        var resources = facts.Resources.OrderBy(r => r.Location.SourceSpan.Start).ToList();
        // A base stack's constructors run in every stack built on it; its helpers count where this stack calls them.
        var baseConstructors = cdk.BaseStacksOfThisApp(stack).SelectMany(b => b.InstanceConstructors);
        var beyond = WhatItsConstructsAndHelpersCreate(facts.ConstructsAndHelpers.Concat(baseConstructors), cdk, context.CancellationToken);
        var hasOutput = facts.HasOutput || beyond.HasOutput;
        if (resources.Count == 0 && beyond.Resources.Count == 0)
            return;
        // Asked only where there is something to report: most stacks declare their outputs.
        var madeByAHost = new System.Lazy<bool>(() => IsMadeByAHost(stack, cdk, context.Compilation, context.CancellationToken));

        var constructor = ConstructorToExtend(stack, resources, context.CancellationToken);
        var usedIds = new HashSet<string>(facts.ConstructIds);
        var outputReferences = facts.OutputReferences();
        // A resource held by no variable has no variable for an output to read: it counts as exported once the stack
        // has any output, and is offered to the fix only when it has none.
        var fixable = resources.Where(r => (r.Holder is null ? !facts.HasOutput : !outputReferences.Contains(r.Holder)) && InScopeOf(r, constructor)).ToList();
        var plannedIds = fixable.ToDictionary(r => r, r => UniqueId(OutputId(r), usedIds));
        var extraLocations = constructor is null ? Enumerable.Empty<Location>() : new[] { constructor.GetLocation() };

        if (!hasOutput && stack.Locations.FirstOrDefault(l => l.IsInSource) is { } name && !madeByAHost.Value)
        {
            var names = string.Join(", ", resources.Select(r => r.Kind.Type.Name).Concat(beyond.Resources).Distinct());
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.StackWithoutOutputs, name, extraLocations, Properties(fixable, plannedIds), stack.Name, names));
        }

        foreach (var resource in resources.Where(r => r.Holder is not null && !outputReferences.Contains(r.Holder)))
        {
            if (!CdkOptions.IsTurnedOn(context.Compilation, Descriptors.KeyResourceWithoutOutput, resource.Location.SourceTree!, context.CancellationToken)
                || madeByAHost.Value)
            {
                continue;
            }
            var single = fixable.Contains(resource) ? new List<CreatedResource> { resource } : new List<CreatedResource>();
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.KeyResourceWithoutOutput, resource.Location, extraLocations, Properties(single, plannedIds),
                resource.Holder!.Name, resource.Kind.OutputProperty));
        }
    }

    /// <summary>
    /// Every <c>new</c> of the stack in this app is made by a lambda that a library other than the CDK hands the scope
    /// to — an application host that builds and deploys the stack itself
    /// (<c>builder.AddAWSCDKStack("api", scope =&gt; new ApiStack(scope, "Api"))</c>): that host deploys it, not the CDK CLI,
    /// and declares its outputs in its own API (<c>.AddOutput(…)</c>, <c>.WithReference(stack, s =&gt; …)</c>).
    /// </summary>
    private static bool IsMadeByAHost(INamedTypeSymbol stack, CdkTypes cdk, Compilation compilation, CancellationToken cancellationToken)
    {
        var made = false;
        foreach (var creation in cdk.Values.CreationsOf(stack, cancellationToken))
        {
            if (!IsMadeByAHostCallback(creation, compilation))
                return false;
            made = true;
        }
        return made;
    }

    private static bool IsMadeByAHostCallback(IObjectCreationOperation creation, Compilation compilation)
    {
        if (ValueModel.ArgumentAt(creation.Arguments, 0)?.Value is not { } scope
            || ValueModel.Unwrap(scope) is not IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } callback })
        {
            return false;
        }
        for (var outer = creation.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer is not IAnonymousFunctionOperation lambda || !SymbolEqualityComparer.Default.Equals(lambda.Symbol, callback))
                continue;
            var given = lambda.Parent is IDelegateCreationOperation conversion ? conversion.Parent : lambda.Parent;
            return given is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.ContainingAssembly: { } library } }
                && !SymbolEqualityComparer.Default.Equals(library, compilation.Assembly)
                && !IsPlatform(library.Name);
        }
        return false;
    }

    /// <summary>.NET's own assemblies: a LINQ query or a task that makes the stack is not a host that deploys it.</summary>
    private static bool IsPlatform(string assembly)
        => assembly is "mscorlib" or "netstandard" || assembly.StartsWith("System", System.StringComparison.Ordinal) || assembly.StartsWith("Microsoft.", System.StringComparison.Ordinal);

    private static ImmutableDictionary<string, string?> Properties(List<CreatedResource> resources, Dictionary<CreatedResource, string> ids)
        => resources.Count == 0
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(
                OutputsProperty, string.Join(";", resources.Select(r => $"{ids[r]}={r.Holder!.Name}.{r.Kind.OutputProperty}")));

    /// <summary>The constructor that holds the resources' locals, else the first constructor with a body.</summary>
    private static SyntaxNode? ConstructorToExtend(INamedTypeSymbol stack, List<CreatedResource> resources, System.Threading.CancellationToken cancellationToken)
    {
        var constructors = stack.InstanceConstructors
            .SelectMany(c => c.DeclaringSyntaxReferences)
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<ConstructorDeclarationSyntax>()
            .Where(c => c.Body is not null)
            .ToList();
        return constructors.FirstOrDefault(c => resources.Any(r => r.Holder is ILocalSymbol && c.Span.Contains(r.Location.SourceSpan)))
            ?? constructors.FirstOrDefault();
    }

    /// <summary>A field or property is in scope anywhere; a local only when declared at the top level of that constructor's body.</summary>
    private static bool InScopeOf(CreatedResource resource, SyntaxNode? constructor)
        => constructor is ConstructorDeclarationSyntax { Body: { } body }
            && resource.Holder switch
            {
                IFieldSymbol or IPropertySymbol => true,
                ILocalSymbol local => local.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == body.SyntaxTree
                    && r.GetSyntax().FirstAncestorOrSelf<LocalDeclarationStatementSyntax>()?.Parent == body),
                _ => false,
            };

    private sealed class Beyond
    {
        public List<string> Resources { get; } = new();
        public bool HasOutput { get; set; }
    }

    /// <summary>
    /// The key resources and outputs a stack makes through this app's own constructs, helper methods (extension
    /// methods, static factories) and base stacks, and what those reach in turn.
    /// </summary>
    private static Beyond WhatItsConstructsAndHelpersCreate(IEnumerable<ISymbol> start, CdkTypes cdk, System.Threading.CancellationToken cancellationToken)
    {
        var beyond = new Beyond();
        foreach (var operation in cdk.Values.CreationsAndCallsReachedFrom(start, cancellationToken))
        {
            if (operation is not IObjectCreationOperation { Type: INamedTypeSymbol type })
                continue;
            if (CdkTypes.Inherits(type, cdk.CfnOutput))
                beyond.HasOutput = true;
            else if (cdk.KeyResourceOf(type) is { } resource)
                beyond.Resources.Add(resource.Type.Name);
        }
        return beyond;
    }

    /// <summary><c>ordersTable</c> + <c>TableName</c> → <c>OrdersTableName</c>; <c>fn</c> + <c>FunctionName</c> → <c>FnFunctionName</c>.</summary>
    internal static string OutputId(CreatedResource resource)
    {
        var name = resource.Holder!.Name.TrimStart('_');
        name = name.Length == 0 ? "Output" : char.ToUpperInvariant(name[0]) + name.Substring(1);
        var property = resource.Kind.OutputProperty;
        for (var length = System.Math.Min(name.Length, property.Length); length > 0; length--)
        {
            var overlap = name.Substring(name.Length - length);
            var atWordStart = char.IsUpper(overlap[0]);
            var endsWord = length == property.Length || char.IsUpper(property[length]);
            if (atWordStart && endsWord && property.StartsWith(overlap, System.StringComparison.Ordinal))
                return name + property.Substring(length);
        }
        return name + property;
    }

    private static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
            candidate = id + n;
        return candidate;
    }

    internal sealed class CreatedResource
    {
        public CreatedResource(KeyResource kind, Location location, ISymbol? holder)
        {
            Kind = kind;
            Location = location;
            Holder = holder;
        }

        public KeyResource Kind { get; }
        public Location Location { get; }

        /// <summary>The local, field or property the resource is stored in; null when it is not kept.</summary>
        public ISymbol? Holder { get; }
    }

    /// <summary>
    /// What one stack class creates. Filled concurrently from the operation actions of the stack's bodies, without a
    /// lock (with more analysis threads than cores, a thread waiting for a lock spins while its holder waits for a
    /// core); read once, at the symbol's end, after every action has run.
    /// </summary>
    private sealed class StackFacts
    {
        // Filled by the stack's operation callbacks (which may run at once) and read, in the order added, at its
        // symbol end. Pushed without a lock (a profile showed the lock per creation, uncontended, in its slow path)
        // and without a concurrent queue's 32 slots for the few facts most stacks add.
        private ImmutableStack<CreatedResource> _resources = ImmutableStack<CreatedResource>.Empty;
        private ImmutableStack<ISymbol> _outputReferences = ImmutableStack<ISymbol>.Empty;
        private ImmutableStack<ISymbol> _constructsAndHelpers = ImmutableStack<ISymbol>.Empty;
        private ImmutableStack<string> _constructIds = ImmutableStack<string>.Empty;
        private int _hasOutput;

        public IEnumerable<CreatedResource> Resources => _resources.Reverse();
        public bool HasOutput => Volatile.Read(ref _hasOutput) != 0;
        public IEnumerable<string> ConstructIds => _constructIds;

        /// <summary>The constructs of this app it creates and the methods of this app it calls outside itself.</summary>
        public IEnumerable<ISymbol> ConstructsAndHelpers => _constructsAndHelpers.Reverse().Distinct(SymbolEqualityComparer.Default);

        /// <summary>The variables its outputs read.</summary>
        public HashSet<ISymbol> OutputReferences() => new(_outputReferences, SymbolEqualityComparer.Default);

        /// <summary>
        /// A method of this app outside the stack itself (an extension method, a static factory, a base stack's
        /// helper), or the stack's own <c>ExportValue(…)</c>, which declares an output.
        /// </summary>
        public void AddCall(IInvocationOperation invocation, INamedTypeSymbol stack, CdkTypes cdk)
        {
            var method = invocation.TargetMethod.OriginalDefinition;
            if (method.DeclaringSyntaxReferences.Length > 0)
            {
                if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, stack))
                    ImmutableInterlocked.Push(ref _constructsAndHelpers, method);
            }
            else if (method.Name is "ExportValue" or "ExportStringListValue" && invocation.Instance is IInstanceReferenceOperation && cdk.IsStack(method.ContainingType))
            {
                AddOutput(invocation);
            }
        }

        public void Add(IObjectCreationOperation creation, CdkTypes cdk)
        {
            var type = creation.Type as INamedTypeSymbol;
            if (ConstructIdOf(creation) is { } id)
                ImmutableInterlocked.Push(ref _constructIds, id);
            if (CdkTypes.Inherits(type, cdk.CfnOutput))
            {
                AddOutput(creation);
            }
            else if (cdk.KeyResourceOf(type) is { } resource)
            {
                ImmutableInterlocked.Push(ref _resources, new CreatedResource(resource, creation.Syntax.GetLocation(), Holders.Of(creation)));
            }
            else if (type is { DeclaringSyntaxReferences.Length: > 0 } && cdk.IsConstruct(type) && !cdk.IsStack(type))
            {
                ImmutableInterlocked.Push(ref _constructsAndHelpers, type);
            }
        }

        private void AddOutput(IOperation output)
        {
            foreach (var reference in output.Descendants())
            {
                if (Holders.Referenced(reference) is { } variable)
                    ImmutableInterlocked.Push(ref _outputReferences, variable);
            }
            Volatile.Write(ref _hasOutput, 1);
        }

        /// <summary>The literal id of <c>new X(this, "Id", …)</c>: output ids must not clash with it.</summary>
        private static string? ConstructIdOf(IObjectCreationOperation creation)
            => creation.Arguments.Length >= 2 && ValueModel.Unwrap(creation.Arguments[0].Value) is IInstanceReferenceOperation
                ? creation.Arguments[1].Value.ConstantValue.Value as string
                : null;
    }
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK107: a context lookup (Vpc.FromLookup, StringParameter.ValueFromLookup, MachineImage.Lookup, any static
/// *FromLookup*) in a stack class that some <c>new</c> of it creates without an Env holding Account and Region.
/// Lookup and creation usually sit in different files, so this is decided once the compilation has been seen;
/// reported at the lookup with the creation as the additional location (where the fix edits).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LookupEnvironmentAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.LookupWithoutEnvironment);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var lookups = new ConcurrentBag<(INamedTypeSymbol Stack, string Lookup, Location Location)>();
        var creationsWithoutEnv = new ConcurrentBag<(INamedTypeSymbol Stack, Location Location)>();
        var stacksWithOwnEnv = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        context.RegisterOperationAction(ctx =>
        {
            var invocation = (IInvocationOperation)ctx.Operation;
            var method = invocation.TargetMethod;
            if (method.IsStatic && IsLookup(method) && CdkTypes.IsInCdkNamespace(method.ContainingType)
                && ctx.ContainingSymbol.ContainingType is { } type && cdk.IsStack(type))
            {
                lookups.Add((type, $"{method.ContainingType.Name}.{method.Name}", invocation.Syntax.GetLocation()));
            }
        }, OperationKind.Invocation);

        context.RegisterOperationAction(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (creation.Type is INamedTypeSymbol stack && cdk.IsStack(stack) && !HasFullEnvironment(creation.Arguments))
                creationsWithoutEnv.Add((stack, creation.Syntax.GetLocation()));
        }, OperationKind.ObjectCreation);

        // A stack that passes its own Env to the base constructor needs nothing from its creators.
        context.RegisterOperationAction(ctx =>
        {
            var invocation = (IInvocationOperation)ctx.Operation;
            if (invocation.TargetMethod.MethodKind == MethodKind.Constructor && ctx.ContainingSymbol.ContainingType is { } type
                && cdk.IsStack(type) && HasFullEnvironment(invocation.Arguments, requireProps: true))
            {
                stacksWithOwnEnv.TryAdd(type, true);
            }
        }, OperationKind.Invocation);

        context.RegisterCompilationEndAction(ctx =>
        {
            foreach (var (stack, lookup, location) in lookups)
            {
                if (stacksWithOwnEnv.ContainsKey(stack))
                    continue;
                var creation = creationsWithoutEnv.Where(c => SymbolEqualityComparer.Default.Equals(c.Stack, stack))
                    .OrderBy(c => c.Location.SourceTree?.FilePath).ThenBy(c => c.Location.SourceSpan.Start)
                    .Select(c => c.Location).FirstOrDefault();
                if (creation is null)
                    continue;
                var line = creation.GetLineSpan();
                var where = $"{System.IO.Path.GetFileName(line.Path)}({line.StartLinePosition.Line + 1})";
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.LookupWithoutEnvironment, location, new[] { creation }, lookup, stack.Name, where));
            }
        });
    }

    private static bool IsLookup(IMethodSymbol method)
        => method.Name.Contains("FromLookup") || method.Name == "ValueFromLookup"
            || (method.Name == "Lookup" && method.ContainingType.Name == "MachineImage");

    /// <summary>
    /// The stack props argument sets Env with both Account and Region — or is something we cannot see into
    /// (a variable, a method call), which we do not report.
    /// </summary>
    private static bool HasFullEnvironment(ImmutableArray<IArgumentOperation> arguments, bool requireProps = false)
    {
        var props = arguments.FirstOrDefault(a => a.Parameter?.Type.Name is "IStackProps" or "StackProps" || a.Parameter?.Type.AllInterfaces.Any(i => i.Name == "IStackProps") == true);
        if (props is null || props.ArgumentKind == ArgumentKind.DefaultValue || ValueResolver.Unwrap(props.Value) is ILiteralOperation)
            return false;
        if (ValueResolver.Unwrap(props.Value) is not IObjectCreationOperation { Initializer: var initializer })
            return !requireProps;
        var env = initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Env" });
        if (env is null)
            return false;
        if (ValueResolver.Unwrap(env.Value) is not IObjectCreationOperation { Initializer: var envInitializer })
            return true;
        var set = envInitializer?.Initializers.OfType<ISimpleAssignmentOperation>()
            .Select(a => (a.Target as IPropertyReferenceOperation)?.Property.Name)
            .ToImmutableHashSet() ?? ImmutableHashSet<string?>.Empty;
        return set.Contains("Account") && set.Contains("Region");
    }
}

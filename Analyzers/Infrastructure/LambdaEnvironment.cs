using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>One variable a Lambda function's environment is given, and where it is written.</summary>
internal readonly struct EnvironmentEntry
{
    public EnvironmentEntry(Origin key, Origin value, SyntaxNode use, string keyPath = "")
    {
        Key = key;
        Value = value;
        Use = use;
        KeyPath = keyPath;
    }

    /// <summary>The variable's name; for an escape hatch, the property path that ends in it (see <see cref="NameIn"/>).</summary>
    public Origin Key { get; }

    public Origin Value { get; }

    /// <summary>Where a diagnostic about the entry goes: the element, the index assignment, the <c>Add</c> call, or <c>AddEnvironment</c>'s or the override's key.</summary>
    public SyntaxNode Use { get; }

    /// <summary>What an escape hatch's path starts with before the variable's name (<c>Environment.Variables.</c>); empty for any other entry.</summary>
    private string KeyPath { get; }

    /// <summary>
    /// Where a diagnostic about the entry goes for one value of its key: a helper's entry (<c>builder.WithEnv("AWS_REGION", …)</c>
    /// writing <c>env[key] = value</c>, or <c>Set(fn, "AWS", "REGION", …)</c> writing <c>$"{prefix}_{name}"</c>) where its
    /// caller writes the key, since the helper's line serves every caller; any other at <see cref="Use"/>.
    /// </summary>
    public Location LocationFor(StringValue key, ValueModel values, System.Threading.CancellationToken cancellationToken)
    {
        if (ValueModel.Unwrap(Key.Operation) is IParameterReferenceOperation && key.FirstTextLocation is { } given)
            return given;
        return values.IsGivenByCall(Key.Operation, cancellationToken) && Use.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } helper
            ? key.FirstTextWrittenOutside(helper) ?? Use.GetLocation()
            : Use.GetLocation();
    }

    /// <summary>The variable a known text of <see cref="Key"/> names; null for an override's path to anything else.</summary>
    public string? NameIn(string keyText)
        => KeyPath.Length == 0 ? keyText
            : keyText.Length > KeyPath.Length && keyText.StartsWith(KeyPath, StringComparison.Ordinal) ? keyText.Substring(KeyPath.Length)
            : null;
}

/// <summary>Where a Lambda function's environment is written (CDK101, CDK302).</summary>
internal static class LambdaEnvironment
{
    /// <summary>
    /// Calls <paramref name="onEntry"/> for every entry of every environment: the dictionary given as
    /// <c>Environment</c> of any function props type or as the <c>Variables</c> of a <c>CfnFunction</c>'s (or SAM function's) environment (with
    /// whatever the value model finds written into it), each entry written through that property later
    /// (<c>props.Environment["K"] = v</c>, <c>props.Environment.Add(…)</c>), each <c>fn.AddEnvironment("K", v)</c> call,
    /// and each override of one variable on a <c>CfnFunction</c> or SAM function (<c>AddPropertyOverride("Environment.Variables.K", v)</c>).
    /// </summary>
    public static void Register(RuleRegistrations context, CdkTypes cdk, Action<OperationAnalysisContext, EnvironmentEntry> onEntry)
    {
        if (cdk.FunctionOptions is null && cdk.FunctionBase is null)
            return;

        context.RegisterInBlocks(ctx =>
        {
            switch (ctx.Operation)
            {
                case ISimpleAssignmentOperation assignment when IsEnvironmentProperty(assignment.Target, cdk):
                    foreach (var entry in cdk.Values.Entries(new Origin(assignment.Value), ctx.CancellationToken).Items)
                        onEntry(ctx, new EnvironmentEntry(entry.Key, entry.Value, entry.Syntax));
                    break;
                // props.Environment["K"] = v, props filled in steps: the entry goes into whatever dictionary the props hold.
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } environment } indexer } write
                    when IsEnvironmentProperty(environment, cdk):
                    onEntry(ctx, new EnvironmentEntry(new Origin(indexer.Arguments[0].Value), new Origin(write.Value), write.Syntax));
                    break;
                case IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2, Instance: { } environment } add
                    when IsEnvironmentProperty(environment, cdk):
                    onEntry(ctx, new EnvironmentEntry(new Origin(add.Arguments[0].Value), new Origin(add.Arguments[1].Value), add.Syntax));
                    break;
                case IInvocationOperation { TargetMethod.Name: "AddEnvironment" } invocation
                    when CdkTypes.Inherits(invocation.TargetMethod.ContainingType, cdk.FunctionBase)
                        && ValueModel.ArgumentAt(invocation.Arguments, 0)?.Value is { } key && ValueModel.ArgumentAt(invocation.Arguments, 1)?.Value is { } value:
                    foreach (var entry in cdk.Values.EntriesAdded(key, value, ctx.CancellationToken))
                        onEntry(ctx, new EnvironmentEntry(entry.Key, entry.Value, entry.Syntax));
                    break;
                // The escape hatch: cfn.AddPropertyOverride("Environment.Variables.K", v), or AddOverride with "Properties." first.
                case IInvocationOperation { TargetMethod.Name: "AddPropertyOverride" or "AddOverride", Arguments.Length: 2, Instance: { } resource } @override
                    when (CdkTypes.Inherits(resource.Type as INamedTypeSymbol, cdk.CfnFunction) || CdkTypes.Inherits(resource.Type as INamedTypeSymbol, cdk.SamFunction))
                        && ValueModel.ArgumentAt(@override.Arguments, 0)?.Value is { } path && ValueModel.ArgumentAt(@override.Arguments, 1)?.Value is { } variable:
                    var keyPath = @override.TargetMethod.Name == "AddOverride" ? "Properties.Environment.Variables." : "Environment.Variables.";
                    onEntry(ctx, new EnvironmentEntry(new Origin(path), new Origin(variable), path.Syntax, keyPath));
                    break;
            }
        }, OperationKind.SimpleAssignment, OperationKind.Invocation);
    }

    /// <summary>
    /// <c>Environment</c> of any function props type (matched through IFunctionOptions, since
    /// DockerImageFunctionProps and SingletonFunctionProps do not derive from FunctionProps), or
    /// <c>CfnFunction.EnvironmentProperty.Variables</c> (or a SAM function's <c>FunctionEnvironmentProperty.Variables</c>).
    /// </summary>
    private static bool IsEnvironmentProperty(IOperation target, CdkTypes cdk)
        => target is IPropertyReferenceOperation { Property: var property }
            && ((property.Name == "Environment" && cdk.Implements(property.ContainingType, cdk.FunctionOptions))
                || (property.Name == "Variables" && (SymbolEqualityComparer.Default.Equals(property.ContainingType, cdk.CfnFunctionEnvironment)
                    || SymbolEqualityComparer.Default.Equals(property.ContainingType, cdk.SamFunctionEnvironment))));
}

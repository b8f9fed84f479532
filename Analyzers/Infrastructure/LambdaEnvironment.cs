using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>Where a Lambda function's environment is written.</summary>
internal static class LambdaEnvironment
{
    /// <summary>
    /// Every environment entry written in an operation block: props initializers, dictionaries filled in a local,
    /// <c>AddEnvironment</c> calls and <c>CfnFunction</c> variables. <c>Use</c> is where a diagnostic about the
    /// entry goes (the element, the assignment or the call).
    /// </summary>
    public static IEnumerable<(IOperation Key, IOperation Value, SyntaxNode Use)> Entries(IOperation block, CdkTypes cdk, CancellationToken cancellationToken)
    {
        foreach (var operation in block.DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation assignment && IsEnvironmentProperty(assignment.Target, cdk))
            {
                foreach (var entry in DictionaryEntries.Of(assignment.Value, cancellationToken))
                    yield return (entry.Key, entry.Value, entry.Syntax);
            }
            else if (operation is IInvocationOperation invocation && AddEnvironmentKey(invocation, cdk) is { } key && ArgumentAt(invocation, 1) is { } value)
            {
                yield return (key, value, invocation.Syntax);
            }
        }
    }

    /// <summary>
    /// <c>Environment</c> of any function props type (matched through IFunctionOptions, since
    /// DockerImageFunctionProps and SingletonFunctionProps do not derive from FunctionProps), or
    /// <c>CfnFunction.EnvironmentProperty.Variables</c>.
    /// </summary>
    public static bool IsEnvironmentProperty(IOperation target, CdkTypes cdk)
        => target is IPropertyReferenceOperation { Property: var property }
            && ((property.Name == "Environment" && CdkTypes.Implements(property.ContainingType, cdk.FunctionOptions))
                || (property.Name == "Variables" && SymbolEqualityComparer.Default.Equals(property.ContainingType, cdk.CfnFunctionEnvironment)));

    /// <summary>The key argument of <c>fn.AddEnvironment("K", v)</c> on any function construct, else null.</summary>
    public static IOperation? AddEnvironmentKey(IInvocationOperation invocation, CdkTypes cdk)
    {
        if (invocation.TargetMethod.Name != "AddEnvironment" || !CdkTypes.Inherits(invocation.TargetMethod.ContainingType, cdk.FunctionBase))
            return null;
        return ArgumentAt(invocation, 0);
    }

    private static IOperation? ArgumentAt(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
                return argument.Value;
        }
        return null;
    }
}

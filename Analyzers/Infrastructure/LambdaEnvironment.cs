using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>Where a Lambda function's environment is written.</summary>
internal static class LambdaEnvironment
{
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
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
                return argument.Value;
        }
        return null;
    }
}

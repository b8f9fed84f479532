using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>Which variable holds a construct: the local, field or property it is stored in.</summary>
internal static class Holders
{
    /// <summary>Where <c>new X(...)</c> is stored: <c>var x = new X()</c>, <c>_x = new X()</c>, <c>X = new X()</c>, a field or property initializer.</summary>
    public static ISymbol? Of(IObjectCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
            parent = parent.Parent;
        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation assignment => Referenced(assignment.Target),
            IFieldInitializerOperation { InitializedFields.Length: 1 } field => field.InitializedFields[0],
            IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
            _ => null,
        };
    }

    /// <summary>The local, field or own property an operation reads or writes; null for anything else.</summary>
    public static ISymbol? Referenced(IOperation operation)
        => ValueResolver.Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property => property.Property,
            _ => null,
        };
}

using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>Which variable holds a construct: the local, field or property it is stored in.</summary>
internal static class Holders
{
    /// <summary>Where <c>new X(...)</c> is stored: <c>var x = new X()</c>, <c>_x = new X()</c>, <c>X = new X()</c>, a field or property initializer.</summary>
    public static ISymbol? Of(IOperation creation)
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
        => ValueModel.Unwrap(operation) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            // Not an indexer (["api"] = new Repository(…)), nor a member of an object being initialized ({ Bucket = … }).
            IPropertyReferenceOperation { Property.IsIndexer: false, Instance: null or IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } } property
                => property.Property,
            _ => null,
        };

    /// <summary>
    /// The <c>new X(…)</c> a value is: the creation itself, or the creation stored in the local, field or property the
    /// value reads, when that assignment is in <paramref name="block"/>. Null when it is something else (an import).
    /// </summary>
    public static IObjectCreationOperation? CreationOf(IOperation value, IOperation block, Func<ITypeSymbol?, bool> isWanted)
    {
        value = ValueModel.Unwrap(value);
        if (value is IObjectCreationOperation creation)
            return isWanted(creation.Type) ? creation : null;
        if (Referenced(value) is not { } holder)
            return null;
        return block.DescendantsAndSelf().OfType<IObjectCreationOperation>()
            .FirstOrDefault(c => isWanted(c.Type) && SymbolEqualityComparer.Default.Equals(Of(c), holder));
    }

    /// <summary>
    /// The variable holding a construct is an argument of a method or constructor written in this app
    /// (<c>AllowLogs(key)</c>, <c>new Exports(this, "E", bucket)</c>) that may act on it: what it does there to the
    /// construct is not seen by rules that read only the construct's own definition and the calls made on its variable.
    /// A method that only reads the construct's properties (<c>role.RoleArn</c>) does nothing to it.
    /// </summary>
    public static bool IsHandedToThisApp(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        // new Key(this, "K").AllowLogs(this), Secure(new Key(this, "K")): the creation itself is handed over.
        if (IsPassedToThisApp(creation, cancellationToken))
            return true;
        if (Of(creation) is not { } holder || creation.SemanticModel is not { } model
            || creation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return false;
        }
        // An argument (AllowLogs(key)) or the receiver of an extension method of this app (key.AllowLogs(this)).
        foreach (var name in type.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == holder.Name
                && (name.Parent is ArgumentSyntax || name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } access && access.Expression == name)
                && model.GetOperation(name, cancellationToken) is { } read
                && SymbolEqualityComparer.Default.Equals(Referenced(read), holder)
                && IsPassedToThisApp(read, cancellationToken))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The value is an argument (or an extension method's receiver) of a method or constructor of this app that may act on it.</summary>
    private static bool IsPassedToThisApp(IOperation value, CancellationToken cancellationToken)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
            parent = parent.Parent;
        return parent is IArgumentOperation passed
            && CalledMethod(passed.Parent) is { DeclaringSyntaxReferences.Length: > 0 }
            && (passed.Parameter is not { } parameter || MayActOn(parameter, cancellationToken));
    }

    /// <summary>Some use of the parameter in its method is more than reading a property (<c>role.RoleArn</c>): a call on it, storing it, passing it on.</summary>
    private static bool MayActOn(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var reference in parameter.ContainingSymbol.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            // A primary constructor's parameter is kept (a record's property, a captured field): anything may use it later.
            if (declaration is TypeDeclarationSyntax)
                return true;
            foreach (var name in declaration.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText == parameter.Name
                    && !(name.Parent is MemberAccessExpressionSyntax { Parent: not InvocationExpressionSyntax } read && read.Expression == name))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static IMethodSymbol? CalledMethod(IOperation? call)
        => call switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation created => created.Constructor,
            _ => null,
        };

    /// <summary>The statement that creates and stores a construct (<c>var x = new X();</c> or <c>_x = new X();</c>).</summary>
    public static Location? StatementOf(IOperation creation)
    {
        for (var operation = creation.Parent; operation is not null; operation = operation.Parent)
        {
            if (operation is IVariableDeclarationGroupOperation or IExpressionStatementOperation)
                return operation.Syntax.GetLocation();
            if (operation is IBlockOperation)
                return null;
        }
        return null;
    }
}

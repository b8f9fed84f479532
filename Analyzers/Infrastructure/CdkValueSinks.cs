using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// Where a value reaches a CDK API: an argument of a CDK method or constructor, or a property of a CDK type
/// (props in object initializers included), this app's constructs, stacks and props classes included. Value rules (CDK201–CDK204) look at the strings found here.
/// </summary>
internal static class CdkValueSinks
{
    /// <summary>Calls <paramref name="onString"/> with each string-typed value that reaches a CDK API.</summary>
    public static void Register(CompilationStartAnalysisContext context, CdkTypes cdk, System.Action<OperationAnalysisContext, IOperation> onString)
    {
        // One callback per call or creation, not per argument: far fewer callbacks for the same arguments.
        context.RegisterOperationAction(ctx =>
        {
            var (method, arguments) = ctx.Operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (arguments.IsEmpty || !cdk.IsCdkApi(method?.ContainingType))
                return;
            foreach (var argument in arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                    ForEachString(argument.Value, cdk, value => onString(ctx, value));
            }
        }, OperationKind.Invocation, OperationKind.ObjectCreation);

        context.RegisterOperationAction(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is IPropertyReferenceOperation { Property: var property } && cdk.IsCdkApi(property.ContainingType))
                ForEachString(assignment.Value, cdk, value => onString(ctx, value));
        }, OperationKind.SimpleAssignment);
    }

    /// <summary>
    /// The string leaves of a value: the value itself, or the elements of arrays, collection and dictionary
    /// initializers built in place. CDK objects built in place are not entered: their own arguments and
    /// properties are sinks of their own.
    /// </summary>
    private static void ForEachString(IOperation value, CdkTypes cdk, System.Action<IOperation> onString)
    {
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var current = ValueResolver.Unwrap(pending.Pop());
            switch (current)
            {
                case IArrayCreationOperation { Initializer: { } array }:
                    foreach (var element in array.ElementValues)
                        pending.Push(element);
                    break;
                case IObjectCreationOperation { Initializer: { } initializer } creation when !cdk.IsCdkApi(creation.Type):
                    foreach (var element in initializer.Initializers)
                    {
                        if (element is IInvocationOperation add)
                        {
                            foreach (var argument in add.Arguments)
                                pending.Push(argument.Value);
                        }
                        else if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } index)
                        {
                            foreach (var argument in indexer.Arguments)
                                pending.Push(argument.Value);
                            pending.Push(index.Value);
                        }
                    }
                    break;
                default:
                    if (current.Type?.SpecialType == SpecialType.System_String)
                        onString(current);
                    break;
            }
        }
    }
}

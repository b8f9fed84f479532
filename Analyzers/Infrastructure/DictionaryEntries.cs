using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>One key/value pair written into a dictionary, and the syntax that writes it.</summary>
internal readonly struct DictionaryEntry
{
    public DictionaryEntry(IOperation key, IOperation value, SyntaxNode syntax)
    {
        Key = key;
        Value = value;
        Syntax = syntax;
    }

    public IOperation Key { get; }
    public IOperation Value { get; }

    /// <summary>The element <c>{ "K", v }</c>, the index initializer <c>["K"] = v</c>, or the call/assignment on a local.</summary>
    public SyntaxNode Syntax { get; }
}

/// <summary>
/// The entries of a dictionary value such as a Lambda environment: collection and index initializers, and,
/// for a local that holds the dictionary, its <c>.Add("K", v)</c> calls and <c>["K"] = v</c> assignments.
/// </summary>
internal static class DictionaryEntries
{
    public static ImmutableArray<DictionaryEntry> Of(IOperation value, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<DictionaryEntry>();
        value = ValueResolver.Unwrap(value);
        if (value is ILocalReferenceOperation local)
        {
            if (ValueResolver.InitialValueOfLocal(local, cancellationToken) is { } initial)
                AddInitializerEntries(ValueResolver.Unwrap(initial), entries);
            AddMutations(local, entries);
        }
        else
        {
            AddInitializerEntries(value, entries);
        }
        return entries.ToImmutable();
    }

    private static void AddInitializerEntries(IOperation value, ImmutableArray<DictionaryEntry>.Builder entries)
    {
        if (value is not IObjectCreationOperation { Initializer: { } initializer })
            return;
        foreach (var element in initializer.Initializers)
        {
            if (AsEntry(element) is { } entry)
                entries.Add(entry);
        }
    }

    /// <summary>Writes into the local anywhere in the body that declares it.</summary>
    private static void AddMutations(ILocalReferenceOperation local, ImmutableArray<DictionaryEntry>.Builder entries)
    {
        var root = (IOperation)local;
        while (root.Parent is not null)
            root = root.Parent;
        foreach (var operation in root.Descendants())
        {
            var receiver = operation switch
            {
                IInvocationOperation invocation => invocation.Instance,
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } => target.Instance,
                _ => null,
            };
            if (receiver is ILocalReferenceOperation reference
                && SymbolEqualityComparer.Default.Equals(reference.Local, local.Local)
                && AsEntry(operation) is { } entry)
            {
                entries.Add(entry);
            }
        }
    }

    private static DictionaryEntry? AsEntry(IOperation operation)
        => operation switch
        {
            IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add
                => new DictionaryEntry(ArgumentAt(add, 0), ArgumentAt(add, 1), add.Syntax),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment
                => new DictionaryEntry(indexer.Arguments[0].Value, assignment.Value, assignment.Syntax),
            _ => null,
        };

    private static IOperation ArgumentAt(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
                return argument.Value;
        }
        return invocation.Arguments[ordinal].Value;
    }
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// An expression together with the call it is seen through: inside a helper reached from one call, the
/// helper's parameters are that call's arguments. <see cref="Frame"/> is null outside any such call.
/// </summary>
internal readonly struct Origin
{
    public Origin(IOperation operation, Frame? frame = null)
    {
        Operation = operation;
        Frame = frame;
    }

    public IOperation Operation { get; }
    public Frame? Frame { get; }

    /// <summary>
    /// A helper's parameter, seen through the call being followed, is that call's argument: followed out through every
    /// call to where the value is written (<c>Key("sk")</c>'s <c>"sk"</c> for the helper's <c>name</c>). Anything else is itself.
    /// </summary>
    public Origin AtCallSite()
    {
        var value = this;
        while (value.Frame is { } frame && Parameter(ValueModel.Unwrap(value.Operation), frame.Method) is { } parameter
            && frame.Binds(parameter) && frame.ArgumentFor(parameter) is { } argument)
        {
            value = argument;
        }
        return value;

        // reserved, reserved.Value, and r of `if (reserved is { } r)` or `reserved is int r` in the helper's body.
        static IParameterSymbol? Parameter(IOperation operation, IMethodSymbol? method)
        {
            switch (ValueModel.NullableOf(operation) is { } nullable ? ValueModel.Unwrap(nullable) : operation)
            {
                case IParameterReferenceOperation reference:
                    return reference.Parameter;
                case ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } declarations }
                    when ValueModel.PatternTested(declarations[0].GetSyntax()) is IdentifierNameSyntax tested:
                    return method?.Parameters.FirstOrDefault(p => p.Name == tested.Identifier.ValueText);
                default:
                    return null;
            }
        }
    }
}

/// <summary>
/// One call of a method or constructor of this app: its arguments stand for the parameters, its receiver for <c>this</c>.
/// Or one pass of a loop over a known list (<see cref="ForPass"/>): the loop's variable is that pass's element.
/// </summary>
internal sealed class Frame
{
    private readonly ImmutableArray<IArgumentOperation> _arguments;
    private readonly IOperation? _instance;

    public Frame(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation? instance, Frame? caller)
    {
        Method = Canonical(method.OriginalDefinition);
        _arguments = arguments;
        _instance = instance;
        Caller = caller;
    }

    private Frame(SyntaxNode loop, Origin element, Origin? key, Frame? caller)
    {
        Loop = loop;
        Element = element;
        Key = key;
        _arguments = ImmutableArray<IArgumentOperation>.Empty;
        Caller = caller;
    }

    /// <summary>
    /// One pass of a foreach or an element lambda (<see cref="Loops.Around"/>) over a known list or dictionary: its
    /// variable (a deconstructed one takes its part) is that pass's element — or entry, <paramref name="key"/> and
    /// <paramref name="element"/> its value — instead of every one of the collection.
    /// </summary>
    public static Frame ForPass(SyntaxNode loop, Origin element, Origin? key = null, Frame? caller = null) => new(loop, element, key, caller);

    /// <summary>The method called; null for a loop's pass.</summary>
    public IMethodSymbol? Method { get; }

    /// <summary>The loop of a pass; null for a call.</summary>
    public SyntaxNode? Loop { get; }

    /// <summary>The element a pass runs for; the entry's value for a pass over a dictionary.</summary>
    public Origin Element { get; }

    /// <summary>The entry's key for a pass over a dictionary; null otherwise.</summary>
    public Origin? Key { get; }

    /// <summary>The frame the arguments and the receiver are evaluated in.</summary>
    public Frame? Caller { get; }

    /// <summary>The receiver (<c>this</c> inside the method), or the creation for a constructor; null for a static call.</summary>
    public Origin? Instance => _instance is null ? null : new Origin(_instance, Caller);

    /// <summary>Where the frame's call is written (its arguments' call, else its receiver), or the pass's element: two frames of one site see the same values.</summary>
    public SyntaxNode? Site => Loop is not null ? Element.Operation.Syntax : _arguments.Length > 0 ? _arguments[0].Parent?.Syntax : _instance?.Syntax;

    /// <summary>True when the parameter belongs to this frame's method.</summary>
    public bool Binds(IParameterSymbol parameter)
        => Method is not null && parameter.ContainingSymbol?.OriginalDefinition is IMethodSymbol declaring && SymbolEqualityComparer.Default.Equals(Canonical(declaring), Method);

    /// <summary>A partial method's defining part, whichever part is asked about (a call names the one, its body's parameters the other).</summary>
    public static IMethodSymbol Canonical(IMethodSymbol method) => method.PartialDefinitionPart ?? method;

    /// <summary>The pass of the loop this frame or one it is called from runs; null when none runs a pass of it.</summary>
    public static Frame? PassOf(Frame? frame, SyntaxNode loop)
    {
        for (var current = frame; current is not null; current = current.Caller)
        {
            if (current.Loop == loop)
                return current;
        }
        return null;
    }

    /// <summary>The same call seen on one pass of a loop around it (<see cref="ForPass"/>): its arguments read that pass's element.</summary>
    public Frame OnPass(Frame pass) => CalledFrom(pass);

    /// <summary>The same call seen through a call of the helper it is made in: its arguments read that call's.</summary>
    public Frame CalledFrom(Frame caller) => Method is null ? this : new Frame(Method, _arguments, _instance, caller);

    /// <summary>The call's arguments; empty for a pass.</summary>
    public ImmutableArray<IArgumentOperation> Arguments => _arguments;

    /// <summary>The argument written for a parameter of this frame's method; null when the call leaves it to its default.</summary>
    public Origin? ArgumentFor(IParameterSymbol parameter)
    {
        foreach (var argument in _arguments)
        {
            if (argument.Parameter?.Ordinal == parameter.Ordinal)
                return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : new Origin(argument.Value, Caller);
        }
        return null;
    }
}

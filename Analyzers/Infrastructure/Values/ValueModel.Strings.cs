using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

internal sealed partial class ValueModel
{
    private const int MaxAlternatives = 32;

    /// <summary>
    /// The strings a value may be, each a sequence of known text (at the literal that wrote it) and unknown or
    /// token pieces: literals and constants, interpolation, concatenation, <c>string.Format/Join/Concat</c>,
    /// <c>ToLower*/ToUpper*</c>, <c>Path.Combine/Join</c>, the CDK's stack name, account, region and construct id,
    /// through every source <see cref="Sources"/> follows. A null is no value; empty when every source is null.
    /// </summary>
    public ImmutableArray<StringValue> Strings(Origin value, CancellationToken cancellationToken)
    {
        // The value rules ask about the same arguments one after the other: the first answer serves them all.
        if (value.Frame is not null)
            return ToStrings(Compose(value, new Walk(cancellationToken)));
        var operation = Unwrap(value.Operation);
        // A literal (most construct ids and props) is its own answer: cheaper to build than to cache.
        if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } })
            return ImmutableArray.Create(new StringValue(ImmutableArray.Create(new ValuePart(ValueKind.Text, literal, operation.Syntax))));
        if (_strings.TryGetValue(operation.Syntax, out var known))
            return known;
        var composed = ComposedPerCall(operation, cancellationToken) ?? Compose(new Origin(operation), new Walk(cancellationToken));
        return _strings.GetOrAdd(operation.Syntax, ToStrings(composed));
    }

    /// <summary>
    /// A value a helper makes of two or more things its caller gives — parameters, or the object a method of an app
    /// class is called on (<c>$"{prefix}-{suffix}"</c>, <c>$"{prefix}-{Suffix}"</c> in a settings class's method) — read
    /// call by call: one call's prefix with another call's suffix is no value the app makes. Null for any other value,
    /// and for a helper no call of this app is known to make.
    /// </summary>
    private List<ImmutableArray<ValuePart>>? ComposedPerCall(IOperation operation, CancellationToken cancellationToken)
    {
        const int MaxCalls = 16;
        IParameterSymbol? first = null;
        var several = false;
        var readsInstance = false;
        foreach (var descendant in ReadIn(operation, cancellationToken))
        {
            if (descendant is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance or InstanceReferenceKind.ImplicitReceiver })
                readsInstance = true;
            else if (descendant is IParameterReferenceOperation { Parameter: var parameter })
            {
                // Parameters of one method only: a lambda's or an outer method's are read as before.
                if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor }
                    || (first is not null && !SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, first.ContainingSymbol)))
                {
                    return null;
                }
                several |= first is not null && !SymbolEqualityComparer.Default.Equals(first, parameter);
                first ??= parameter;
            }
        }
        if (first?.ContainingSymbol is not IMethodSymbol helper)
            return null;
        // The object a method is called on varies with the call only for an app's own classes (settings, builders):
        // a construct's helpers are called on the construct itself.
        several |= readsInstance && helper is { IsStatic: false, MethodKind: MethodKind.Ordinary } && !_cdk.IsConstruct(helper.ContainingType);
        if (!several)
            return null;
        var frames = CallFramesPerElementOf(helper, cancellationToken).Take(MaxCalls + 1).ToList();
        if (frames.Count is 0 or > MaxCalls)
            return null;
        var alternatives = new List<ImmutableArray<ValuePart>>();
        foreach (var (frame, _) in frames)
        {
            if (!AddAlternatives(alternatives, Compose(new Origin(operation, frame), new Walk(cancellationToken))))
                break;
        }
        return alternatives;
    }

    /// <summary>Adds the alternatives not yet in <paramref name="into"/>; false once it holds as many as a value may have.</summary>
    private static bool AddAlternatives(List<ImmutableArray<ValuePart>> into, List<ImmutableArray<ValuePart>> from)
    {
        foreach (var alternative in from)
        {
            if (into.Count >= MaxAlternatives)
                return false;
            if (!ContainsParts(into, alternative))
                into.Add(alternative);
        }
        return true;
    }

    /// <summary>The operations a value is made of, and those of the value of a local it reads that is written once (<c>var name = $"{prefix}-{suffix}";</c>).</summary>
    private IEnumerable<IOperation> ReadIn(IOperation operation, CancellationToken cancellationToken)
    {
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            yield return descendant;
            if (descendant is ILocalReferenceOperation { Local: var local } && LocalWrites(local, cancellationToken) is { Length: 1 } writes
                && writes[0].Value is { } written)
            {
                foreach (var inner in written.DescendantsAndSelf())
                    yield return inner;
            }
        }
    }

    private static ImmutableArray<StringValue> ToStrings(List<ImmutableArray<ValuePart>> alternatives)
    {
        var strings = ImmutableArray.CreateBuilder<StringValue>(alternatives.Count);
        foreach (var parts in alternatives)
            strings.Add(new StringValue(parts));
        return strings.MoveToImmutable();
    }

    /// <summary>
    /// The text of a value when it is one fully known string, else null. Alternatives that are all the same text are
    /// that text (<c>stage.Account</c> over stages of one account).
    /// </summary>
    public string? KnownText(Origin value, CancellationToken cancellationToken)
    {
        if (IsConstant(value, out var constant))
            return constant;
        var strings = Strings(value, cancellationToken);
        if (strings.IsEmpty)
            return null;
        var text = strings[0].KnownText;
        for (var i = 1; i < strings.Length && text is not null; i++)
        {
            if (strings[i].KnownText != text)
                text = null;
        }
        return text;
    }

    /// <summary>Every fully known text a value may be (unknown alternatives left out).</summary>
    public ImmutableArray<string> KnownTexts(Origin value, CancellationToken cancellationToken)
    {
        if (IsConstant(value, out var constant))
            return constant is null ? ImmutableArray<string>.Empty : ImmutableArray.Create(constant);
        var strings = Strings(value, cancellationToken);
        // Most values are one string: nothing to tell apart.
        if (strings.Length == 1)
            return strings[0].KnownText is { } only ? ImmutableArray.Create(only) : ImmutableArray<string>.Empty;
        var texts = ImmutableArray.CreateBuilder<string>(strings.Length);
        foreach (var text in strings)
        {
            if (text.KnownText is { } known && !texts.Contains(known))
                texts.Add(known);
        }
        return texts.ToImmutable();
    }

    /// <summary>
    /// A constant (a literal, a const, <c>"a" + "b"</c>) and its text as <see cref="Strings"/> would compose it, without
    /// building string values: construct ids and dictionary keys are mostly literals. The text is null for a null constant.
    /// </summary>
    private static bool IsConstant(Origin value, out string? text)
    {
        var constant = Unwrap(value.Operation).ConstantValue;
        text = constant.HasValue ? ToText(constant.Value) : null;
        return constant.HasValue;
    }

    private List<ImmutableArray<ValuePart>> Compose(Origin value, Walk walk)
    {
        // A literal, an interpolation or a library's property is its own only source: nothing to follow or merge.
        var operation = Unwrap(value.Operation);
        if (IsLeaf(operation))
            return ComposeSource(new Origin(operation, value.Frame), walk);
        var sources = new List<Origin>();
        AddSources(value, walk, sources);
        var alternatives = new List<ImmutableArray<ValuePart>>();
        foreach (var source in sources)
        {
            if (!AddAlternatives(alternatives, ComposeSource(source, walk)))
                break;
        }
        return alternatives;
    }

    private List<ImmutableArray<ValuePart>> ComposeSource(Origin source, Walk walk)
    {
        var operation = Unwrap(source.Operation);
        var syntax = operation.Syntax;
        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation or IThrowOperation:
                return new List<ImmutableArray<ValuePart>>();

            case ILiteralOperation { ConstantValue: { HasValue: true, Value: { } literal } }:
                return One(new ValuePart(ValueKind.Text, ToText(literal), syntax));

            case IInterpolatedStringOperation interpolated:
                return ComposeInterpolation(interpolated, source.Frame, walk);

            case var _ when Concatenated(operation) is var (left, right):
                return Product(new[] { Compose(new Origin(left, source.Frame), walk), Compose(new Origin(right, source.Frame), walk) });

            case IPropertyReferenceOperation or IInvocationOperation when ConfigurationValue(operation, source.Frame, walk) is { } configured:
                return configured;

            case IInvocationOperation invocation when ComposeCall(invocation, source.Frame, walk) is { } composed:
                return composed;

            case IPropertyReferenceOperation { Property.IsIndexer: true } entry when ContextValue(entry, source.Frame, walk) is { } composed:
                return composed;

            // Node.TryGetContext("platform")?.ToString(): the value, as without the `?.`.
            case IConditionalAccessOperation { WhenNotNull: IInvocationOperation { TargetMethod.Name: "ToString" } whenNotNull }
                when ComposeCall(whenNotNull, source.Frame, walk) is { } composed:
                return composed;

            case IPropertyReferenceOperation { Property.Name: "StackName", Instance: IInstanceReferenceOperation { Type: INamedTypeSymbol stack } } property
                when Classify(property) == ValueKind.StackName && StackNamesGiven(stack, syntax, walk) is { } given:
                return given;

            // GetType().Name in a class nothing derives from, typeof(OrdersStack).Name: the class's own name.
            case IPropertyReferenceOperation { Property: { Name: "Name", ContainingType.Name: "MemberInfo" or "Type" }, Instance: { } typeOf }
                when TypeNamed(typeOf, walk.CancellationToken) is { } named:
                return One(new ValuePart(ValueKind.Text, named.Name, syntax));

            case IPropertyReferenceOperation property when Classify(property) is { } kind:
                return One(new ValuePart(kind, null, syntax, isToken: property.Property.IsStatic));

            case IParameterReferenceOperation parameter when IsConstructIdParameter(parameter.Parameter):
                return One(new ValuePart(ValueKind.ConstructId, null, syntax));
        }

        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            return EnumNames(enumType, operation);
        if (operation.ConstantValue is { HasValue: true } constant)
        {
            return constant.Value is null
                ? new List<ImmutableArray<ValuePart>>()
                : One(new ValuePart(ValueKind.Text, ToText(constant.Value), syntax));
        }
        return One(new ValuePart(ValueKind.Unknown, null, syntax));
    }

    /// <summary>
    /// The type a <c>typeof</c> of a non-generic type names, or a <c>GetType()</c> of a class's own object where no class
    /// of this app derives from it (sealed, or not abstract and no constructor of the app calls its own as a base); null otherwise.
    /// </summary>
    private INamedTypeSymbol? TypeNamed(IOperation operation, CancellationToken cancellationToken)
        => Unwrap(operation) switch
        {
            IInvocationOperation { TargetMethod.Name: "GetType", Arguments.IsEmpty: true, Instance: IInstanceReferenceOperation { Type: INamedTypeSymbol self } }
                when self.IsSealed || (!self.IsAbstract && !IsDerivedFromInThisApp(self, cancellationToken)) => self,
            ITypeOfOperation { TypeOperand: INamedTypeSymbol { IsGenericType: false } operand } => operand,
            _ => null,
        };

    /// <summary>Text joined with <c>+</c> or added with <c>+=</c>: its two parts; null for anything else.</summary>
    private static (IOperation Left, IOperation Right)? Concatenated(IOperation operation)
        => operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } binary => (binary.LeftOperand, binary.RightOperand),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } compound => (compound.Target, compound.Value),
            _ => null,
        };

    /// <summary>A constructor of this app calls one of the class's as its base (<c>: base(…)</c>, <c>: OrdersStack(…)</c>).</summary>
    private bool IsDerivedFromInThisApp(INamedTypeSymbol type, CancellationToken cancellationToken)
        => Index(cancellationToken).ConstructorCallsOf(type.Name)
            .Any(call => call is PrimaryConstructorBaseTypeSyntax || call.IsKind(SyntaxKind.BaseConstructorInitializer));

    /// <summary>
    /// A stack's own <c>StackName</c> when every <c>new</c> of its class in the app names it in the props it hands the
    /// library's <c>Stack</c> (<c>new WebStack(app, "Blue", new StackProps { StackName = "web-blue" })</c>): each of those
    /// names. Null when the class is abstract or never created here, or some creation leaves the name to the CDK or gives
    /// one that is not known in full: the stack name then stays a value that may hold anything. Each name is one piece
    /// written where the stack name is read: a name it breaks is wrong there, not where the stack is named.
    /// </summary>
    private List<ImmutableArray<ValuePart>>? StackNamesGiven(INamedTypeSymbol stack, SyntaxNode read, Walk walk)
    {
        if (stack.IsAbstract || stack.DeclaringSyntaxReferences.IsEmpty)
            return null;
        List<ImmutableArray<ValuePart>>? names = null;
        foreach (var creation in CreationsOf(stack, walk.CancellationToken))
        {
            if (PropsOf(creation, null, walk.CancellationToken) is not { } props
                || SettingsNamed(props, "StackName", walk.CancellationToken).LastOrDefault() is not { Syntax: not null } named)
            {
                return null;
            }
            foreach (var name in Compose(named.Value, walk))
            {
                if (name.IsEmpty || name.Any(part => part.Kind != ValueKind.Text))
                    return null;
                var asRead = ImmutableArray.Create(new ValuePart(ValueKind.Text, string.Concat(name.Select(part => part.Text)), read));
                names ??= new List<ImmutableArray<ValuePart>>();
                if (!ContainsParts(names, asRead))
                    names.Add(asRead);
            }
        }
        return names;
    }

    /// <summary>
    /// The construct id a class's own <c>id</c> parameter or <c>Node.Id</c> reads (<paramref name="read"/>) when every
    /// creation of the class in the app gives it in full (<c>new DocsStack(app, "docs")</c>): each of those ids. Null
    /// for any other read, or when the class is abstract, never created here, derived from, or created with an id
    /// that is not one known text.
    /// </summary>
    public ImmutableArray<string>? IdsEveryCreationGives(SyntaxNode read, CancellationToken cancellationToken)
    {
        var type = OperationAt(read, cancellationToken) switch
        {
            IParameterReferenceOperation { Parameter: var parameter } when IsConstructIdParameter(parameter) => parameter.ContainingType,
            IPropertyReferenceOperation { Property.Name: "Id", Instance: IPropertyReferenceOperation { Property.Name: "Node", Instance: IInstanceReferenceOperation self } } id
                when Classify(id) == ValueKind.ConstructId => self.Type as INamedTypeSymbol,
            _ => null,
        };
        if (type is null || type.IsAbstract || type.DeclaringSyntaxReferences.IsEmpty
            || IsDerivedFromInThisApp(type, cancellationToken))
        {
            return null;
        }
        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var (call, _) in Calls(constructor, cancellationToken))
            {
                // A derived class's `: base(scope, id)` or a `: this(…)` passes on an id this does not follow.
                if (call is not IObjectCreationOperation creation || ConstructIdOf(creation, null, cancellationToken) is not { } id)
                    return null;
                ids.Add(id);
            }
        }
        return ids.Count == 0 ? null : ids.ToImmutable();
    }

    /// <summary>
    /// An enum value as text is its member's name (<c>$"exports-{stage}"</c> is <c>exports-Prod</c>, not <c>exports-1</c>): the
    /// member with the value where it is known, else the name of any member.
    /// </summary>
    private static List<ImmutableArray<ValuePart>> EnumNames(INamedTypeSymbol enumType, IOperation value)
    {
        const int MaxNames = 32;
        var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue
            && (!value.ConstantValue.HasValue || Equals(f.ConstantValue, value.ConstantValue.Value))).ToList();
        // A value no member has (flags combined), or one that two members share, is not known as text.
        var known = value.ConstantValue.HasValue ? members.Count == 1 : members.Count is > 0 and <= MaxNames;
        return known
            ? members.Select(f => ImmutableArray.Create(new ValuePart(ValueKind.Text, f.Name, value.Syntax))).ToList()
            : One(new ValuePart(ValueKind.Unknown, null, value.Syntax));
    }

    /// <summary>
    /// A builder's text where it is one chain from its creation: <c>new StringBuilder(start)</c> then <c>Append(piece)</c>
    /// calls; or a local whose own statements append to it before the use (<c>name.Append("-").Append(stage);</c>).
    /// Unknown where the builder is appended any other way: in a branch, by a method it is handed to.
    /// </summary>
    private List<ImmutableArray<ValuePart>> ComposeBuilderChain(IOperation builder, Frame? frame, Walk walk)
        => BuilderPieces(builder, frame, walk, depth: 0) is { } pieces ? Product(pieces) : One(new ValuePart(ValueKind.Unknown, null, builder.Syntax));

    private List<List<ImmutableArray<ValuePart>>>? BuilderPieces(IOperation builder, Frame? frame, Walk walk, int depth)
    {
        var pieces = Appended(builder, frame, walk, out var operation);
        if (operation is ILocalReferenceOperation held && depth == 0)
            return LocalBuilderPieces(held, frame, walk) is { } before ? before.Concat(pieces).ToList() : null;
        if (operation is not IObjectCreationOperation { Arguments.Length: <= 1 } creation
            || (creation.Arguments.Length == 1 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_String))
        {
            return null;
        }
        if (creation.Arguments.Length == 1)
            pieces.Insert(0, Compose(new Origin(creation.Arguments[0].Value, frame), walk));
        return pieces;
    }

    /// <summary>
    /// What a local builder holds at a use: its initializer's pieces, then those of the statements of its block that
    /// append to it before the use. Null where it is appended in a branch or named any other way before the use.
    /// </summary>
    private List<List<ImmutableArray<ValuePart>>>? LocalBuilderPieces(ILocalReferenceOperation use, Frame? frame, Walk walk)
    {
        if (CallsOnLocalBefore(use, walk.CancellationToken) is not var (initial, calls, namedOtherwise) || namedOtherwise
            || BuilderPieces(initial, frame, walk, depth: 1) is not { } pieces)
        {
            return null;
        }
        foreach (var (chain, inBranch) in calls)
        {
            var added = Appended(chain, frame, walk, out var root);
            if (inBranch || root is not ILocalReferenceOperation)
                return null;
            pieces.AddRange(added);
        }
        return pieces;
    }

    /// <summary>The pieces a chain of <c>Append(piece)</c> calls adds, in order, and what the first is made on (<paramref name="root"/>).</summary>
    private List<List<ImmutableArray<ValuePart>>> Appended(IOperation chain, Frame? frame, Walk walk, out IOperation root)
    {
        var pieces = new List<List<ImmutableArray<ValuePart>>>();
        root = Unwrap(chain);
        while (root is IInvocationOperation { TargetMethod.Name: "Append", Arguments.Length: 1, Instance: { } previous } append
            && append.Arguments[0].Value.Type?.SpecialType is SpecialType.System_String or SpecialType.System_Char or SpecialType.System_Int32)
        {
            pieces.Insert(0, Compose(new Origin(append.Arguments[0].Value, frame), walk));
            root = Unwrap(previous);
        }
        return pieces;
    }

    /// <summary>
    /// What a local declared with an initializer is given by its block's own statements before a use: the initializer,
    /// then each call chain a statement makes on it (<c>builder.AddJsonFile(…);</c>, <c>name.Append("-");</c>), with
    /// whether that statement runs only on some paths (inside an <c>if</c> or a loop); and whether anything before the
    /// use names it another way (hands it to a method). Null where it is not declared that way.
    /// </summary>
    private (IOperation Initial, List<(IInvocationOperation Chain, bool InBranch)> Calls, bool NamedOtherwise)? CallsOnLocalBefore(ILocalReferenceOperation use, CancellationToken cancellationToken)
    {
        var local = use.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var initializer }
            || initializer.FirstAncestorOrSelf<LocalDeclarationStatementSyntax>() is not { } declaration
            || OperationAt(initializer, cancellationToken) is not { } initial)
        {
            return null;
        }
        IEnumerable<StatementSyntax> siblings = declaration.Parent switch
        {
            BlockSyntax block => block.Statements,
            GlobalStatementSyntax { Parent: CompilationUnitSyntax unit } => unit.Members.OfType<GlobalStatementSyntax>().Select(global => global.Statement),
            _ => Enumerable.Empty<StatementSyntax>(),
        };
        var calls = new List<(IInvocationOperation, bool)>();
        var reached = false;
        var namedOtherwise = false;
        foreach (var statement in siblings)
        {
            if (statement.SpanStart <= declaration.SpanStart || statement.SpanStart >= use.Syntax.SpanStart)
                continue;
            var mentions = statement.DescendantNodes().Count(name => name is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == local.Name
                && name.SpanStart < use.Syntax.SpanStart && !use.Syntax.Span.Contains(name.Span));
            if (statement.Span.Contains(use.Syntax.Span))
            {
                reached = true;
                namedOtherwise |= mentions > 0;
                continue;
            }
            if (mentions == 0)
                continue;
            var inBranch = statement is not ExpressionStatementSyntax;
            var made = 0;
            foreach (var expression in inBranch ? statement.DescendantNodes().OfType<ExpressionStatementSyntax>() : new[] { (ExpressionStatementSyntax)statement })
            {
                if (expression.Expression is InvocationExpressionSyntax invocation && OperationAt(invocation, cancellationToken) is IInvocationOperation call
                    && IsMadeOn(call, local))
                {
                    calls.Add((call, inBranch));
                    made++;
                }
            }
            namedOtherwise |= mentions > made;
        }
        return (initial, calls, namedOtherwise || !reached);

        static bool IsMadeOn(IInvocationOperation call, ILocalSymbol local)
        {
            ChainOf(call, out var on);
            return on is ILocalReferenceOperation { Local: var root } && SymbolEqualityComparer.Default.Equals(root, local);
        }
    }

    // Its own method: a lambda here captures the walk, and C# would make the closure on every call of ComposeSource.
    private List<ImmutableArray<ValuePart>> ComposeInterpolation(IInterpolatedStringOperation interpolated, Frame? frame, Walk walk)
    {
        var pieces = new List<List<ImmutableArray<ValuePart>>>(interpolated.Parts.Length);
        foreach (var content in interpolated.Parts)
        {
            pieces.Add(content switch
            {
                IInterpolatedStringTextOperation text => One(new ValuePart(ValueKind.Text, text.Text.ConstantValue.Value as string ?? "", text.Syntax)),
                IInterpolationOperation { Alignment: null, FormatString: null } hole => Compose(new Origin(hole.Expression, frame), walk),
                IInterpolationOperation hole => ComposeFormatted(hole, frame, walk),
                // The same parts written through an interpolated string handler (string.Create).
                IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendLiteral, AppendCall: IInvocationOperation { Arguments.Length: 1 } appendLiteral }
                    when appendLiteral.Arguments[0].Value.ConstantValue.Value is string text => One(new ValuePart(ValueKind.Text, text, content.Syntax)),
                IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation { Arguments.Length: 1 } appendFormatted }
                    => Compose(new Origin(appendFormatted.Arguments[0].Value, frame), walk),
                _ => One(new ValuePart(ValueKind.Unknown, null, content.Syntax)),
            });
        }
        return Product(pieces);
    }

    /// <summary>
    /// A hole written with an alignment or a format (<c>{"Logs",-6}</c>, <c>{shard:D2}</c>): each constant the value can
    /// be, as .NET writes it; else unknown, at the value (whose type still tells a number from text).
    /// </summary>
    private List<ImmutableArray<ValuePart>> ComposeFormatted(IInterpolationOperation hole, Frame? frame, Walk walk)
    {
        var constants = Unwrap(hole.Expression).ConstantValue is { HasValue: true, Value: { } value } ? new List<object> { value } : ConstantsOf(hole.Expression, frame, walk);
        var texts = new List<ImmutableArray<ValuePart>>();
        foreach (var constant in constants ?? new List<object>())
        {
            if (Formatted(hole, constant) is not { } text)
                return One(new ValuePart(ValueKind.Unknown, null, hole.Expression.Syntax));
            texts.Add(ImmutableArray.Create(new ValuePart(ValueKind.Text, text, hole.Syntax)));
        }
        return texts.Count > 0 ? texts : One(new ValuePart(ValueKind.Unknown, null, hole.Expression.Syntax));
    }

    /// <summary>A constant as the hole's alignment and format write it; null when they are not constants or the format does not apply.</summary>
    private static string? Formatted(IInterpolationOperation hole, object value)
    {
        if ((hole.Alignment is { } alignment && alignment.ConstantValue is not { HasValue: true, Value: int })
            || (hole.FormatString is { } format && format.ConstantValue is not { HasValue: true, Value: string }))
        {
            return null;
        }
        var width = hole.Alignment?.ConstantValue.Value is int given ? "," + given.ToString(CultureInfo.InvariantCulture) : "";
        var pattern = hole.FormatString?.ConstantValue.Value is string written ? ":" + written.Replace("{", "{{").Replace("}", "}}") : "";
        try
        {
            return string.Format(CultureInfo.InvariantCulture, "{0" + width + pattern + "}", value);
        }
        catch (System.FormatException)
        {
            return null;
        }
    }

    /// <summary><c>string.Format/Join/Concat</c>, <c>ToLower*/ToUpper*</c>, <c>ToString()</c> of a string, <c>Path.Combine/Join</c>; null for other calls.</summary>
    private List<ImmutableArray<ValuePart>>? ComposeCall(IInvocationOperation invocation, Frame? frame, Walk walk)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type.SpecialType == SpecialType.System_String)
        {
            switch (method.Name)
            {
                case "ToLower" or "ToLowerInvariant" when invocation.Instance is { } instance:
                    return Recase(Compose(new Origin(instance, frame), walk), upper: false, invocation.Syntax);
                case "ToUpper" or "ToUpperInvariant" when invocation.Instance is { } instance:
                    return Recase(Compose(new Origin(instance, frame), walk), upper: true, invocation.Syntax);
                case "ToString" when invocation.Instance is { } instance:
                    return Compose(new Origin(instance, frame), walk);
                case "Trim" or "TrimStart" or "TrimEnd" when invocation.Instance is { } instance && invocation.Arguments.IsEmpty:
                    return Trim(Compose(new Origin(instance, frame), walk), start: method.Name != "TrimEnd", end: method.Name != "TrimStart");
                case "Replace" when invocation.Instance is { } instance && invocation.Arguments.Length == 2
                    && ConstantText(invocation.Arguments[0].Value) is { Length: > 0 } oldText && ConstantText(invocation.Arguments[1].Value) is { } newText:
                    return Replace(Compose(new Origin(instance, frame), walk), oldText, newText, invocation.Syntax);
                case "Concat" when method.IsStatic:
                    return Product(ArgumentPieces(invocation, frame, walk));
                case "Join" when method.IsStatic:
                    return ComposeJoin(invocation, frame, walk, separatorOrdinal: 0);
                case "Format" when method.IsStatic:
                    return ComposeFormat(invocation, frame, walk);
                // string.Create(CultureInfo.InvariantCulture, $"…"): the interpolation, written through its handler.
                case "Create" when method.IsStatic && invocation.Arguments.Length == 2
                    && Unwrap(invocation.Arguments[1].Value) is IInterpolatedStringHandlerCreationOperation { Content: IInterpolatedStringOperation content }:
                    return ComposeInterpolation(content, frame, walk);
            }
            return null;
        }
        // FormattableString.Invariant($"…"), FormattableString.CurrentCulture($"…"): the interpolation.
        if (method is { IsStatic: true, Name: "Invariant" or "CurrentCulture", Parameters.Length: 1 } && SymbolEqualityComparer.Default.Equals(type, _cdk.Type("System.FormattableString")))
            return Compose(new Origin(invocation.Arguments[0].Value, frame), walk);
        // new StringBuilder("acme").Append("-").Append(stage).ToString(): the pieces in order.
        if (method is { Name: "ToString", Parameters.IsEmpty: true } && invocation.Instance is { } built
            && SymbolEqualityComparer.Default.Equals(type, _cdk.Type("System.Text.StringBuilder")))
        {
            return ComposeBuilderChain(built, frame, walk);
        }
        // Node.TryGetContext("domain"): the app's cdk.json value for the key, or whatever the command line sets instead;
        // TryGetContext("domain").ToString() too.
        if ((ContextValue(invocation, frame, walk)
            ?? (method is { Name: "ToString", Parameters.IsEmpty: true } && DelegateOf(invocation) is { } read ? ContextValue(read, frame, walk) : null)) is { } context)
        {
            return context;
        }
        // stage.ToString() of an enum: its member's name; account.ToString() of an integer: its digits, as interpolation writes them.
        if (method is { Name: "ToString", Parameters.IsEmpty: true } && invocation.Instance is { Type: { } instanceType } value
            && (instanceType.TypeKind == TypeKind.Enum || IsInteger(instanceType)))
        {
            return Compose(new Origin(value, frame), walk);
        }
        if (method.IsStatic && method.Name is "Combine" or "Join" && SymbolEqualityComparer.Default.Equals(type, _cdk.Type("System.IO.Path")))
            return JoinAll(ArgumentPieces(invocation, frame, walk), "/", invocation.Syntax);
        // Fn.Join("", [...]) joins at deploy time what string.Join joins at synth.
        if (method.Name == "Join" && SymbolEqualityComparer.Default.Equals(type, _cdk.Type("Amazon.CDK.Fn")))
            return ComposeJoin(invocation, frame, walk, separatorOrdinal: 0);
        // Names.UniqueId(this), Names.UniqueResourceName(this, …): made of the construct's path, in its ids' casing.
        if (method.IsStatic && method.Name is "UniqueId" or "UniqueResourceName" or "NodeUniqueId" && SymbolEqualityComparer.Default.Equals(type, _cdk.Type("Amazon.CDK.Names")))
            return One(new ValuePart(ValueKind.ConstructId, null, invocation.Syntax));
        return null;
    }

    /// <summary>
    /// A value read from the app's cdk.json context: <c>Node.TryGetContext("key")</c>, or an entry of an object it gives
    /// (<c>((Dictionary&lt;string, object&gt;)Node.TryGetContext("prod"))["account"]</c>): each text cdk.json gives there, and
    /// whatever a command-line override gives instead. Null where it reads no text cdk.json gives.
    /// </summary>
    private List<ImmutableArray<ValuePart>>? ContextValue(IOperation operation, Frame? frame, Walk walk)
    {
        if (_cdk.Context.IsEmpty || ContextValues(Unwrap(operation), frame, walk, depth: 0) is not { } values)
            return null;
        var alternatives = new List<ImmutableArray<ValuePart>>();
        foreach (var (value, at) in values)
        {
            if (value is string text)
                alternatives.Add(ImmutableArray.Create(new ValuePart(ValueKind.Text, text, at, isFromConfiguration: true)));
        }
        if (alternatives.Count == 0)
            return null;
        alternatives.Add(ImmutableArray.Create(new ValuePart(ValueKind.Unknown, null, operation.Syntax)));
        return alternatives;
    }

    /// <summary>The cdk.json values an operation may read, each with where it is read; null where it may read anything else.</summary>
    private List<(object? Value, SyntaxNode At)>? ContextValues(IOperation operation, Frame? frame, Walk walk, int depth)
    {
        if (operation is IInvocationOperation { TargetMethod: { Name: "TryGetContext", ContainingType: var node }, Arguments.Length: 1 } read
            && SymbolEqualityComparer.Default.Equals(node, _cdk.ConstructNode))
        {
            var found = new List<(object?, SyntaxNode)>();
            foreach (var (key, at) in KnownKeys(read.Arguments[0].Value, read.Syntax, frame, walk))
            {
                if (_cdk.Context.ValueAt(key) is { } value)
                    found.Add((value, at));
            }
            return found.Count > 0 ? found : null;
        }
        // settings["account"] of a context object: the entry each object cdk.json may give holds.
        if (depth < 3 && operation is IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } instance } element
            && KnownKeys(element.Arguments[0].Value, element.Syntax, frame, walk) is { Count: 1 } names)
        {
            var name = names[0].Key;
            var sources = new List<Origin>();
            AddSources(new Origin(instance, frame), walk, sources);
            var found = new List<(object?, SyntaxNode)>();
            foreach (var source in sources)
            {
                if (ContextValues(Unwrap(source.Operation), source.Frame, walk, depth + 1) is not { } objects)
                    return null;
                foreach (var (value, _) in objects)
                {
                    if (value is IReadOnlyDictionary<string, object?> entries && entries.TryGetValue(name, out var entry) && entry is not null)
                        found.Add((entry, element.Syntax));
                }
            }
            return found.Count > 0 ? found : null;
        }
        return null;
    }

    /// <summary>
    /// The texts a context key may be, each with where a value read with it is reported: <paramref name="read"/>, or for a
    /// key a helper's caller gives (<c>Context("bucket")</c> with <c>(string)Node.TryGetContext(key)</c>), that literal.
    /// A key an override may give (<c>(string)Node.TryGetContext("stage") ?? "dev"</c>) is each text cdk.json or the code gives.
    /// </summary>
    private List<(string Key, SyntaxNode At)> KnownKeys(IOperation key, SyntaxNode read, Frame? frame, Walk walk)
    {
        var keys = new List<(string, SyntaxNode)>();
        if (key.ConstantValue is { HasValue: true, Value: string constant })
        {
            keys.Add((constant, read));
            return keys;
        }
        foreach (var alternative in Compose(new Origin(key, frame), walk))
        {
            if (alternative.Length == 1 && alternative[0] is { Kind: ValueKind.Text, Text: { } given } part)
                keys.Add((given, part.IsWrittenIn(read) ? read : part.Syntax));
        }
        return keys;
    }

    /// <summary>An integer type, whose <c>ToString()</c> is its digits in every culture.</summary>
    private static bool IsInteger(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;

    /// <summary>ArgumentKind.ParamCollection (C# 13), newer than the Roslyn this analyzer builds against.</summary>
    private const ArgumentKind ParamCollection = (ArgumentKind)4;

    /// <summary>The pieces of each argument in order, a params array's or params collection's elements included.</summary>
    private List<List<ImmutableArray<ValuePart>>> ArgumentPieces(IInvocationOperation invocation, Frame? frame, Walk walk, int skip = 0)
    {
        var pieces = new List<List<ImmutableArray<ValuePart>>>();
        foreach (var argument in invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).OrderBy(a => a.Parameter?.Ordinal ?? 0).Skip(skip))
        {
            // .NET 9 and later: string.Join(":", a, b, c) binds to params ReadOnlySpan<string>, whose arguments are the children.
            if (argument.ArgumentKind == ParamCollection)
            {
                foreach (var element in argument.Value.ChildOperations)
                    pieces.Add(Compose(new Origin(element, frame), walk));
                continue;
            }
            if (argument.Value.Type is IArrayTypeSymbol || argument.ArgumentKind == ArgumentKind.ParamArray || IsEnumerable(argument.Value.Type))
            {
                var elements = ElementsOf(new Origin(argument.Value, frame), walk, out var complete);
                if (!complete)
                    pieces.Add(One(new ValuePart(ValueKind.Unknown, null, argument.Syntax)));
                else
                    pieces.AddRange(elements.Select(e => Compose(e, walk)));
            }
            else
            {
                pieces.Add(Compose(new Origin(argument.Value, frame), walk));
            }
        }
        return pieces;
    }

    private List<ImmutableArray<ValuePart>> ComposeJoin(IInvocationOperation invocation, Frame? frame, Walk walk, int separatorOrdinal)
    {
        var separator = ArgumentAt(invocation.Arguments, separatorOrdinal);
        if (separator is null)
            return One(new ValuePart(ValueKind.Unknown, null, invocation.Syntax));
        var separators = separator.Value.Type?.SpecialType == SpecialType.System_Char && separator.Value.ConstantValue.Value is char c
            ? One(new ValuePart(ValueKind.Text, c.ToString(), separator.Value.Syntax))
            : Compose(new Origin(separator.Value, frame), walk);
        var values = ArgumentPieces(invocation, frame, walk, skip: 1);
        var interleaved = new List<List<ImmutableArray<ValuePart>>>();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
                interleaved.Add(separators);
            interleaved.Add(values[i]);
        }
        return Product(interleaved);
    }

    /// <summary><c>string.Format</c> with a known format: its text around each <c>{n}</c> hole, at the format's literal.</summary>
    private List<ImmutableArray<ValuePart>> ComposeFormat(IInvocationOperation invocation, Frame? frame, Walk walk)
    {
        var format = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "format");
        var unknown = One(new ValuePart(ValueKind.Unknown, null, invocation.Syntax));
        if (format is null)
            return unknown;
        var arguments = ArgumentPieces(invocation, frame, walk, skip: format.Parameter!.Ordinal + 1);
        var result = new List<ImmutableArray<ValuePart>>();
        foreach (var formatValue in Compose(new Origin(format.Value, frame), walk))
        {
            if (formatValue.Length != 1 || formatValue[0].Kind != ValueKind.Text || ParseFormat(formatValue[0].Text!, formatValue[0].Syntax, arguments) is not { } pieces)
                return unknown;
            result.AddRange(Product(pieces));
        }
        return result;
    }

    private static List<List<ImmutableArray<ValuePart>>>? ParseFormat(string format, SyntaxNode syntax, List<List<ImmutableArray<ValuePart>>> arguments)
    {
        var pieces = new List<List<ImmutableArray<ValuePart>>>();
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                text.Append(c);
                i++;
                continue;
            }
            if (c != '{')
            {
                text.Append(c);
                continue;
            }
            var end = format.IndexOf('}', i);
            if (end < 0)
                return null;
            var hole = format.Substring(i + 1, end - i - 1);
            if (!int.TryParse(hole, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= arguments.Count)
                return null;
            if (text.Length > 0)
                pieces.Add(One(new ValuePart(ValueKind.Text, text.ToString(), syntax)));
            text.Clear();
            pieces.Add(arguments[index]);
            i = end;
        }
        if (text.Length > 0 || pieces.Count == 0)
            pieces.Add(One(new ValuePart(ValueKind.Text, text.ToString(), syntax)));
        return pieces;
    }

    private static List<ImmutableArray<ValuePart>> JoinAll(List<List<ImmutableArray<ValuePart>>> values, string separator, SyntaxNode syntax)
    {
        var interleaved = new List<List<ImmutableArray<ValuePart>>>();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
                interleaved.Add(One(new ValuePart(ValueKind.Text, separator, syntax)));
            interleaved.Add(values[i]);
        }
        return Product(interleaved);
    }

    /// <summary>A char or string constant as text (a null replacement removes); null for anything else.</summary>
    private static string? ConstantText(IOperation value) => value.ConstantValue switch
    {
        { HasValue: true, Value: char c } => c.ToString(),
        { HasValue: true, Value: string text } => text,
        { HasValue: true, Value: null } => "",
        _ => null,
    };

    /// <summary>
    /// <c>Replace</c> with constants, in the known text: a piece it changes is reported at the call, as a recased one;
    /// a piece it leaves alone keeps its literal. (Text an unknown piece holds stays unknown.)
    /// </summary>
    private static List<ImmutableArray<ValuePart>> Replace(List<ImmutableArray<ValuePart>> alternatives, string oldText, string newText, SyntaxNode call)
    {
        var replaced = new List<ImmutableArray<ValuePart>>(alternatives.Count);
        foreach (var parts in alternatives)
        {
            replaced.Add(parts.Select(part => part.Kind == ValueKind.Text && part.Text!.IndexOf(oldText, System.StringComparison.Ordinal) >= 0
                    ? part.WithText(part.Text!.Replace(oldText, newText), call)
                    : part)
                .ToImmutableArray());
        }
        return replaced;
    }

    /// <summary>White space cut from the first piece's start and the last piece's end, where they are known text; each piece stays where it is written.</summary>
    private static List<ImmutableArray<ValuePart>> Trim(List<ImmutableArray<ValuePart>> alternatives, bool start, bool end)
    {
        var trimmed = new List<ImmutableArray<ValuePart>>(alternatives.Count);
        foreach (var parts in alternatives)
        {
            var builder = parts.ToBuilder();
            if (start && builder.Count > 0 && builder[0] is { Kind: ValueKind.Text } first)
                builder[0] = first.WithText(first.Text!.TrimStart(), first.Syntax);
            if (end && builder.Count > 0 && builder[builder.Count - 1] is { Kind: ValueKind.Text } last)
                builder[builder.Count - 1] = last.WithText(last.Text!.TrimEnd(), last.Syntax);
            trimmed.Add(builder.ToImmutable());
        }
        return trimmed;
    }

    private static List<ImmutableArray<ValuePart>> Recase(List<ImmutableArray<ValuePart>> alternatives, bool upper, SyntaxNode call)
    {
        var recased = new List<ImmutableArray<ValuePart>>(alternatives.Count);
        foreach (var parts in alternatives)
        {
            recased.Add(parts.Select(part => part.Kind == ValueKind.Text
                    ? part.WithText(upper ? part.Text!.ToUpperInvariant() : part.Text!.ToLowerInvariant(), call)
                    : new ValuePart(part.Kind, null, part.Syntax, isLowercased: !upper, part.IsToken))
                .ToImmutableArray());
        }
        return recased;
    }

    /// <summary>Every combination of one alternative per piece, in order (at most <see cref="MaxAlternatives"/>).</summary>
    private static List<ImmutableArray<ValuePart>> Product(IEnumerable<List<ImmutableArray<ValuePart>>> pieces)
    {
        var combinations = new List<ImmutableArray<ValuePart>> { ImmutableArray<ValuePart>.Empty };
        foreach (var piece in pieces)
        {
            if (piece.Count == 0)
                return new List<ImmutableArray<ValuePart>>();
            var next = new List<ImmutableArray<ValuePart>>();
            foreach (var prefix in combinations)
            {
                foreach (var alternative in piece)
                {
                    if (next.Count < MaxAlternatives)
                        next.Add(prefix.AddRange(alternative));
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static List<ImmutableArray<ValuePart>> One(ValuePart part) => new(1) { ImmutableArray.Create(part) };

    private static bool ContainsParts(List<ImmutableArray<ValuePart>> alternatives, ImmutableArray<ValuePart> parts)
    {
        foreach (var alternative in alternatives)
        {
            if (SameParts(alternative, parts))
                return true;
        }
        return false;
    }

    private static bool SameParts(ImmutableArray<ValuePart> a, ImmutableArray<ValuePart> b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i].Kind != b[i].Kind || a[i].Text != b[i].Text || a[i].Syntax.Span != b[i].Syntax.Span || a[i].Syntax.SyntaxTree != b[i].Syntax.SyntaxTree)
                return false;
        }
        return true;
    }

    /// <summary>The CDK's own values: <c>Aws.STACK_NAME</c> and friends, a stack's <c>StackName</c>, <c>Account</c>, …, and <c>Node.Id</c>.</summary>
    private ValueKind? Classify(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (property.IsStatic && SymbolEqualityComparer.Default.Equals(property.ContainingType, _cdk.Aws))
        {
            return property.Name switch
            {
                "STACK_NAME" => ValueKind.StackName,
                "ACCOUNT_ID" => ValueKind.Account,
                "REGION" => ValueKind.Region,
                "PARTITION" => ValueKind.Partition,
                "URL_SUFFIX" => ValueKind.UrlSuffix,
                _ => ValueKind.Unknown,
            };
        }
        if (!property.IsStatic && _cdk.IsStack(property.ContainingType))
        {
            return property.Name switch
            {
                "StackName" => ValueKind.StackName,
                "Account" => ValueKind.Account,
                "Region" => ValueKind.Region,
                "Partition" => ValueKind.Partition,
                "UrlSuffix" => ValueKind.UrlSuffix,
                _ => null,
            };
        }
        if (property.Name == "Id" && SymbolEqualityComparer.Default.Equals(property.ContainingType, _cdk.ConstructNode))
            return ValueKind.ConstructId;
        return null;
    }

    /// <summary>
    /// The name a literal is given where it is written: the const, field, local or property it initializes, the
    /// property or parameter it is assigned or passed to (<c>Account = "…"</c>, <c>new EnvConfig(Account: "…")</c>),
    /// seen through <c>??</c>, <c>?:</c>, switch arms and collection elements. Null when it has none.
    /// </summary>
    public string? NameGivenAt(Location location, CancellationToken cancellationToken)
    {
        if (location.SourceTree is not { } tree)
            return null;
        SyntaxNode? node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
        for (var depth = 0; node is not null && depth < 8; depth++)
        {
            var parent = node.Parent;
            switch (parent)
            {
                case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }:
                    return declarator.Identifier.ValueText;
                case EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return property.Identifier.ValueText;
                case EqualsValueClauseSyntax { Parent: ParameterSyntax parameter }:
                    return parameter.Identifier.ValueText;
                case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property }:
                    return property.Identifier.ValueText;
                case AssignmentExpressionSyntax assignment when assignment.Right == node:
                    return SyntaxIndex.RightmostName(assignment.Left);
                case ArgumentSyntax argument:
                    return argument.NameColon?.Name.Identifier.ValueText
                        ?? (OperationAt(argument, cancellationToken) as IArgumentOperation)?.Parameter?.Name;
                case ConditionalExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } or ParenthesizedExpressionSyntax
                    or CastExpressionSyntax or SwitchExpressionArmSyntax or SwitchExpressionSyntax or InitializerExpressionSyntax
                    or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax or ExpressionElementSyntax:
                    node = parent;
                    continue;
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The known numbers a value may be: constants, sums, differences, products and quotients of known numbers
    /// (<c>timeout * 6</c>), and a known <c>TimeSpan</c>'s <c>TotalSeconds</c>, <c>TotalMinutes</c>, …;
    /// <paramref name="hasUnknown"/> tells whether some source is not a known number (null included).
    /// </summary>
    public ImmutableArray<double> Numbers(Origin value, CancellationToken cancellationToken, out bool hasUnknown)
        => Numbers(value, depth: 0, cancellationToken, out hasUnknown);

    /// <summary>As <see cref="Numbers(Origin, CancellationToken, out bool)"/>, with a null told apart: a setting left unset, not an unknown.</summary>
    public ImmutableArray<double> Numbers(Origin value, CancellationToken cancellationToken, out bool hasUnknown, out bool mayBeNull)
        => Numbers(value, depth: 0, cancellationToken, out hasUnknown, out mayBeNull);

    /// <summary>How many numbers or lengths deep a number is read (<c>timeout.ToSeconds() * 6 + 10</c> is three).</summary>
    private const int MaxNumberDepth = 4;

    private ImmutableArray<double> Numbers(Origin value, int depth, CancellationToken cancellationToken, out bool hasUnknown)
    {
        var numbers = Numbers(value, depth, cancellationToken, out hasUnknown, out var mayBeNull);
        hasUnknown |= mayBeNull;
        return numbers;
    }

    private ImmutableArray<double> Numbers(Origin value, int depth, CancellationToken cancellationToken, out bool hasUnknown, out bool mayBeNull)
    {
        const int MaxNumbers = 16;
        var duration = _cdk.Type("Amazon.CDK.Duration");
        var numbers = ImmutableArray.CreateBuilder<double>();
        hasUnknown = false;
        mayBeNull = false;
        foreach (var source in Sources(value, cancellationToken))
        {
            var operation = Unwrap(source.Operation);
            if (operation.ConstantValue is { HasValue: true, Value: { } constant } && IsNumber(constant)
                && double.TryParse(ToText(constant), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                numbers.Add(number);
            }
            // A null is a setting left unset (reserved > 0 ? reserved : null): no number.
            else if (operation.ConstantValue is { HasValue: true, Value: null })
            {
                mayBeNull = true;
            }
            else if (depth < MaxNumberDepth && Operands(operation) is var (leftOperand, rightOperand, apply)
                && Numbers(new Origin(leftOperand, source.Frame), depth + 1, cancellationToken, out var unknownLeft) is { IsEmpty: false } left && !unknownLeft
                && Numbers(new Origin(rightOperand, source.Frame), depth + 1, cancellationToken, out var unknownRight) is { IsEmpty: false } right && !unknownRight
                && left.Length * right.Length <= MaxNumbers)
            {
                foreach (var a in left)
                {
                    foreach (var b in right)
                    {
                        if (apply(a, b) is { } result)
                            numbers.Add(result);
                        else
                            hasUnknown = true;
                    }
                }
            }
            // Math.Ceiling(seconds / 2), Floor, Round, Abs of a known number.
            else if (depth < MaxNumberDepth && operation is IInvocationOperation { TargetMethod: { Name: "Ceiling" or "Floor" or "Round" or "Abs", ContainingType: { Name: "Math", ContainingNamespace.Name: "System" } } rounding, Arguments.Length: 1 } single)
            {
                var inner = Numbers(new Origin(single.Arguments[0].Value, source.Frame), depth + 1, cancellationToken, out var unknownInner);
                foreach (var n in inner)
                {
                    numbers.Add(rounding.Name switch
                    {
                        "Ceiling" => System.Math.Ceiling(n),
                        "Floor" => System.Math.Floor(n),
                        "Round" => System.Math.Round(n),
                        _ => System.Math.Abs(n),
                    });
                }
                hasUnknown |= unknownInner || inner.IsEmpty;
            }
            // span.TotalSeconds, span.TotalMinutes, … of a known TimeSpan.
            else if (depth < MaxNumberDepth && operation is IPropertyReferenceOperation { Instance: { } span, Property.Name: var total } && IsTimeSpan(span.Type)
                && total.StartsWith("Total", System.StringComparison.Ordinal) && UnitSeconds(total.Substring("Total".Length)) is { } unit)
            {
                var lengths = Seconds(new Origin(span, source.Frame), depth + 1, cancellationToken, out var unknownSpan, whenNull: null);
                foreach (var length in lengths)
                    numbers.Add(length / unit);
                hasUnknown |= unknownSpan || lengths.IsEmpty;
            }
            // settings.Concurrency of an object bound from configuration: the number each text it reads is.
            else if (depth < MaxNumberDepth && ConfigurationValue(operation, source.Frame, new Walk(cancellationToken)) is { } configured)
            {
                foreach (var alternative in configured)
                {
                    if (alternative.Length == 1 && alternative[0] is { Kind: ValueKind.Text, Text: { } text }
                        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var read))
                    {
                        numbers.Add(read);
                    }
                    else
                    {
                        hasUnknown = true;
                    }
                }
            }
            // duration.ToSeconds(), ToMinutes(), … of a known Duration.
            else if (depth < MaxNumberDepth && operation is IInvocationOperation { Instance: { } length, TargetMethod.Name: var conversion }
                && SymbolEqualityComparer.Default.Equals(length.Type, duration)
                && conversion.StartsWith("To", System.StringComparison.Ordinal) && UnitSeconds(conversion.Substring("To".Length)) is { } durationUnit)
            {
                var lengths = Seconds(new Origin(length, source.Frame), depth + 1, cancellationToken, out var unknownLength, whenNull: null);
                foreach (var seconds in lengths)
                    numbers.Add(seconds / durationUnit);
                hasUnknown |= unknownLength || lengths.IsEmpty;
            }
            else
            {
                hasUnknown = true;
            }
        }
        return numbers.ToImmutable();
    }

    /// <summary>The two numbers an operation combines and how: <c>a + b</c> (and <c>a += b</c>), <c>-</c>, <c>*</c>, <c>/</c>, <c>Math.Max(a, b)</c>, <c>Math.Min(a, b)</c>.</summary>
    private static (IOperation Left, IOperation Right, System.Func<double, double, double?> Apply)? Operands(IOperation operation)
        => operation switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => (add.LeftOperand, add.RightOperand, (a, b) => a + b),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add => (add.Target, add.Value, (a, b) => a + b),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract => (subtract.LeftOperand, subtract.RightOperand, (a, b) => a - b),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } multiply => (multiply.LeftOperand, multiply.RightOperand, (a, b) => a * b),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } divide => (divide.LeftOperand, divide.RightOperand, (a, b) => b == 0 ? null : a / b),
            IInvocationOperation { TargetMethod: { Name: "Max" or "Min", ContainingType: { Name: "Math", ContainingNamespace.Name: "System" } } method, Arguments.Length: 2 } call
                => (ValueAt(call.Arguments, 0), ValueAt(call.Arguments, 1), method.Name == "Max" ? (a, b) => System.Math.Max(a, b) : (a, b) => System.Math.Min(a, b)),
            _ => null,
        };

    private static bool IsTimeSpan(ITypeSymbol? type) => type is { Name: "TimeSpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// The known lengths in seconds a duration may be: <c>Duration.Seconds(30)</c>, <c>Minutes</c>, <c>Hours</c>,
    /// <c>Days</c>, <c>Millis</c> of known numbers, a <c>TimeSpan</c> (<c>TimeSpan.FromMinutes(2)</c>,
    /// <c>new TimeSpan(h, m, s)</c>), or a plain number of seconds (an L1 property); <paramref name="hasUnknown"/> tells
    /// whether some source is not such a duration. A <c>null</c> is the setting left to the service's default:
    /// <paramref name="whenNull"/> when given, else no length.
    /// </summary>
    public ImmutableArray<double> Seconds(Origin value, CancellationToken cancellationToken, out bool hasUnknown, double? whenNull = null)
        => Seconds(value, depth: 0, cancellationToken, out hasUnknown, whenNull);

    private ImmutableArray<double> Seconds(Origin value, int depth, CancellationToken cancellationToken, out bool hasUnknown, double? whenNull)
    {
        var seconds = ImmutableArray.CreateBuilder<double>();
        hasUnknown = false;
        var duration = _cdk.Type("Amazon.CDK.Duration");
        foreach (var source in Sources(value, cancellationToken))
        {
            var operation = Unwrap(source.Operation);
            if (LengthWrittenAs(operation, duration) is var (amounts, units))
            {
                // One amount (Duration.Minutes(n), TimeSpan.FromMinutes(n)): each number it may be; several: one number each.
                if (units.Length == 1)
                {
                    seconds.AddRange(Numbers(new Origin(amounts[0].Value, source.Frame), depth + 1, cancellationToken, out var unknownAmount).Select(a => a * units[0]));
                    hasUnknown |= unknownAmount;
                    continue;
                }
                double? total = 0;
                for (var i = 0; i < units.Length && total is not null; i++)
                {
                    var part = Numbers(new Origin(amounts[i].Value, source.Frame), depth + 1, cancellationToken, out var unknownPart);
                    total = part.Length == 1 && !unknownPart ? total + part[0] * units[i] : null;
                }
                if (total is { } known)
                    seconds.Add(known);
                else
                    hasUnknown = true;
            }
            else if (operation.ConstantValue is { HasValue: true, Value: { } constant } && IsNumber(constant))
            {
                seconds.Add(System.Convert.ToDouble(constant, CultureInfo.InvariantCulture));
            }
            // timeout.Plus(Duration.Seconds(30)), Minus: each length one side may be with each the other may be.
            else if (depth < MaxNumberDepth && operation is IInvocationOperation { Instance: { } first, TargetMethod.Name: "Plus" or "Minus" } sum && sum.Arguments.Length == 1
                && SymbolEqualityComparer.Default.Equals(first.Type, duration))
            {
                var left = Seconds(new Origin(first, source.Frame), depth + 1, cancellationToken, out var unknownLeft, whenNull: null);
                var right = Seconds(new Origin(sum.Arguments[0].Value, source.Frame), depth + 1, cancellationToken, out var unknownRight, whenNull: null);
                hasUnknown |= unknownLeft || unknownRight || left.IsEmpty || right.IsEmpty;
                foreach (var a in left)
                    seconds.AddRange(right.Select(b => sum.TargetMethod.Name == "Plus" ? a + b : a - b));
            }
            else if (!IsNull(operation))
            {
                hasUnknown = true;
            }
            else if (whenNull is { } defaultSeconds)
            {
                seconds.Add(defaultSeconds);
            }
        }
        return seconds.ToImmutable();
    }

    private static readonly double[] HoursMinutesSeconds = { 3600, 60, 1 };
    private static readonly double[] DaysHoursMinutesSeconds = { 86400, 3600, 60, 1 };

    /// <summary>The amounts a length is written with and the seconds in a unit of each: <c>Duration.Minutes(2)</c>, <c>TimeSpan.FromMinutes(2)</c>, <c>new TimeSpan(h, m, s)</c>.</summary>
    private static (ImmutableArray<IArgumentOperation> Amounts, double[] Units)? LengthWrittenAs(IOperation operation, INamedTypeSymbol? duration)
        => operation switch
        {
            IInvocationOperation { TargetMethod: { IsStatic: true } method, Arguments.Length: > 0 } call
                when SymbolEqualityComparer.Default.Equals(method.ContainingType, duration) && UnitSeconds(method.Name) is { } unit => (call.Arguments, new[] { unit }),
            IInvocationOperation { TargetMethod: { IsStatic: true, Name: var name } method, Arguments.Length: 1 } call
                when IsTimeSpan(method.ContainingType) && name.StartsWith("From", System.StringComparison.Ordinal) && UnitSeconds(name.Substring("From".Length)) is { } unit
                => (call.Arguments, new[] { unit }),
            IObjectCreationOperation { Arguments.Length: 3 } creation when IsTimeSpan(creation.Type) => (creation.Arguments, HoursMinutesSeconds),
            IObjectCreationOperation { Arguments.Length: 4 } creation when IsTimeSpan(creation.Type) => (creation.Arguments, DaysHoursMinutesSeconds),
            _ => null,
        };

    /// <summary>Seconds in one unit: a <c>Duration</c> factory's name, or a <c>TimeSpan</c> unit (<c>From…</c>, <c>Total…</c> without the prefix).</summary>
    private static double? UnitSeconds(string unit)
        => unit switch
        {
            "Millis" or "Milliseconds" => 0.001,
            "Seconds" => 1,
            "Minutes" => 60,
            "Hours" => 3600,
            "Days" => 86400,
            _ => null,
        };

    private static bool IsNumber(object value)
        => value is int or long or short or byte or uint or ulong or ushort or sbyte or double or float or decimal;

    private static string? ToText(object? value) => System.Convert.ToString(value, CultureInfo.InvariantCulture);
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// What a value can be, asked by every rule. An expression is followed the way a reader would follow it — every
/// branch of <c>??</c>, <c>?:</c> and switch expressions; locals (the writes that reach the use), fields and
/// properties (initializer and every write, or the one object the value is read from); parameters (the
/// arguments of the call being followed, else of every call in the compilation); helpers that return a value —
/// to its <em>sources</em>: the expressions that produce it. The other files of this class build on that:
/// strings (<see cref="Strings"/>), numbers, the elements of collections, the entries of dictionaries, the
/// settings of props objects built in steps, and the constructs a value is.
/// One model per compilation (<see cref="CdkTypes.Values"/>); what it learns about symbols is cached there.
/// Anything it cannot follow stays as it is, which the questions answer as unknown — never guessed.
/// </summary>
internal sealed partial class ValueModel
{
    private const int MaxDepth = 14;
    private const int MaxSteps = 4000;
    private const int MaxSources = 64;

    private readonly Compilation _compilation;
    private readonly CdkTypes _cdk;
    private readonly object _indexLock = new();
    private SyntaxIndex? _index;

    // Answers that hold operations are kept with the semantic model of the file that declares their symbol, for as
    // long as the driver keeps that model: an operation holds its model and every bound tree of its file, and the
    // driver lets a file's model go once the file is analyzed. A later question about that file gets a new model.
    private readonly ConditionalWeakTable<SemanticModel, ModelAnswers> _answers = new();
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<SyntaxNode>> _returns = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, ImmutableArray<SyntaxNode>> _usesOf = new(SymbolEqualityComparer.Default);
    // Keyed by syntax, not by operation: the trees live as long as the compilation, operation trees need not.
    private readonly ConcurrentDictionary<SyntaxNode, ImmutableArray<StringValue>> _strings = new();
    private readonly ConcurrentDictionary<SyntaxTree, ScopeNames> _scopeNames = new();
    private readonly INamedTypeSymbol? _configuration;
    private readonly INamedTypeSymbol? _configurationBinder;

    public ValueModel(Compilation compilation, CdkTypes cdk)
    {
        _compilation = compilation;
        _cdk = cdk;
        _dictionaryTypes = cdk.Types("System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2");
        _keyValuePair = cdk.Type("System.Collections.Generic.KeyValuePair`2");
        // Looked up only where referenced: a missing type is searched for in every reference.
        var referenced = compilation.ReferencedAssemblyNames.Select(assembly => assembly.Name).ToImmutableHashSet();
        _configuration = referenced.Contains("Microsoft.Extensions.Configuration.Abstractions") ? cdk.Type("Microsoft.Extensions.Configuration.IConfiguration") : null;
        _configurationBinder = referenced.Contains("Microsoft.Extensions.Configuration.Binder") ? cdk.Type("Microsoft.Extensions.Configuration.ConfigurationBinder") : null;
    }

    /// <summary>The expressions a value may come from, each with the call it is seen through.</summary>
    public ImmutableArray<Origin> Sources(Origin value, CancellationToken cancellationToken)
    {
        var walk = new Walk(cancellationToken);
        var sources = new List<Origin>();
        AddSources(value, walk, sources);
        return sources.ToImmutableArray();
    }

    /// <summary>The argument written or defaulted for the parameter at <paramref name="ordinal"/>; null when there is none.</summary>
    public static IArgumentOperation? ArgumentAt(ImmutableArray<IArgumentOperation> arguments, int ordinal)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
                return argument;
        }
        return null;
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    break;
                default:
                    return operation;
            }
        }
    }

    /// <summary>What one question has followed so far: how deep, how far, which symbols are on the path (no cycles).</summary>
    private sealed class Walk
    {
        public Walk(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

        public CancellationToken CancellationToken { get; }
        public int Depth { get; set; }
        public int Steps { get; set; }
        public HashSet<ISymbol> Following => _following ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>Members on the path with the variable they are read from: <c>baseCfg with { Name = baseCfg.Name }</c> reads Name of two objects.</summary>
        public HashSet<(ISymbol Member, ISymbol Variable)> FollowingMembers => _followingMembers ??= new HashSet<(ISymbol, ISymbol)>(MemberOfVariable.Comparer);

        private HashSet<ISymbol>? _following;
        private HashSet<(ISymbol, ISymbol)>? _followingMembers;

        private sealed class MemberOfVariable : IEqualityComparer<(ISymbol Member, ISymbol Variable)>
        {
            public static readonly MemberOfVariable Comparer = new();

            public bool Equals((ISymbol Member, ISymbol Variable) x, (ISymbol Member, ISymbol Variable) y)
                => SymbolEqualityComparer.Default.Equals(x.Member, y.Member) && SymbolEqualityComparer.Default.Equals(x.Variable, y.Variable);

            public int GetHashCode((ISymbol Member, ISymbol Variable) pair)
                => (SymbolEqualityComparer.Default.GetHashCode(pair.Member) * 31) ^ SymbolEqualityComparer.Default.GetHashCode(pair.Variable);
        }

        /// <summary>When set, every variable the value passes through (a props local, a dictionary field), for its later writes.</summary>
        public List<Holder>? Holders { get; set; }

        /// <summary>
        /// A member was read where it may not be set: an object not given an optional property, or a member read from
        /// all its writes, any of which may be missing on the object at hand. The value may then be null.
        /// </summary>
        public bool MayBeUnset { get; set; }
    }

    /// <summary>A variable a value was read from, and where it was read.</summary>
    private readonly struct Holder
    {
        public Holder(ISymbol symbol, SyntaxNode use, Frame? frame)
        {
            Symbol = symbol;
            Use = use;
            Frame = frame;
        }

        public ISymbol Symbol { get; }
        public SyntaxNode Use { get; }
        public Frame? Frame { get; }
    }

    private void AddSources(Origin origin, Walk walk, List<Origin> into)
    {
        walk.CancellationToken.ThrowIfCancellationRequested();
        var operation = Unwrap(origin.Operation);
        var frame = origin.Frame;
        if (walk.Depth >= MaxDepth || ++walk.Steps > MaxSteps || into.Count >= MaxSources)
        {
            into.Add(new Origin(operation, frame));
            return;
        }
        walk.Depth++;
        try
        {
            if (!TryFollow(operation, frame, walk, into))
                into.Add(new Origin(operation, frame));
        }
        finally
        {
            walk.Depth--;
        }
    }

    /// <summary>The nullable whose <c>Value</c> is read (<c>reserved.Value</c>): its value, where it has one.</summary>
    public static IOperation? NullableOf(IOperation operation)
        => operation is IPropertyReferenceOperation { Property.Name: "Value", Instance: { Type.OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable } ? nullable : null;

    /// <summary>The <c>Lazy&lt;T&gt;</c> whose <c>Value</c> is read (<c>Accounts.Shared.Value</c>); null for any other read.</summary>
    private static IOperation? LazyOf(IPropertyReferenceOperation reference)
        => reference is { Property.Name: "Value", Instance: { Type: INamedTypeSymbol { Name: "Lazy", Arity: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } lazy }
            ? lazy
            : null;

    private bool TryFollow(IOperation operation, Frame? frame, Walk walk, List<Origin> into)
    {
        switch (operation)
        {
            // name.Length <= max ? name : name[..max]: a name cut to a limit, which neither branch alone tells.
            case IConditionalOperation conditional when TestsAStringsLength(conditional.Condition):
                return false;
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                // x is { } v ? A : B, x != null ? A : B: where x is known null, or known not null, one branch alone; the
                // same where the condition compares known constants (name == "put" on a pass over known names), tests
                // known text for emptiness or is a known flag.
                var emptiness = EmptinessTest(conditional.Condition);
                var holds = NullTestHolds(conditional.Condition, frame, walk) ?? EmptinessTestHolds(emptiness, frame, walk)
                    ?? ComparisonHolds(conditional.Condition, frame, walk) ?? FlagHolds(conditional.Condition, frame, walk);
                // string.IsNullOrEmpty(x) ? fallback : x: the x of the other branch is never null or empty.
                var notEmpty = emptiness is var (tested, _, holdsWhenEmpty) && SameValue(tested, holdsWhenEmpty ? whenFalse : conditional.WhenTrue)
                    ? (holdsWhenEmpty ? whenFalse : conditional.WhenTrue)
                    : null;
                var blank = emptiness?.Blank == true;
                if (holds != false)
                    AddBranch(conditional.WhenTrue);
                if (holds != true)
                    AddBranch(whenFalse);
                return true;

                void AddBranch(IOperation branch)
                {
                    if (branch != notEmpty)
                    {
                        AddSources(new Origin(branch, frame), walk, into);
                        return;
                    }
                    var values = new List<Origin>();
                    AddSources(new Origin(branch, frame), walk, values);
                    into.AddRange(values.Where(value => Unwrap(value.Operation).ConstantValue is not { HasValue: true } constant || !IsEmptyText(constant.Value, blank)));
                }
            case ICoalesceOperation coalesce:
                FollowCoalesce(coalesce.Value, coalesce.WhenNull, frame, walk, into);
                return true;
            case ICoalesceAssignmentOperation coalesceAssignment:
                FollowCoalesce(coalesceAssignment.Target, coalesceAssignment.Value, frame, walk, into);
                return true;
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in ArmsTaken(switchExpression, frame, walk) ?? (IEnumerable<ISwitchExpressionArmOperation>)switchExpression.Arms)
                    AddSources(new Origin(arm.Value, frame), walk, into);
                return true;
            case IConditionalAccessOperation { WhenNotNull: IMemberReferenceOperation { Instance: IConditionalAccessInstanceOperation } member } access
                when member is IFieldReferenceOperation or IPropertyReferenceOperation { Arguments.IsEmpty: true }:
                return FollowConditionalAccess(access, member, frame, walk, into);
            case ILocalReferenceOperation local:
                return FollowLocal(local, frame, walk, into);
            case IParameterReferenceOperation parameter:
                return FollowParameter(parameter, frame, walk, into);
            case IFieldReferenceOperation field:
                return FollowMember(field, field.Field, field.Instance, frame, walk, into);
            case IPropertyReferenceOperation { Property.Name: "Key" or "Value", Instance: ILocalReferenceOperation pair } property
                when LoopedDictionary(pair.Local, component: -1, walk.CancellationToken) is { } dictionary:
                if (PassOf(LocalWrites(pair.Local, walk.CancellationToken)[0], frame) is { Key: { } passKey } pass)
                {
                    AddSources(property.Property.Name == "Key" ? passKey : pass.Element, walk, into);
                    return true;
                }
                return AddLoopedEntries(new Origin(dictionary, frame), keys: property.Property.Name == "Key", walk, into);
            // names.ToDictionary(kv => kv.Key, kv => new Bucket(…, kv.Value)): the entry of the pass, or each entry.
            case IPropertyReferenceOperation { Property.Name: "Key" or "Value", Instance: IParameterReferenceOperation pair } property
                when Loops.ElementLoopOf(pair.Parameter, walk.CancellationToken) is { } loop
                    && CollectionLoopRunsOver(loop, walk.CancellationToken) is { } looped && IsDictionary(looped.Type):
                if (Frame.PassOf(frame, loop) is { Key: { } lambdaKey } lambdaPass)
                {
                    AddSources(property.Property.Name == "Key" ? lambdaKey : lambdaPass.Element, walk, into);
                    return true;
                }
                return AddLoopedEntries(new Origin(looped, frame), keys: property.Property.Name == "Key", walk, into);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } dictionary } entry when IsDictionary(dictionary.Type):
                return FollowEntry(dictionary, entry.Arguments[0].Value, frame, walk, into);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } list } element
                when element.Arguments[0].Value.Type?.SpecialType == SpecialType.System_Int32 && IsEnumerable(list.Type):
                return FollowElement(list, element.Arguments[0].Value, frame, walk, into);
            case IArrayElementReferenceOperation { Indices.Length: 1 } element:
                return FollowElement(element.ArrayReference, element.Indices[0], frame, walk, into);
            case IPropertyReferenceOperation property when LazyOf(property) is { } lazy:
                return FollowLazyValue(property, lazy, frame, walk, into);
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property when NullableOf(property) is { } nullable:
                AddSources(new Origin(nullable, frame), walk, into);
                return true;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                return FollowMember(property, property.Property, property.Instance, frame, walk, into);
            case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault", Arguments.Length: > 0 } lookup
                when IsDictionary((lookup.Instance ?? lookup.Arguments[0].Value).Type):
                return FollowValueOrDefault(lookup, frame, walk, into);
            case IInvocationOperation { TargetMethod: { Name: "First" or "FirstOrDefault" or "Single" or "SingleOrDefault" or "Last" or "LastOrDefault", ContainingType.Name: "Enumerable" } } pick
                when FollowPicked(pick, frame, walk, into):
                return true;
            case IInvocationOperation invocation:
                return FollowReturn(invocation, frame, walk, into);
        }
        return false;
    }

    /// <summary>
    /// <c>Accounts.All.First(a =&gt; a.Stage == "prod")</c> over a list known in full: the elements the predicate may
    /// keep (all where it cannot be read), or the first or last one without a predicate. False where the list is not
    /// known in full or is a dictionary.
    /// </summary>
    private bool FollowPicked(IInvocationOperation pick, Frame? frame, Walk walk, List<Origin> into)
    {
        if (SourceAndSelectors(pick) is not ({ } source, { Count: <= 1 } predicates) || IsDictionary(source.Type) || walk.Depth >= MaxDepth)
            return false;
        walk.Depth++;
        var elements = ElementsOf(new Origin(source, frame), walk, out var complete);
        walk.Depth--;
        if (!complete || elements.Count == 0)
            return false;
        var fromTheEnd = pick.TargetMethod.Name.StartsWith("Last", System.StringComparison.Ordinal);
        var picked = new List<Origin>();
        if (predicates.Count == 0)
        {
            picked.Add(fromTheEnd ? elements[elements.Count - 1] : elements[0]);
        }
        else
        {
            var condition = LambdaResult(predicates[0]);
            foreach (var element in elements)
            {
                var pass = Frame.ForPass(predicates[0].Syntax, element, caller: frame);
                var holds = condition is null ? null : ComparisonHolds(condition, pass, walk) ?? FlagHolds(condition, pass, walk);
                if (holds == false)
                    continue;
                picked.Add(element);
                // The first element the predicate surely keeps is First's answer; Single's too, where the list is right.
                if (holds == true && !fromTheEnd)
                    break;
            }
        }
        // ...OrDefault gives null where nothing is kept: a `??` after it may give its fallback.
        if (pick.TargetMethod.Name.EndsWith("OrDefault", System.StringComparison.Ordinal))
            walk.MayBeUnset = true;
        foreach (var element in picked)
            AddSources(element, walk, into);
        return true;
    }

    /// <summary>
    /// <c>left ?? whenNull</c> (and <c>left ??= whenNull</c>). A null on the left is never the result: <c>spec.Reserved ??
    /// 500</c> is 500 where the spec gives nothing. The right is the result only where the left may be null: not where
    /// every value the left can be is written and is not null (<c>props.TimeoutSeconds ?? 60</c> for a call that gives
    /// <c>TimeoutSeconds = 20</c>).
    /// </summary>
    private void FollowCoalesce(IOperation left, IOperation whenNull, Frame? frame, Walk walk, List<Origin> into)
    {
        var first = into.Count;
        var unsetBefore = walk.MayBeUnset;
        walk.MayBeUnset = false;
        AddSources(new Origin(left, frame), walk, into);
        var mayBeNull = walk.MayBeUnset || into.Count == first;
        for (var i = into.Count - 1; i >= first; i--)
        {
            if (IsNull(into[i].Operation))
            {
                into.RemoveAt(i);
                mayBeNull = true;
            }
            else if (!IsNeverNull(into[i].Operation))
            {
                mayBeNull = true;
            }
        }
        walk.MayBeUnset = false;
        if (mayBeNull)
            AddSources(new Origin(whenNull, frame), walk, into);
        walk.MayBeUnset |= unsetBefore;
    }

    /// <summary>
    /// Whether a test of a value against null (<c>x is { } v</c>, <c>x is string v</c>, <c>x is not null</c>,
    /// <c>x is null</c>, <c>x != null</c>, <c>x == null</c>, <c>x.HasValue</c>) holds: known when every value x can be is
    /// null, or every one is never null; null for any other condition.
    /// </summary>
    private bool? NullTestHolds(IOperation condition, Frame? frame, Walk walk)
    {
        if (NullTest(condition) is not { } test)
            return null;
        var values = new List<Origin>();
        var unsetBefore = walk.MayBeUnset;
        walk.MayBeUnset = false;
        AddSources(new Origin(test.Tested, frame), walk, values);
        var mayBeUnset = walk.MayBeUnset;
        walk.MayBeUnset = unsetBefore;
        if (values.Count == 0)
            return null;
        if (values.TrueForAll(v => IsNull(v.Operation)))
            return !test.HoldsWhenNotNull;
        if (!mayBeUnset && values.TrueForAll(v => IsNeverNull(v.Operation)))
            return test.HoldsWhenNotNull;
        return null;
    }

    /// <summary>
    /// A flag (<c>fifo ? true : null</c>, <c>!legacy ? … : …</c>): known where every value the variable or member can be is
    /// the same constant (<c>MakeQueue("orders", fifo: true)</c> seen through that call). Null otherwise.
    /// </summary>
    private bool? FlagHolds(IOperation condition, Frame? frame, Walk walk)
    {
        var flag = WithoutNot(condition, out var negated);
        if (flag is not (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation)
            || flag.Type?.SpecialType != SpecialType.System_Boolean || ConstantsOf(flag, frame, walk) is not { } values
            || values.Distinct().Count() != 1 || values[0] is not bool value)
        {
            return null;
        }
        return value != negated;
    }

    /// <summary>
    /// <c>string.IsNullOrEmpty(x)</c>, <c>string.IsNullOrWhiteSpace(x)</c> and their negation: known where every value
    /// <c>x</c> can be is a constant, each null or empty (blank), or each text. Null otherwise.
    /// </summary>
    private bool? EmptinessTestHolds((IOperation Tested, bool Blank, bool HoldsWhenEmpty)? test, Frame? frame, Walk walk)
    {
        if (test is not var (tested, blank, holdsWhenEmpty))
            return null;
        var values = new List<Origin>();
        AddSources(new Origin(tested, frame), walk, values);
        bool? empty = null;
        foreach (var value in values)
        {
            if (Unwrap(value.Operation).ConstantValue is not { HasValue: true } constant)
                return null;
            var isEmpty = IsEmptyText(constant.Value, blank);
            if (empty is { } before && before != isEmpty)
                return null;
            empty = isEmpty;
        }
        return empty is { } isEmptyAlways ? isEmptyAlways == holdsWhenEmpty : null;
    }

    /// <summary>Null or empty text; with <paramref name="blank"/>, also text of spaces only (<c>IsNullOrWhiteSpace</c>).</summary>
    private static bool IsEmptyText(object? value, bool blank)
        => value is not string text || (blank ? string.IsNullOrWhiteSpace(text) : text.Length == 0);

    /// <summary>The value <c>string.IsNullOrEmpty(x)</c> or <c>IsNullOrWhiteSpace(x)</c> tests, whether blanks count as empty, and whether the condition holds when it is empty (false under a <c>!</c>).</summary>
    private static (IOperation Tested, bool Blank, bool HoldsWhenEmpty)? EmptinessTest(IOperation condition)
        => WithoutNot(condition, out var negated) is IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", IsStatic: true, ContainingType.SpecialType: SpecialType.System_String } method, Arguments.Length: 1 } call
            ? (call.Arguments[0].Value, method.Name == "IsNullOrWhiteSpace", !negated)
            : null;

    /// <summary>The condition under a <c>!</c>, if any, and whether there was one.</summary>
    private static IOperation WithoutNot(IOperation condition, out bool negated)
    {
        var operation = Unwrap(condition);
        negated = operation is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not };
        return negated ? Unwrap(((IUnaryOperation)operation).Operand) : operation;
    }

    /// <summary>Two reads of one variable or member path: <c>options?.Prefix</c> and <c>options!.Prefix</c>, <c>name</c> and <c>name</c>.</summary>
    private static bool SameValue(IOperation a, IOperation b)
    {
        (a, b) = (Unwrap(a), Unwrap(b));
        if (a is IConditionalAccessOperation { WhenNotNull: IMemberReferenceOperation { Instance: IConditionalAccessInstanceOperation } accessed } access)
            return b is IMemberReferenceOperation { Instance: { } instance } member && SymbolEqualityComparer.Default.Equals(accessed.Member, member.Member) && SameValue(access.Operation, instance);
        return (a, b) switch
        {
            (ILocalReferenceOperation x, ILocalReferenceOperation y) => SymbolEqualityComparer.Default.Equals(x.Local, y.Local),
            (IParameterReferenceOperation x, IParameterReferenceOperation y) => SymbolEqualityComparer.Default.Equals(x.Parameter, y.Parameter),
            (IInstanceReferenceOperation, IInstanceReferenceOperation) => true,
            (IMemberReferenceOperation x, IMemberReferenceOperation y) => SymbolEqualityComparer.Default.Equals(x.Member, y.Member)
                && (x.Instance is null ? y.Instance is null : y.Instance is not null && SameValue(x.Instance, y.Instance)),
            _ => false,
        };
    }

    /// <summary>
    /// <c>options?.Prefix</c>: null where the receiver is null, and the member of each other object it may be, as
    /// <c>options.Prefix</c> reads it.
    /// </summary>
    private bool FollowConditionalAccess(IConditionalAccessOperation access, IMemberReferenceOperation member, Frame? frame, Walk walk, List<Origin> into)
    {
        var receivers = new List<Origin>();
        AddSources(new Origin(access.Operation, frame), walk, receivers);
        into.AddRange(receivers.Where(receiver => IsNull(receiver.Operation)));
        if (FollowMember(member, member.Member, access.Operation, frame, walk, into))
            return true;
        into.Add(new Origin(access, frame));
        return true;
    }

    private static bool IsPrimaryConstructorParameter(IParameterSymbol parameter, CancellationToken cancellationToken)
        => parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && constructor.DeclaringSyntaxReferences.Length == 1 && constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is TypeDeclarationSyntax;

    /// <summary>The creation an object is: a <c>new</c> itself, or the start of the builder chain or local it is read through.</summary>
    private IObjectCreationOperation? CreationOfObject(Origin receiver, CancellationToken cancellationToken)
        => Unwrap(receiver.Operation) as IObjectCreationOperation
            ?? (ChainCalls(receiver, cancellationToken, out var start) is not null ? start : null);

    /// <summary>
    /// Whether a comparison of two values the model knows in full holds (<c>name == "put"</c>, <c>reserved &gt; 0</c>,
    /// <c>stage != Stage.Prod</c>): known when it holds for every pair of values the two sides can be, or for none; null
    /// for any other condition, or where a side is not known.
    /// </summary>
    private bool? ComparisonHolds(IOperation condition, Frame? frame, Walk walk)
    {
        // One side written as a constant (name == "put", reserved > 0): a comparison of two variables is rare, and
        // following both sides of every condition would cost every value that passes through one.
        if (Unwrap(condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
                or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } comparison
            || !(Unwrap(comparison.LeftOperand).ConstantValue.HasValue || Unwrap(comparison.RightOperand).ConstantValue.HasValue)
            || ConstantsOf(comparison.LeftOperand, frame, walk) is not { } left || ConstantsOf(comparison.RightOperand, frame, walk) is not { } right)
        {
            return null;
        }
        bool? holds = null;
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                if (Compare(comparison.OperatorKind, a, b) is not { } result || (holds is { } before && before != result))
                    return null;
                holds = result;
            }
        }
        return holds;
    }

    /// <summary>
    /// The arms a switch expression takes for the constants its value can be (<c>kind switch { Kind.Orders =&gt; …, _ =&gt;
    /// … }</c> called with <c>Kind.Orders</c>): for each, the first arm whose constant matches, else the discard. Null —
    /// every arm — when the value is not known or an arm tests anything but a constant.
    /// </summary>
    private List<ISwitchExpressionArmOperation>? ArmsTaken(ISwitchExpressionOperation switchExpression, Frame? frame, Walk walk)
    {
        if (switchExpression.Arms.Any(a => a.Guard is not null || a.Pattern is not (IConstantPatternOperation or IDiscardPatternOperation))
            || ConstantsOf(switchExpression.Value, frame, walk) is not { } values)
        {
            return null;
        }
        var taken = new List<ISwitchExpressionArmOperation>();
        foreach (var value in values)
        {
            ISwitchExpressionArmOperation? match = null;
            foreach (var arm in switchExpression.Arms)
            {
                bool? matches = arm.Pattern is IDiscardPatternOperation ? true
                    : arm.Pattern is IConstantPatternOperation { Value: var constant } && Unwrap(constant).ConstantValue is { HasValue: true, Value: { } written }
                        ? Compare(BinaryOperatorKind.Equals, written, value) ?? Equals(written, value)
                        : null;
                if (matches is null)
                    return null;
                if (matches == true)
                {
                    match = arm;
                    break;
                }
            }
            if (match is null)
                return null;
            if (!taken.Contains(match))
                taken.Add(match);
        }
        return taken;
    }

    /// <summary>The constants a value can be (numbers, strings, enum members); null when some source is not a constant.</summary>
    private List<object>? ConstantsOf(IOperation value, Frame? frame, Walk walk)
    {
        const int MaxConstants = 8;
        var sources = new List<Origin>();
        var unsetBefore = walk.MayBeUnset;
        walk.MayBeUnset = false;
        AddSources(new Origin(value, frame), walk, sources);
        var mayBeUnset = walk.MayBeUnset;
        walk.MayBeUnset |= unsetBefore;
        // A flag some object leaves unset (new() { Name = "emails" } beside new() { Name = "payments", Fifo = true }) is false there.
        if (mayBeUnset && value.Type?.SpecialType != SpecialType.System_Boolean)
            return null;
        if (sources.Count is 0 or > MaxConstants)
            return mayBeUnset && sources.Count == 0 ? new List<object> { false } : null;
        var constants = new List<object>(sources.Count + 1);
        if (mayBeUnset)
            constants.Add(false);
        foreach (var source in sources)
        {
            if (Unwrap(source.Operation).ConstantValue is not { HasValue: true, Value: { } constant })
                return null;
            constants.Add(constant);
        }
        return constants;
    }

    private static bool? Compare(BinaryOperatorKind kind, object left, object right)
    {
        if (left is string || right is string)
        {
            return left is string a && right is string b && kind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
                ? (a == b) == (kind == BinaryOperatorKind.Equals)
                : null;
        }
        if (left is bool || right is bool || left is char || right is char)
            return null;
        double x, y;
        try
        {
            x = System.Convert.ToDouble(left, CultureInfo.InvariantCulture);
            y = System.Convert.ToDouble(right, CultureInfo.InvariantCulture);
        }
        catch (System.Exception e) when (e is System.FormatException or System.InvalidCastException or System.OverflowException)
        {
            return null;
        }
        return kind switch
        {
            BinaryOperatorKind.Equals => x == y,
            BinaryOperatorKind.NotEquals => x != y,
            BinaryOperatorKind.LessThan => x < y,
            BinaryOperatorKind.LessThanOrEqual => x <= y,
            BinaryOperatorKind.GreaterThan => x > y,
            _ => x >= y,
        };
    }

    /// <summary>The condition compares a string's length with a limit (<c>name.Length &lt;= 64</c>); not an emptiness test (<c>region.Length &gt; 0</c>).</summary>
    private static bool TestsAStringsLength(IOperation condition)
        => condition.DescendantsAndSelf().Any(o => o is IBinaryOperation comparison
            && (IsLengthAgainstALimit(comparison.LeftOperand, comparison.RightOperand) || IsLengthAgainstALimit(comparison.RightOperand, comparison.LeftOperand)));

    private static bool IsLengthAgainstALimit(IOperation length, IOperation limit)
        => Unwrap(length) is IPropertyReferenceOperation { Property: { Name: "Length", ContainingType.SpecialType: SpecialType.System_String } }
            && Unwrap(limit).ConstantValue is not { HasValue: true, Value: 0 };

    private static (IOperation Tested, bool HoldsWhenNotNull)? NullTest(IOperation condition)
        => Unwrap(condition) switch
        {
            IIsPatternOperation { Value: var tested, Pattern: IRecursivePatternOperation { DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.IsEmpty: true } }
                => (tested, true),
            IIsPatternOperation { Value: var tested, Pattern: IDeclarationPatternOperation { MatchedType: { } matched } }
                when SymbolEqualityComparer.Default.Equals(matched, UnderlyingType(tested.Type)) => (tested, true),
            IIsPatternOperation { Value: var tested, Pattern: INegatedPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } } when IsNull(constant)
                => (tested, true),
            IIsPatternOperation { Value: var tested, Pattern: IConstantPatternOperation { Value: var constant } } when IsNull(constant)
                => (tested, false),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary when IsNull(binary.RightOperand)
                => (binary.LeftOperand, binary.OperatorKind == BinaryOperatorKind.NotEquals),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary when IsNull(binary.LeftOperand)
                => (binary.RightOperand, binary.OperatorKind == BinaryOperatorKind.NotEquals),
            IPropertyReferenceOperation { Property.Name: "HasValue", Instance: { Type.OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } tested }
                => (tested, true),
            _ => null,
        };

    /// <summary>The type itself, or T of a <c>T?</c> value type.</summary>
    private static ITypeSymbol? UnderlyingType(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : type;

    // ---- locals: the writes that reach the use ----

    private readonly struct LocalWrite
    {
        public LocalWrite(SyntaxNode node, IOperation? value, bool isConditional = false, bool isForEach = false, int component = -1, int inner = -1)
        {
            Node = node;
            Value = value;
            IsConditional = isConditional;
            IsForEach = isForEach;
            Component = component;
            Inner = inner;
        }

        /// <summary>The declarator, assignment or foreach statement.</summary>
        public SyntaxNode Node { get; }

        /// <summary>The value written; null when it cannot be known (ref/out, ++, compound assignment).</summary>
        public IOperation? Value { get; }

        /// <summary><c>x ??= v</c>: the earlier value may survive.</summary>
        public bool IsConditional { get; }

        /// <summary>A foreach variable: <see cref="Value"/> is the collection, the variable each of its elements.</summary>
        public bool IsForEach { get; }

        /// <summary>A deconstructed variable (<c>var (account, region) = …</c>): the position it takes in the tuple; -1 otherwise.</summary>
        public int Component { get; }

        /// <summary>
        /// A variable of a nested deconstruction (<c>foreach (var (stage, (account, region)) in stages)</c>): its position
        /// in the tuple at <see cref="Component"/>; -1 otherwise.
        /// </summary>
        public int Inner { get; }
    }

    private bool FollowLocal(ILocalReferenceOperation reference, Frame? frame, Walk walk, List<Origin> into)
    {
        var local = reference.Local;
        if (!walk.Following.Add(local))
            return false;
        try
        {
            walk.Holders?.Add(new Holder(local, reference.Syntax, frame));
            var writes = LocalWrites(local, walk.CancellationToken);
            if (writes.IsEmpty)
                return false;
            if (writes[0].IsForEach && PassOf(writes[0], frame) is { } pass)
            {
                // A pass over a dictionary: (key, value) are its entry's; over a list: the element, or its part.
                if (pass.Key is { } key)
                {
                    if (writes[0].Component is not (0 or 1))
                        return false;
                    AddComponent(writes[0].Component == 0 ? key : pass.Element, writes[0].Inner, walk, into);
                    return true;
                }
                var parts = new List<Origin>();
                AddComponent(pass.Element, writes[0].Component, walk, writes[0].Inner < 0 ? into : parts);
                foreach (var part in parts)
                    AddComponent(part, writes[0].Inner, walk, into);
                return true;
            }
            if (writes[0].IsForEach || writes[0].Component >= 0)
            {
                if (writes[0].Inner < 0)
                    return AddDeconstructed(writes[0], frame, walk, into);
                var outer = new List<Origin>();
                if (!AddDeconstructed(writes[0], frame, walk, outer))
                    return false;
                foreach (var value in outer)
                    AddComponent(value, writes[0].Inner, walk, into);
                return true;
            }

            if (writes[0] is { Node: SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax }, Value: IInvocationOperation { TargetMethod.Name: "TryGetValue", Instance: { } dictionary } tryGet })
                return FollowEntry(dictionary, tryGet.Arguments[0].Value, frame, walk, into);
            var reaching = Reaching(writes, reference.Syntax);
            if (reaching.Count == 0)
                return false;
            foreach (var write in reaching)
            {
                if (write.Value is { } value)
                    AddSources(new Origin(value, frame), walk, into);
                else if (!(write.Node is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } argument
                    && OperationAt(call, walk.CancellationToken) is IInvocationOperation given
                    && FollowOutArgument(given, argument, new Origin(reference, frame), walk, into)))
                {
                    into.Add(new Origin(reference, frame));
                }
            }
            return true;
        }
        finally
        {
            walk.Following.Remove(local);
        }
    }

    /// <summary>The pass (<see cref="Frame.ForPass"/>) of the foreach a variable is written by; null outside such a pass.</summary>
    private static Frame? PassOf(LocalWrite write, Frame? frame)
        => frame is not null && write.Node.FirstAncestorOrSelf<CommonForEachStatementSyntax>() is { } loop ? Frame.PassOf(frame, loop) : null;

    /// <summary>
    /// <c>queues["orders"]</c>: the value the dictionary holds at a constant key. False when a key cannot be known
    /// (then any entry could be the one read).
    /// </summary>
    private bool FollowEntry(IOperation dictionary, IOperation key, Frame? frame, Walk walk, List<Origin> into)
        => EntryAt(dictionary, key, frame, walk, into) is EntryFound.Found or EntryFound.AnyEntry;

    private enum EntryFound
    {
        /// <summary>The entries cannot all be known.</summary>
        Unknown,

        /// <summary>The entry written at the key.</summary>
        Found,

        /// <summary>Every entry: the key is not known.</summary>
        AnyEntry,

        /// <summary>No entry is written at the key.</summary>
        Missing,
    }

    /// <summary>Adds the value a dictionary holds at a key, and tells whether it was found.</summary>
    private EntryFound EntryAt(IOperation dictionary, IOperation key, Frame? frame, Walk walk, List<Origin> into)
    {
        var entries = new List<DictionaryEntry>();
        var wanted = key.ConstantValue is { HasValue: true, Value: { } constant } ? constant : KeyConstant(new Origin(key, frame), walk);
        if (wanted is null)
        {
            // Accounts[stage] for a stage that is not known: any of its values.
            if (!AddEntries(new Origin(dictionary, frame), walk, entries) || entries.Count == 0)
                return EntryFound.Unknown;
            foreach (var entry in entries)
                AddSources(entry.Value, walk, into);
            return EntryFound.AnyEntry;
        }
        if (!AddEntries(new Origin(dictionary, frame), walk, entries))
            return EntryFound.Unknown;
        var found = new List<Origin>();
        foreach (var entry in entries)
        {
            if (KeyConstant(entry.Key, walk) is not { } written)
                return EntryFound.Unknown;
            if (written.Equals(wanted))
                AddSources(entry.Value, walk, found);
        }
        into.AddRange(found);
        return found.Count > 0 ? EntryFound.Found : EntryFound.Missing;
    }

    /// <summary>
    /// <c>settings.GetValueOrDefault("account")</c>, <c>GetValueOrDefault(key, "us-east-1")</c>: the entry at the key,
    /// and the fallback (or the default) where the key may be missing.
    /// </summary>
    private bool FollowValueOrDefault(IInvocationOperation lookup, Frame? frame, Walk walk, List<Origin> into)
    {
        var arguments = lookup.Arguments;
        var dictionary = lookup.Instance ?? arguments[0].Value;
        var rest = lookup.Instance is null ? 1 : 0;
        var found = EntryAt(dictionary, arguments[rest].Value, frame, walk, into);
        if (found == EntryFound.Found)
            return true;
        if (found == EntryFound.Unknown)
            into.Add(new Origin(lookup, frame));
        if (arguments.Length > rest + 1 && !arguments[rest + 1].IsImplicit)
            AddSources(new Origin(arguments[rest + 1].Value, frame), walk, into);
        else
            walk.MayBeUnset = true;
        return true;
    }

    /// <summary>The constant an entry's key is: written as one, or the one a loop's element gives the pass that adds it.</summary>
    private object? KeyConstant(Origin key, Walk walk)
    {
        if (Unwrap(key.Operation).ConstantValue is { HasValue: true, Value: { } written })
            return written;
        if (key.Frame is null)
            return null;
        var sources = new List<Origin>();
        AddSources(key, walk, sources);
        return sources.Count == 1 && Unwrap(sources[0].Operation).ConstantValue is { HasValue: true, Value: { } given } ? given : null;
    }

    /// <summary>
    /// <c>keys[0]</c>, <c>names[i]</c>: the element written at a constant index of an array or list written in one
    /// place, else any of its elements. False when its elements cannot all be known.
    /// </summary>
    private bool FollowElement(IOperation collection, IOperation index, Frame? frame, Walk walk, List<Origin> into)
    {
        var (sources, holders) = SourcesAndHolders(new Origin(collection, frame), walk);
        var elements = ElementsOf(sources, holders, walk, out var complete);
        if (!complete || elements.Count == 0)
            return false;
        // Elements added later come after the written ones, so a written position keeps its element.
        if (index.ConstantValue is { HasValue: true, Value: int position } && sources.Count == 1
            && WrittenInOrder(sources[0].Operation) is { } written && position >= 0 && position < written)
        {
            AddSources(elements[position], walk, into);
            return true;
        }
        foreach (var element in elements)
            AddSources(element, walk, into);
        return true;
    }

    /// <summary>What a variable looping over a dictionary may hold: each entry's key, or each entry's value.</summary>
    private bool AddLoopedEntries(Origin dictionary, bool keys, Walk walk, List<Origin> into)
    {
        var entries = new List<DictionaryEntry>();
        if (!AddEntries(dictionary, walk, entries))
            return false;
        foreach (var entry in entries)
            AddSources(keys ? entry.Key : entry.Value, walk, into);
        return true;
    }

    /// <summary>What a foreach variable or a deconstructed variable is: each element, or its component of each element or tuple.</summary>
    private bool AddDeconstructed(LocalWrite write, Frame? frame, Walk walk, List<Origin> into)
    {
        if (write.IsForEach)
        {
            if (write.Value is not { } collection)
                return false;
            if (IsDictionary(collection.Type))
                return write.Component is 0 or 1 && AddLoopedEntries(new Origin(collection, frame), keys: write.Component == 0, walk, into);
            var elements = ElementsOf(new Origin(collection, frame), walk, out var complete);
            if (!complete)
                return false;
            foreach (var element in elements)
                AddComponent(element, write.Component, walk, into);
            return true;
        }
        if (write.Value is not { } tuple)
            return false;
        AddComponent(new Origin(tuple, frame), write.Component, walk, into);
        return true;
    }

    /// <summary>The value itself, or for a deconstructed variable the matching element of each tuple it may be.</summary>
    private void AddComponent(Origin value, int component, Walk walk, List<Origin> into)
    {
        if (component < 0)
        {
            AddSources(value, walk, into);
            return;
        }
        var tuples = new List<Origin>();
        AddSources(value, walk, tuples);
        foreach (var tuple in tuples)
        {
            if (Unwrap(tuple.Operation) is ITupleOperation { Elements: var elements } && component < elements.Length)
                AddSources(new Origin(elements[component], tuple.Frame), walk, into);
            else if (PositionalMember(tuple.Operation.Type, component) is { } member && MemberOf(tuple, member, walk) is { } values)
                values.ForEach(v => AddSources(v, walk, into));
            else
                into.Add(tuple);
        }
    }

    /// <summary><c>var (account, region) = config;</c> of a positional record: the property its <c>Deconstruct</c> gives at that position.</summary>
    private static IPropertySymbol? PositionalMember(ITypeSymbol? type, int component)
        => type is INamedTypeSymbol { IsRecord: true } record
            && record.GetMembers("Deconstruct").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length > component && m.IsImplicitlyDeclared) is { } deconstruct
                ? record.GetMembers(deconstruct.Parameters[component].Name).OfType<IPropertySymbol>().FirstOrDefault()
                : null;

    /// <summary>A member of one object (<see cref="MemberOfObject"/>); null where it cannot be read there.</summary>
    private List<Origin>? MemberOf(Origin value, ISymbol member, Walk walk)
    {
        var values = new List<Origin>();
        return MemberOfObject(value, member, walk, values) ? values : null;
    }

    /// <summary>
    /// The writes to a local, or to a parameter in the body of its method, local function or lambda (<c>name ??=
    /// "orders"</c>, <c>prefix += "-eu"</c>; empty where it is only read, or where its declaration is not one the model
    /// follows: never a default array, which pattern tests on it would throw on).
    /// </summary>
    private ImmutableArray<LocalWrite> LocalWrites(ISymbol variable, CancellationToken cancellationToken)
    {
        if (AnswersAbout(variable) is not { } answers)
            return FindWrites(variable, cancellationToken);
        return answers.LocalWrites.TryGetValue(variable, out var known)
            ? known
            : answers.LocalWrites.GetOrAdd(variable, FindWrites(variable, cancellationToken));
    }

    private ImmutableArray<LocalWrite> FindWrites(ISymbol variable, CancellationToken cancellationToken)
        => variable is IParameterSymbol parameter ? FindParameterWrites(parameter, cancellationToken) : FindLocalWrites((ILocalSymbol)variable, cancellationToken);

    private ImmutableArray<LocalWrite> FindLocalWrites(ILocalSymbol local, CancellationToken cancellationToken)
    {
        // Read once: a source local makes a new array and reference on every read.
        var references = local.DeclaringSyntaxReferences;
        if (references.Length != 1)
            return ImmutableArray<LocalWrite>.Empty;
        var declaration = references[0].GetSyntax(cancellationToken);
        var model = ModelOf(declaration.SyntaxTree);
        if (declaration is ForEachStatementSyntax forEach)
            return ImmutableArray.Create(new LocalWrite(forEach, model.GetOperation(Unsuppressed(forEach.Expression), cancellationToken), isForEach: true));
        if (declaration is SingleVariableDesignationSyntax designation && Deconstruction(designation) is { } deconstructed)
        {
            var (source, component, isForEach, inner) = deconstructed;
            return ImmutableArray.Create(new LocalWrite(designation, model.GetOperation(Unsuppressed(source), cancellationToken), isForEach: isForEach, component: component, inner: inner));
        }
        if (PatternTested(declaration) is { } tested)
            return ImmutableArray.Create(new LocalWrite(declaration, model.GetOperation(Unsuppressed(tested), cancellationToken)));
        // settings is { Bucket: { } name }: the member the subpattern reads; spec is Spec(var name): the component at that
        // position, as deconstruction gives it; both of the value the pattern tests.
        if (declaration is SingleVariableDesignationSyntax { Parent: DeclarationPatternSyntax or VarPatternSyntax or RecursivePatternSyntax { PositionalPatternClause: null, PropertyPatternClause: null or { Subpatterns.Count: 0 } } } named
            && named.Parent?.Parent is SubpatternSyntax subpattern)
        {
            if (subpattern.Parent is PropertyPatternClauseSyntax && model.GetOperation(named.Parent!, cancellationToken)?.Parent is IPropertySubpatternOperation { Member: var member })
                return ImmutableArray.Create(new LocalWrite(declaration, member));
            if (subpattern.Parent is PositionalPatternClauseSyntax { Parent: RecursivePatternSyntax positional } clause
                && model.GetOperation(positional, cancellationToken) is { } outer && PatternInput(outer) is { } input)
            {
                return ImmutableArray.Create(new LocalWrite(declaration, input, component: clause.Subpatterns.IndexOf(subpattern)));
            }
        }
        // settings.TryGetValue(key, out var value): the entry at the key, where the call finds one.
        if (declaration is SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } } }
            && model.GetOperation(call, cancellationToken) is IInvocationOperation { TargetMethod.Name: "TryGetValue", Instance: { } dictionary, Arguments.Length: 2 } tryGet
            && IsDictionary(dictionary.Type))
        {
            return ImmutableArray.Create(new LocalWrite(declaration, tryGet));
        }
        // TryGetAuditAccount(out var account): first written by the call's argument, as `out account` is (FollowOutArgument).
        var declared = declaration switch
        {
            VariableDeclaratorSyntax declarator => declarator,
            SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outCall } } argument } }
                when model.GetOperation(outCall, cancellationToken) is IInvocationOperation { TargetMethod.DeclaringSyntaxReferences.IsEmpty: false } => argument,
            _ => (SyntaxNode?)null,
        };
        if (declared is null || ScopeOf(declared) is not { } scope)
            return ImmutableArray<LocalWrite>.Empty;

        var writes = ImmutableArray.CreateBuilder<LocalWrite>();
        if (declared is ArgumentSyntax)
            writes.Add(new LocalWrite(declared, null));
        else if (declared is VariableDeclaratorSyntax { Initializer.Value: var initial })
            writes.Add(new LocalWrite(declared, model.GetOperation(Unsuppressed(initial), cancellationToken)));
        AddWritesIn(scope, local, declared, model, writes, cancellationToken);
        return writes.ToImmutable();
    }

    private ImmutableArray<LocalWrite> FindParameterWrites(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        var references = parameter.DeclaringSyntaxReferences;
        if (references.Length != 1 || references[0].GetSyntax(cancellationToken) is not ParameterSyntax declaration)
            return ImmutableArray<LocalWrite>.Empty;
        SyntaxNode? body = declaration.Parent?.Parent switch
        {
            BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody,
            LocalFunctionStatementSyntax function => (SyntaxNode?)function.Body ?? function.ExpressionBody,
            AnonymousFunctionExpressionSyntax lambda => lambda.Body,
            _ => null,
        };
        if (body is null)
            return ImmutableArray<LocalWrite>.Empty;
        var writes = ImmutableArray.CreateBuilder<LocalWrite>();
        AddWritesIn(body, parameter, declaration, ModelOf(body.SyntaxTree), writes, cancellationToken);
        return writes.ToImmutable();
    }

    /// <summary>The assignments to a variable inside <paramref name="scope"/>, in the order they are written.</summary>
    private void AddWritesIn(SyntaxNode scope, ISymbol variable, SyntaxNode declaration, SemanticModel model, ImmutableArray<LocalWrite>.Builder writes, CancellationToken cancellationToken)
    {
        foreach (var node in NamesIn(scope.SyntaxTree).Writing(variable.Name, scope))
        {
            if (ScopeNames.WrittenName(node) is not { } name || name.Identifier.ValueText != variable.Name
                || !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, variable))
            {
                continue;
            }
            writes.Add(node switch
            {
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Left == name
                    => new LocalWrite(node, model.GetOperation(Unsuppressed(assignment.Right), cancellationToken)),
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression } assignment
                    => new LocalWrite(node, model.GetOperation(Unsuppressed(assignment.Right), cancellationToken), isConditional: true),
                // name += "-eu": the value before it and the addition, where it runs once for each declaration of the variable.
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } assignment when assignment.Left == name && RunsOnceWith(node, declaration)
                    => new LocalWrite(node, model.GetOperation(node, cancellationToken)),
                _ => new LocalWrite(node, null),
            });
        }
        if (writes.Count > 1)
            writes.Sort((a, b) => a.Node.SpanStart.CompareTo(b.Node.SpanStart));
    }

    /// <summary>The value a pattern variable is (<c>x is { } v</c>, <c>x is string v</c>: <c>x</c>, where the pattern matches); null for any other declaration.</summary>
    public static ExpressionSyntax? PatternTested(SyntaxNode declaration)
        => declaration is SingleVariableDesignationSyntax
        {
            Parent: DeclarationPatternSyntax or RecursivePatternSyntax { PositionalPatternClause: null, PropertyPatternClause.Subpatterns.Count: 0 },
            Parent.Parent: IsPatternExpressionSyntax tested,
        }
            ? tested.Expression
            : null;

    /// <summary>
    /// The value a pattern tests: an <c>is</c> expression's or a switch's value, or, inside a property subpattern
    /// (<c>{ Site: { Bucket: var name } }</c>), the member that subpattern reads. Null where it is not one of those.
    /// </summary>
    private static IOperation? PatternInput(IOperation pattern)
    {
        for (var current = pattern; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IIsPatternOperation isPattern:
                    return isPattern.Value;
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Value;
                case ISwitchOperation switchStatement:
                    return switchStatement.Value;
                case IPropertySubpatternOperation subpattern when subpattern.Pattern == current:
                    return subpattern.Member;
                // The member a subpattern reads, of the pattern's input (current).
                case IMemberReferenceOperation member when member.Instance == current:
                case IRecursivePatternOperation or IBinaryPatternOperation or INegatedPatternOperation or IPropertySubpatternOperation
                    or ISwitchExpressionArmOperation or IPatternCaseClauseOperation or ISwitchCaseOperation:
                    continue;
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary>A write that runs once each time the local's declaration does: in the same function, in no loop the declaration is outside of.</summary>
    private static bool RunsOnceWith(SyntaxNode write, SyntaxNode declaration)
        => Loops.EnclosingFunction(write) == Loops.EnclosingFunction(declaration)
            && (Loops.Around(write) is not { } loop || loop.Span.Contains(declaration.Span));

    /// <summary>
    /// Where a deconstructed variable takes its value: <c>var (a, b) = tuple</c>, <c>(var a, var b) = tuple</c>,
    /// <c>foreach (var (a, b) in tuples)</c> — the expression, the variable's position, and whether it is a foreach.
    /// </summary>
    private static (ExpressionSyntax Source, int Component, bool IsForEach, int Inner)? Deconstruction(SingleVariableDesignationSyntax designation)
    {
        switch (designation.Parent)
        {
            // foreach (var (stage, (account, region)) in stages): account is position 0 of the tuple at position 1.
            case ParenthesizedVariableDesignationSyntax { Parent: ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax } outer } nested:
                return Deconstructed(outer, outer.Variables.IndexOf(nested), nested.Variables.IndexOf(designation));
            case ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax } parenthesized:
                return Deconstructed(parenthesized, parenthesized.Variables.IndexOf(designation), -1);
            case DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument }
                when tuple.Parent is AssignmentExpressionSyntax assignment && assignment.Left == tuple:
                return (assignment.Right, tuple.Arguments.IndexOf(argument), false, -1);
        }
        return null;

        static (ExpressionSyntax, int, bool, int)? Deconstructed(ParenthesizedVariableDesignationSyntax parenthesized, int index, int inner)
            => parenthesized.Parent?.Parent switch
            {
                AssignmentExpressionSyntax assignment when assignment.Left == parenthesized.Parent => (assignment.Right, index, false, inner),
                ForEachVariableStatementSyntax forEach => (forEach.Expression, index, true, inner),
                _ => null,
            };
    }

    /// <summary>
    /// The creations inside <paramref name="scope"/> (a type, a body) that may be of a type named one of
    /// <paramref name="typeNames"/>, from the walk of its file the model makes anyway.
    /// </summary>
    public IEnumerable<SyntaxNode> CreationsIn(SyntaxNode scope, ICollection<string> typeNames)
        => NamesIn(scope.SyntaxTree).CreationsIn(scope, typeNames);

    /// <summary>The assignments inside <paramref name="scope"/> to a member named <paramref name="member"/>, from the file's walk.</summary>
    public IEnumerable<SyntaxNode> AssignmentsIn(SyntaxNode scope, string member)
        => NamesIn(scope.SyntaxTree).AssignmentsTo(member, scope);

    /// <summary>The calls inside <paramref name="scope"/> of a method named <paramref name="method"/>, from the file's walk.</summary>
    public IEnumerable<SyntaxNode> CallsIn(SyntaxNode scope, string method)
        => NamesIn(scope.SyntaxTree).CallsOf(method, scope);

    /// <summary>A file by the names it writes and uses, walked once.</summary>
    private ScopeNames NamesIn(SyntaxTree tree)
        => _scopeNames.TryGetValue(tree, out var known) ? known : _scopeNames.GetOrAdd(tree, new ScopeNames(tree.GetRoot()));

    /// <summary>Where a local can be written: the block, switch section or top-level program that declares it.</summary>
    private static SyntaxNode? ScopeOf(SyntaxNode declaration)
    {
        for (var ancestor = declaration.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax or ForStatementSyntax or UsingStatementSyntax or FixedStatementSyntax)
                return ancestor;
        }
        return null;
    }

    /// <summary>
    /// The writes whose value may be the local's at <paramref name="use"/>: the last write before it that runs on
    /// every path to it, every conditional write after that one, and writes later in a loop around both.
    /// </summary>
    private static List<LocalWrite> Reaching(ImmutableArray<LocalWrite> writes, SyntaxNode use)
        => Reaching(writes, use, out _);

    /// <summary>As above; <paramref name="firstReaches"/> where no write before the use runs on every path to it (a parameter's argument, then, may be its value).</summary>
    private static List<LocalWrite> Reaching(ImmutableArray<LocalWrite> writes, SyntaxNode use, out bool firstReaches)
    {
        var position = use.SpanStart;
        var reaching = new List<LocalWrite>();
        firstReaches = true;
        for (var i = writes.Length - 1; i >= 0; i--)
        {
            var write = writes[i];
            if (write.Node.SpanStart >= position || write.Node.Span.Contains(use.Span))
                continue;
            reaching.Add(write);
            if (!write.IsConditional && Dominates(write.Node, use))
            {
                firstReaches = false;
                break;
            }
        }
        foreach (var write in writes)
        {
            if (write.Node.SpanStart > position && InOneLoop(write.Node, use))
                reaching.Add(write);
        }
        return reaching;
    }

    /// <summary>The write's statement sits in a block (or switch section, or top-level program) that holds the use.</summary>
    private static bool Dominates(SyntaxNode write, SyntaxNode use)
    {
        var statement = write.FirstAncestorOrSelf<StatementSyntax>();
        var container = statement?.Parent is GlobalStatementSyntax global ? global.Parent : statement?.Parent;
        return container is BlockSyntax or SwitchSectionSyntax or CompilationUnitSyntax && container.Span.Contains(use.Span);
    }

    private static bool InOneLoop(SyntaxNode write, SyntaxNode use)
        => use.Ancestors().Any(a => a is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
            && a.Span.Contains(write.Span));

    // ---- parameters: the argument of the call being followed, else of every call ----

    private bool FollowParameter(IParameterReferenceOperation reference, Frame? frame, Walk walk, List<Origin> into)
    {
        var parameter = reference.Parameter;
        // A construct's id is the user's choice, in any case: the string questions read it as such.
        if (IsConstructIdParameter(parameter))
            return false;
        walk.Holders?.Add(new Holder(parameter, reference.Syntax, frame));
        // name ??= "orders", prefix += "-eu" in the body: those writes, and the argument only where it may survive them.
        if (LocalWrites(parameter, walk.CancellationToken) is { Length: > 0 } writes)
        {
            var reaching = Reaching(writes, reference.Syntax, out var argumentReaches);
            foreach (var write in reaching)
            {
                if (write.Value is { } value)
                    AddSources(new Origin(value, frame), walk, into);
                else
                    into.Add(new Origin(reference, frame));
            }
            if (!argumentReaches)
                return true;
        }
        // A lambda run for each element (or a query's range variable): on one pass, that pass's element; else each element of the collection.
        if (Loops.ElementLoopOf(parameter, walk.CancellationToken) is { } loop)
        {
            if (Frame.PassOf(frame, loop) is { } pass)
            {
                AddSources(pass.Element, walk, into);
                return true;
            }
            if (CollectionLoopRunsOver(loop, walk.CancellationToken) is { } collection)
            {
                var elements = ElementsOf(new Origin(collection, frame), walk, out var complete);
                if (!complete)
                    return false;
                foreach (var element in elements)
                    AddSources(element, walk, into);
                return true;
            }
        }
        var ofPrimaryConstructor = IsPrimaryConstructorParameter(parameter, walk.CancellationToken);
        for (var current = frame; current is not null; current = current.Caller)
        {
            if (!current.Binds(parameter))
            {
                // A primary constructor's parameter read in a method called on a known object (a builder's Build()
                // reading `id`): what that object's creation gives it.
                if (ofPrimaryConstructor && current.Instance is { } receiver
                    && CreationOfObject(receiver, walk.CancellationToken) is { } creation
                    && SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, parameter.ContainingSymbol.OriginalDefinition))
                {
                    var created = new Frame(creation.Constructor!, creation.Arguments, creation, receiver.Frame);
                    if ((created.ArgumentFor(parameter) ?? DefaultValueOf(parameter, walk.CancellationToken)) is not { } given)
                        return false;
                    AddSources(given, walk, into);
                    return true;
                }
                continue;
            }
            if ((current.ArgumentFor(parameter) ?? DefaultValueOf(parameter, walk.CancellationToken)) is not { } argument)
                return false;
            AddSources(argument, walk, into);
            return true;
        }

        if (!walk.Following.Add(parameter))
            return false;
        try
        {
            var values = CallSiteValues(parameter, walk.CancellationToken);
            if (values.IsDefaultOrEmpty)
                return false;
            foreach (var value in values)
                AddSources(value, walk, into);
            return true;
        }
        finally
        {
            walk.Following.Remove(parameter);
        }
    }

    /// <summary>The collection an element lambda or a query runs over (<see cref="Loops.CollectionOf"/>); null when it is not a collection.</summary>
    private IOperation? CollectionLoopRunsOver(SyntaxNode loop, CancellationToken cancellationToken)
        => Loops.CollectionOf(loop) is { } written && OperationAt(written, cancellationToken) is { } collection && IsEnumerable(collection.Type)
            ? collection
            : null;

    /// <summary>The id a construct is created with, as known text, seen through a helper's call or a loop's pass; null when not known.</summary>
    /// <summary>
    /// The value is what the call of its method gives: it reads a parameter, itself or through a local that takes its
    /// value from one (<c>foreach (var (key, value) in pairs)</c> over a <c>params</c> parameter).
    /// </summary>
    public bool IsGivenByCall(IOperation value, CancellationToken cancellationToken)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation)
                return true;
            if (operation is ILocalReferenceOperation { Local: var local }
                && LocalWrites(local, cancellationToken).Any(write => write.Value is { } written && Loops.GivenByCall(written)))
            {
                return true;
            }
        }
        return false;
    }

    public string? ConstructIdOf(IObjectCreationOperation creation, Frame? frame, CancellationToken cancellationToken)
        => ArgumentAt(creation.Arguments, 1) is { ArgumentKind: not ArgumentKind.DefaultValue } id ? KnownText(new Origin(id.Value, frame), cancellationToken) : null;

    /// <summary>The <c>id</c> parameter of a construct's constructor.</summary>
    public bool IsConstructIdParameter(IParameterSymbol parameter)
        => parameter.Name == "id"
            && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor
            && _cdk.IsConstruct(constructor.ContainingType);

    private Origin? DefaultValueOf(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        foreach (var reference in parameter.OriginalDefinition.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax { Default.Value: var value } && OperationAt(value, cancellationToken) is { } operation)
                return new Origin(operation);
        }
        return null;
    }

    /// <summary>The argument each call of the parameter's method in the compilation passes (its default where a call leaves it out).</summary>
    private ImmutableArray<Origin> CallSiteValues(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        parameter = parameter.OriginalDefinition;
        if (AnswersAbout(parameter) is not { } answers)
            return FindCallSiteValues(parameter, cancellationToken);
        return answers.CallSiteValues.TryGetValue(parameter, out var known)
            ? known
            : answers.CallSiteValues.GetOrAdd(parameter, FindCallSiteValues(parameter, cancellationToken));
    }

    private ImmutableArray<Origin> FindCallSiteValues(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (parameter.ContainingSymbol is not IMethodSymbol method)
            return ImmutableArray<Origin>.Empty;
        var values = ImmutableArray.CreateBuilder<Origin>();
        foreach (var (_, arguments) in Calls(method, cancellationToken))
        {
            var argument = ArgumentAt(arguments, parameter.Ordinal);
            if (argument is null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                if (DefaultValueOf(parameter, cancellationToken) is { } defaultValue)
                    values.Add(defaultValue);
            }
            else
            {
                values.Add(new Origin(argument.Value));
            }
        }
        return values.ToImmutable();
    }

    /// <summary>The calls (or, for a constructor, creations) of a method of this app, with their arguments.</summary>
    private IEnumerable<(IOperation Call, ImmutableArray<IArgumentOperation> Arguments)> Calls(IMethodSymbol method, CancellationToken cancellationToken)
    {
        if (method.MethodKind == MethodKind.AnonymousFunction)
        {
            foreach (var call in CallsThroughItsLocal(method, cancellationToken))
                yield return (call, call.Arguments);
            yield break;
        }
        if (method.DeclaringSyntaxReferences.IsEmpty || method.MethodKind == MethodKind.LambdaMethod)
            yield break;
        var calls = method.MethodKind == MethodKind.Constructor
            ? Index(cancellationToken).ConstructorCallsOf(method.ContainingType.Name)
            : method.DeclaredAccessibility == Accessibility.Private || method.MethodKind == MethodKind.LocalFunction
                ? InvocationsIn(method, cancellationToken)
                : Index(cancellationToken).InvocationsOf(method.Name);
        foreach (var call in calls)
        {
            var operation = OperationAt(call, cancellationToken);
            var (target, arguments) = operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (operation is not null && target is not null && SymbolEqualityComparer.Default.Equals(Frame.Canonical(target.OriginalDefinition), Frame.Canonical(method)))
                yield return (operation, arguments);
        }
    }

    /// <summary>
    /// The lambda a call invokes through the local it was written into (<c>var make = (string id) =&gt; new Queue(this, id);
    /// make("Dlq");</c>) or a field that nothing writes again (<c>static readonly Func&lt;string, string&gt; Named =
    /// purpose =&gt; $"acme-{purpose}";</c>); null for any other call.
    /// </summary>
    public IMethodSymbol? LambdaCalled(IInvocationOperation call, CancellationToken cancellationToken)
    {
        ISymbol? holder = call.Instance switch
        {
            ILocalReferenceOperation { Local: var local } => local,
            IFieldReferenceOperation { Field: var field } => field,
            _ => null,
        };
        if (call.TargetMethod.MethodKind != MethodKind.DelegateInvoke || holder is null
            || holder.DeclaringSyntaxReferences.Length != 1
            || holder.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var value }
            || !(IsLambdaInALocal(value) || IsLambdaInAFixedField(value, cancellationToken) || IsMethodGroupInALocalOrFixedField(value))
            || ModelOf(value.SyntaxTree).GetSymbolInfo(value, cancellationToken).Symbol is not IMethodSymbol lambda)
        {
            return null;
        }
        return lambda;
    }

    /// <summary>A method named as a delegate (<c>Func&lt;string, string&gt; name = Naming.Bucket;</c>) in a local or a read-only field.</summary>
    private static bool IsMethodGroupInALocalOrFixedField(ExpressionSyntax value)
        => value is IdentifierNameSyntax or MemberAccessExpressionSyntax
            && value.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: var declaration } }
            && (declaration is LocalDeclarationStatementSyntax || (declaration is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)));

    /// <summary>A lambda that initializes a local: <c>var make = (string id) =&gt; …;</c>.</summary>
    public static bool IsLambdaInALocal(SyntaxNode node)
        => node is LambdaExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } } };

    /// <summary>
    /// A lambda that initializes a field nothing writes again: a read-only one (<c>private static readonly
    /// Func&lt;string, string&gt; Named = purpose =&gt; …;</c>), or a private one its class assigns nowhere, in any of
    /// the class's parts.
    /// </summary>
    private bool IsLambdaInAFixedField(SyntaxNode node, CancellationToken cancellationToken)
    {
        if (node is not LambdaExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } declarator } })
            return false;
        if (field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            return true;
        var isPrivate = !field.Modifiers.Any(m => m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword));
        if (!isPrivate || field.Parent is not TypeDeclarationSyntax type)
            return false;
        var parts = type.Modifiers.Any(SyntaxKind.PartialKeyword) && ModelOf(type.SyntaxTree).GetDeclaredSymbol(type, cancellationToken) is { } declared
            ? declared.DeclaringSyntaxReferences.Select(part => part.GetSyntax(cancellationToken))
            : [type];
        var name = declarator.Identifier.ValueText;
        return parts.All(part => NamesIn(part.SyntaxTree) is var names && !names.AssignmentsTo(name, part).Any() && !names.Writing(name, part).Any());
    }

    /// <summary>The calls of a lambda written into a local (made through that local in the local's scope) or into a field nothing writes again (in any file).</summary>
    private IEnumerable<IInvocationOperation> CallsThroughItsLocal(IMethodSymbol lambda, CancellationToken cancellationToken)
    {
        if (lambda.DeclaringSyntaxReferences.Length != 1 || lambda.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not { } syntax)
            yield break;
        if (IsLambdaInAFixedField(syntax, cancellationToken) && syntax.Parent!.Parent is VariableDeclaratorSyntax field)
        {
            foreach (var node in Index(cancellationToken).InvocationsOf(field.Identifier.ValueText))
            {
                if (OperationAt(node, cancellationToken) is IInvocationOperation call
                    && SymbolEqualityComparer.Default.Equals(LambdaCalled(call, cancellationToken), lambda))
                {
                    yield return call;
                }
            }
            yield break;
        }
        if (!IsLambdaInALocal(syntax) || syntax.Parent!.Parent is not VariableDeclaratorSyntax { Parent.Parent.Parent: { } scope } local)
            yield break;
        scope = scope is GlobalStatementSyntax ? scope.Parent! : scope;
        foreach (var node in NamesIn(syntax.SyntaxTree).CallsOf(local.Identifier.ValueText, scope))
        {
            if (OperationAt(node, cancellationToken) is IInvocationOperation call
                && SymbolEqualityComparer.Default.Equals(LambdaCalled(call, cancellationToken), lambda))
            {
                yield return call;
            }
        }
    }

    /// <summary>
    /// The props a construct is created with: the argument after scope and id (<c>new Queue(this, "Q", props)</c>), or,
    /// for this app's subclass of a library construct (<c>class StandardQueue(…) : Queue(scope, id, new QueueProps { … })</c>),
    /// the props its constructor hands the library's, seen through this creation. Null when it is left out.
    /// </summary>
    public Origin? PropsOf(IObjectCreationOperation creation, Frame? frame, CancellationToken cancellationToken)
    {
        if (LibraryBaseCall(creation, frame, cancellationToken) is var (baseCall, baseFrame))
            return ArgumentAt(baseCall.Arguments, 2) is { ArgumentKind: not ArgumentKind.DefaultValue } baseProps ? new Origin(baseProps.Value, baseFrame) : null;
        return ArgumentAt(creation.Arguments, 2) is { ArgumentKind: not ArgumentKind.DefaultValue } props ? new Origin(props.Value, frame) : null;
    }

    /// <summary>
    /// For a creation of this app's subclass of a library construct, the call its constructor (through any of this app's
    /// base classes) makes to the library's constructor, and the frame that call is seen through; null otherwise.
    /// </summary>
    public (IInvocationOperation Call, Frame Frame)? LibraryBaseCall(IObjectCreationOperation creation, Frame? frame, CancellationToken cancellationToken)
    {
        if (creation.Constructor is not { DeclaringSyntaxReferences.IsEmpty: false } constructor || !_cdk.IsConstruct(creation.Type))
            return null;
        var current = new Frame(constructor, creation.Arguments, creation, frame);
        for (var depth = 0; depth < 4; depth++)
        {
            if (BaseCallOf(current.Method!, cancellationToken) is not { } call)
                return null;
            if (call.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
                return (call, current);
            current = new Frame(call.TargetMethod, call.Arguments, current.Instance?.Operation, current);
        }
        return null;
    }

    /// <summary>The base (or <c>this</c>) constructor call a constructor of this app makes: <c>: base(…)</c>, or a primary constructor's <c>: Stack(…)</c>.</summary>
    public IInvocationOperation? BaseCallOf(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            SyntaxNode? call = reference.GetSyntax(cancellationToken) switch
            {
                ConstructorDeclarationSyntax { Initializer: { } initializer } => initializer,
                TypeDeclarationSyntax { BaseList.Types: var types } => types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault(),
                _ => null,
            };
            if (call is not null && OperationAt(call, cancellationToken) is IInvocationOperation invocation)
                return invocation;
        }
        return null;
    }

    /// <summary>
    /// Each call of a method of this app (or, for a constructor, each <c>new</c> of its class): the frame that binds
    /// its parameters to that call's arguments, and where the call is written.
    /// </summary>
    public IEnumerable<(Frame Frame, SyntaxNode Site)> CallFramesOf(IMethodSymbol method, CancellationToken cancellationToken)
    {
        foreach (var (call, arguments) in Calls(method.OriginalDefinition, cancellationToken))
        {
            // A lambda's `this` is its caller's, not the delegate it is called through.
            var instance = call is IInvocationOperation invocation
                ? method.MethodKind == MethodKind.AnonymousFunction ? null : invocation.Instance
                : call;
            yield return (new Frame(method, arguments, instance, null), call.Syntax);
        }
    }

    /// <summary>
    /// As <see cref="CallFramesOf"/>, with a call made on each pass of a loop over a known list or dictionary
    /// (<c>foreach (var spec in Specs) new Worker(this, spec.Name, spec)</c>) taken as one call per element: its frame
    /// reads that pass, and its site is the element, where that call's values are written.
    /// </summary>
    public IEnumerable<(Frame Frame, SyntaxNode Site)> CallFramesPerElementOf(IMethodSymbol method, CancellationToken cancellationToken)
        => CallFramesPerElementOf(method, depth: 0, cancellationToken);

    /// <summary>
    /// See <see cref="CallFramesPerElementOf(IMethodSymbol, CancellationToken)"/>. A call made inside another helper or app
    /// construct with what that one's caller gives (<c>new ConsumerConstruct(this, …, options.Consumer)</c> in a
    /// <c>PipelineConstruct</c>) is one call per call of that one, read through it, at its site: where the values are written.
    /// </summary>
    private IEnumerable<(Frame Frame, SyntaxNode Site)> CallFramesPerElementOf(IMethodSymbol method, int depth, CancellationToken cancellationToken)
    {
        const int MaxNesting = 2;
        foreach (var (frame, site) in CallFramesOf(method, cancellationToken))
        {
            if (Loops.Around(site) is { } loop && Loops.Passes(loop, _cdk, cancellationToken) is { Length: > 0 } passes)
            {
                foreach (var pass in passes)
                    yield return (frame.OnPass(pass), Unwrap(pass.Element.Operation).Syntax);
                continue;
            }
            if (depth < MaxNesting && EnclosingHelper(site, cancellationToken) is { } outer
                && frame.Arguments.Any(argument => Loops.GivenByCall(argument.Value)))
            {
                var any = false;
                foreach (var (outerFrame, outerSite) in CallFramesPerElementOf(outer, depth + 1, cancellationToken))
                {
                    any = true;
                    yield return (frame.CalledFrom(outerFrame), outerSite);
                }
                if (any)
                    continue;
            }
            yield return (frame, site);
        }
    }

    /// <summary>The method, local function or app construct's constructor a call is made in (not a stack's: it is made once).</summary>
    private IMethodSymbol? EnclosingHelper(SyntaxNode site, CancellationToken cancellationToken)
        => Loops.EnclosingFunction(site) is { } function and (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax)
            && ModelOf(site.SyntaxTree).GetDeclaredSymbol(function, cancellationToken) is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.Constructor } helper
            && !(helper.MethodKind == MethodKind.Constructor && _cdk.IsStack(helper.ContainingType))
                ? helper
                : null;

    /// <summary>Every <c>new</c> of a class of this app in the compilation, through any of its constructors.</summary>
    public IEnumerable<IObjectCreationOperation> CreationsOf(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var (call, _) in Calls(constructor, cancellationToken))
            {
                if (call is IObjectCreationOperation creation)
                    yield return creation;
            }
        }
    }

    /// <summary>Calls of a private method or local function: only its own type (or method) can make them.</summary>
    private IEnumerable<SyntaxNode> InvocationsIn(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var scopes = method.MethodKind == MethodKind.LocalFunction
            ? method.ContainingSymbol.DeclaringSyntaxReferences
            : method.ContainingType.DeclaringSyntaxReferences;
        foreach (var scope in scopes)
        {
            var syntax = scope.GetSyntax(cancellationToken);
            foreach (var node in NamesIn(syntax.SyntaxTree).CallsOf(method.Name, syntax))
                yield return node;
        }
    }

    // ---- fields and properties: the one object a value is read from, else every write ----

    private bool FollowMember(IOperation reference, ISymbol member, IOperation? instance, Frame? frame, Walk walk, List<Origin> into)
    {
        // A tuple's element (prod.Account of var prod = (Account: "…", Region: "…")): that element of each tuple it may be.
        if (member is IFieldSymbol { ContainingType.IsTupleType: true } element && instance is not null && TupleIndex(element) is { } index)
        {
            AddComponent(new Origin(instance, frame), index, walk, into);
            return true;
        }
        // { Bucket: var name } reads Bucket of the value the pattern tests.
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.PatternInput } input)
        {
            if (PatternInput(input) is not { } tested)
                return false;
            instance = tested;
        }
        if (member.DeclaringSyntaxReferences.IsEmpty || IsBoundMemberRead(reference, instance, frame, walk))
            return false;
        // options.Timeout ??= Duration.Minutes(2) earlier in the body: what the last such write leaves (a write reads
        // only what is written before it, so this ends); a member of this object too (_stack = stack), where the body is
        // followed through a call, with what that call gives.
        if (instance is not null && LastWriteBefore(reference, member, instance, ownMembers: frame?.Method is not null, walk.CancellationToken) is var (written, always))
        {
            AddSources(new Origin(written, frame), walk, into);
            if (always)
                return true;
        }
        Origin? receiver = instance switch
        {
            null => null,
            IInstanceReferenceOperation => frame?.Instance,
            _ => new Origin(instance, frame),
        };
        Origin? start = null;
        if (receiver is { } chain && ChainedWrites(chain, member, walk.CancellationToken, out start) is { } chained)
        {
            // Still the holder of what the object's calls add to it (_indexes.Add(…)).
            walk.Holders?.Add(new Holder(member, reference.Syntax, frame));
            foreach (var write in chained)
                AddSources(write, walk, into);
            if (start is null)
                return true;
        }
        // No call of the chain writes it, or only calls in a branch: the creation the chain starts at is (also) the object to ask.
        receiver = start ?? receiver;
        // A member read from a variable is on the path once per variable; from anything else, once.
        var variable = instance is null ? null : Holders.Referenced(instance) ?? (Unwrap(instance) as IParameterReferenceOperation)?.Parameter;
        if (variable is null ? !walk.Following.Add(member) : !walk.FollowingMembers.Add((member, variable)))
            return false;
        try
        {
            walk.Holders?.Add(new Holder(member, reference.Syntax, frame));
            if (receiver is { } known && TryMemberOfObjects(known, member, walk, into))
                return true;

            var followed = false;
            var implementations = OtherImplementations(member, instance, frame, walk);
            for (var i = 0; i < (implementations?.Count ?? 1); i++)
            {
                var values = MemberValues(implementations?[i] ?? member, walk.CancellationToken);
                if (values.IsDefaultOrEmpty)
                    continue;
                walk.MayBeUnset = true;
                foreach (var value in values)
                    AddSources(value, walk, into);
                followed = true;
            }
            return followed;
        }
        finally
        {
            if (variable is null)
                walk.Following.Remove(member);
            else
                walk.FollowingMembers.Remove((member, variable));
        }
    }

    /// <summary>
    /// What an assignment writes and where: <c>x.P = v</c> writes v; <c>x.P ??= v</c> writes the coalescing (the earlier
    /// value where there is one, else v). Null for any other operation.
    /// </summary>
    private static (IOperation Target, IOperation Value)? MemberWrite(IOperation operation)
        => operation switch
        {
            ISimpleAssignmentOperation simple => (simple.Target, simple.Value),
            ICoalesceAssignmentOperation coalesce => (coalesce.Target, coalesce),
            _ => null,
        };

    /// <summary>
    /// The last write of the member before the read, in the read's body, and whether it always runs (no branch, loop or
    /// handler around it); null where there is none. On a local or parameter (<c>options.Timeout = …</c>, or
    /// <c>options.Timeout ??= …</c>, whose value is the coalescing); on this object (<c>_stack = stack</c>,
    /// <c>this.Name = name</c>) only where <paramref name="ownMembers"/> asks for it.
    /// </summary>
    private (IOperation Value, bool Always)? LastWriteBefore(IOperation reference, ISymbol member, IOperation instance, bool ownMembers, CancellationToken cancellationToken)
    {
        var read = reference.Syntax;
        var function = Loops.EnclosingFunction(read);
        IEnumerable<SyntaxNode>? writes = Unwrap(instance) switch
        {
            ILocalReferenceOperation local => UsesOf(local.Local, cancellationToken),
            IParameterReferenceOperation parameter => UsesOf(parameter.Parameter, cancellationToken),
            IInstanceReferenceOperation when ownMembers && function is not null => function.DescendantNodes(n => n == function || !Loops.IsFunctionBoundary(n)),
            _ => null,
        };
        if (writes is null)
            return null;
        (SyntaxNode Write, IOperation Value)? last = null;
        foreach (var use in writes)
        {
            if (use is not AssignmentExpressionSyntax { Left: var written } || use.SyntaxTree != read.SyntaxTree
                || use.SpanStart >= read.SpanStart || use.Span.Contains(read.Span) || (last is { } later && later.Write.SpanStart > use.SpanStart)
                || !(written is MemberAccessExpressionSyntax || (ownMembers && written is IdentifierNameSyntax)) || SyntaxIndex.RightmostName(written) != member.Name
                || Loops.EnclosingFunction(use) != function)
            {
                continue;
            }
            if (OperationAt(use, cancellationToken) is { } operation && MemberWrite(operation) is var (target, value)
                && SymbolEqualityComparer.Default.Equals(MemberOf(target), member)
                && (target is not IMemberReferenceOperation { Instance: { } on } || Unwrap(on).Kind == Unwrap(instance).Kind))
            {
                last = (use, value);
            }
        }
        if (last is not var (write, lastValue))
            return null;
        var always = !Loops.MayBeSkipped(write);
        return (lastValue, always);
    }

    /// <summary>
    /// The calls made on one object since its creation, latest first: a fluent chain that starts at the creation
    /// (<c>new TableBuilder(this, "Orders").WithKeys("PK", "SK").WithIndex(…)</c>, each method of this app returning
    /// <c>this</c>), or a local holding such a chain whose other uses before this one are statements of its own block
    /// calling it, also in its branches and loops (<c>var b = new TableBuilder(…); if (legacy) b.WithKeys("pk", "sk");
    /// b.Build()</c>). Null when the receiver is anything else, or the object may be reached where this does not look (a
    /// lambda, a helper it is handed to).
    /// </summary>
    private List<IInvocationOperation>? ChainCalls(Origin receiver, CancellationToken cancellationToken, out IObjectCreationOperation? start)
    {
        var calls = new List<IInvocationOperation>();
        var operation = Unwrap(receiver.Operation);
        while (operation is IInvocationOperation { Instance: { } previous, TargetMethod: var method } call)
        {
            if (!SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType) || BodyOf(method, cancellationToken) is not { } body
                || !body.DescendantNodes().OfType<ReturnStatementSyntax>().All(r => r.Expression is ThisExpressionSyntax))
            {
                break;
            }
            calls.Add(call);
            operation = Unwrap(previous);
        }
        start = operation as IObjectCreationOperation;
        if (start is null && operation is ILocalReferenceOperation local && CallsOnLocalBefore(local, cancellationToken, out start) is { } earlier)
            calls.AddRange(earlier);
        return start is null ? null : calls;
    }

    /// <summary>The block body of a method of this app; null for any other method.</summary>
    private static BlockSyntax? BodyOf(IMethodSymbol method, CancellationToken cancellationToken)
        => method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax { Body: { } body }
            ? body
            : null;

    /// <summary>
    /// See <see cref="ChainCalls"/>: the calls on a local builder before the use, latest first, then its initializer's
    /// chain. Read from the file's name index: every call on it or given it, and every write into or of it, before the
    /// use must be a statement of its own block calling it. (A copy into another variable is not seen.)
    /// </summary>
    private List<IInvocationOperation>? CallsOnLocalBefore(ILocalReferenceOperation use, CancellationToken cancellationToken, out IObjectCreationOperation? start)
    {
        start = null;
        var local = use.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: var initializer } declarator
            || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: BlockSyntax block }
            || initializer is not (BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax)
            || OperationAt(initializer, cancellationToken) is not { } initial
            || ChainCalls(new Origin(initial), cancellationToken, out var chainStart) is not { } chain)
        {
            return null;
        }
        var names = NamesIn(block.SyntaxTree);
        if (names.Writing(local.Name, block).Any(write => write.SpanStart < use.Syntax.SpanStart))
            return null;
        var later = new List<IInvocationOperation>();
        foreach (var node in names.CallsGiven(local.Name, block).Concat(names.UsesOf(local.Name, block)).Distinct().OrderBy(n => n.SpanStart))
        {
            if (node.SpanStart <= declarator.SpanStart || node.SpanStart >= use.Syntax.SpanStart)
                continue;
            if (node is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax }, Parent: ExpressionStatementSyntax statement } invocation
                || !InBranchesOf(statement, block)
                || OperationAt(invocation, cancellationToken) is not IInvocationOperation { Instance: ILocalReferenceOperation on } call
                || !SymbolEqualityComparer.Default.Equals(on.Local, local) || BodyOf(call.TargetMethod, cancellationToken) is null)
            {
                return null;
            }
            later.Insert(0, call);
        }
        later.AddRange(chain);
        start = chainStart;
        return later;
    }

    /// <summary>A statement of the block, or of its if/else, switch and loop statements' bodies: not in a lambda or a try.</summary>
    private static bool InBranchesOf(StatementSyntax statement, BlockSyntax block)
    {
        for (var node = statement.Parent; node != block; node = node?.Parent)
        {
            if (node is not (BlockSyntax or IfStatementSyntax or ElseClauseSyntax or SwitchSectionSyntax or SwitchStatementSyntax
                or CommonForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A call on an object that runs only on some paths after its creation: in an if/else, switch or loop between them.</summary>
    private static bool RunsInABranch(SyntaxNode call, SyntaxNode creation)
        => call.SyntaxTree == creation.SyntaxTree && call.AncestorsAndSelf().FirstOrDefault(a => a.Span.Contains(creation.Span)) is var around
            && around != call && Loops.MayBeSkipped(call, around);

    /// <summary>
    /// What the latest calls of a chain (<see cref="ChainCalls"/>) that write the member in their own straight-line
    /// statements give it (<c>WithKeys</c> sets <c>_pk = pk;</c>), with each call's arguments: the field's other writes,
    /// made on other builders, are not this object's. The latest call that always runs ends the list; the calls after it
    /// in a branch or a loop are each a value too. Null when no call writes it. <paramref name="start"/> is the creation the chain
    /// starts at where no call that always runs writes it (<c>private string _pk = "pk";</c> is then what it gives),
    /// null when one does or the receiver is not such a chain.
    /// </summary>
    private List<Origin>? ChainedWrites(Origin receiver, ISymbol member, CancellationToken cancellationToken, out Origin? start)
    {
        start = null;
        if (ChainCalls(receiver, cancellationToken, out var creation) is not { } calls || !SymbolEqualityComparer.Default.Equals(creation!.Type, member.ContainingType))
            return null;
        List<Origin>? writes = null;
        foreach (var call in calls)
        {
            IOperation? written = null;
            foreach (var statement in BodyOf(call.TargetMethod, cancellationToken)!.Statements)
            {
                // Only what runs whenever the call does: nothing after the first branch, loop or return counts.
                if (statement is not (ExpressionStatementSyntax or LocalDeclarationStatementSyntax))
                    break;
                if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: var left } assignment }
                    && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && SyntaxIndex.RightmostName(left) == member.Name
                    && OperationAt(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation } target } write
                    && SymbolEqualityComparer.Default.Equals(target.Member, member))
                {
                    written = write.Value;
                }
            }
            if (written is null)
                continue;
            (writes ??= new List<Origin>()).Add(new Origin(written, new Frame(call.TargetMethod, call.Arguments, call.Instance, receiver.Frame)));
            if (!RunsInABranch(call.Syntax, creation.Syntax))
                return writes;
        }
        start = new Origin(creation, receiver.Frame);
        return writes;
    }

    /// <summary>
    /// For an <c>_indexes.Add(…)</c> in a fluent method of a builder whose chain is in view (<see cref="ChainCalls"/>):
    /// one frame per call of that method in the chain, none when the chain never calls it. Null where the chain is not in
    /// view or the add is made in the body being followed itself, or in a constructor.
    /// </summary>
    private List<Frame>? ChainedCallsMaking(SyntaxNode add, Holder holder, CancellationToken cancellationToken)
    {
        if (holder.Symbol is not (IFieldSymbol or IPropertySymbol) || holder.Frame?.Instance is not { } receiver
            || ChainCalls(receiver, cancellationToken, out var start) is not { } calls || !SymbolEqualityComparer.Default.Equals(start!.Type, holder.Symbol.ContainingType)
            || add.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method || method.Span.Contains(holder.Use.Span))
        {
            return null;
        }
        var frames = new List<Frame>();
        foreach (var call in calls)
        {
            if (call.TargetMethod.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) == method)
                frames.Add(new Frame(call.TargetMethod, call.Arguments, call.Instance, receiver.Frame));
        }
        return frames;
    }

    private static int? TupleIndex(IFieldSymbol element)
    {
        var name = (element.CorrespondingTupleField ?? element).Name;
        return name.StartsWith("Item", System.StringComparison.Ordinal) && int.TryParse(name.Substring(4), out var position) ? position - 1 : null;
    }

    /// <summary>
    /// The member as each object the receiver may be sets it: <c>Prod.Account</c> where
    /// <c>Prod = new EnvConfig("111111111111", "eu-west-1")</c> is that creation's argument. False when one of
    /// the objects cannot be seen into.
    /// </summary>
    private bool TryMemberOfObjects(Origin receiver, ISymbol member, Walk walk, List<Origin> into)
    {
        var holders = walk.Holders;
        walk.Holders = null;
        var objects = new List<Origin>();
        var values = new List<Origin>();
        try
        {
            AddSources(receiver, walk, objects);
            foreach (var value in objects)
            {
                if (!MemberOfObject(value, member, walk, values))
                    return false;
            }
        }
        finally
        {
            walk.Holders = holders;
        }
        foreach (var value in values)
            AddSources(value, walk, into);
        return true;
    }

    private bool MemberOfObject(Origin value, ISymbol member, Walk walk, List<Origin> into)
    {
        var operation = Unwrap(value.Operation);
        // A member of null is never read (options?.Prefix is null there: see FollowConditionalAccess).
        if (IsNull(operation))
            return true;
        // props.Timeout where props is the app's IWorkerProps: the property of the class each object is.
        if (member.ContainingType is { TypeKind: TypeKind.Interface } && operation.Type?.FindImplementationForInterfaceMember(member) is { } implementation)
            member = implementation;
        // entity.PartitionKey where entity is a new OrderEntity(): the override that class, or the nearest base, writes.
        if ((member.IsAbstract || member.IsVirtual) && member.ContainingType.TypeKind == TypeKind.Class && operation.Type is { } objectType
            && NearestOverride(objectType, member) is { } overriding)
        {
            member = overriding;
        }
        switch (operation)
        {
            case IWithOperation with:
                if (AssignmentIn(with.Initializer, member) is { } changed)
                {
                    into.Add(new Origin(changed, value.Frame));
                    return true;
                }
                // A computed property (TableName => Stage switch { … }) reads what this copy changed: its getter on this copy.
                if (member is IPropertySymbol { GetMethod: { } getter } property && IsComputed(property, walk.CancellationToken)
                    && DeclaredValue(member, walk.CancellationToken) is { } computed)
                {
                    into.Add(new Origin(computed, new Frame(getter, ImmutableArray<IArgumentOperation>.Empty, with, value.Frame)));
                    return true;
                }
                var originals = new List<Origin>();
                AddSources(new Origin(with.Operand, value.Frame), walk, originals);
                return originals.All(original => MemberOfObject(original, member, walk, into));

            case IObjectCreationOperation { Constructor: { } constructor } creation
                when !constructor.DeclaringSyntaxReferences.IsEmpty || (constructor.IsImplicitlyDeclared && !constructor.ContainingType.DeclaringSyntaxReferences.IsEmpty):
                if (creation.Initializer is { } initializer && AssignmentIn(initializer, member) is { } set)
                {
                    into.Add(new Origin(set, value.Frame));
                    return true;
                }
                // new Settings { Variables = { ["K"] = v } } adds to the collection the member starts with: both count.
                if (creation.Initializer is { } outer && NestedInitializerOf(outer, member) is { } nested)
                    into.Add(new Origin(nested, value.Frame));
                var call = new Frame(constructor, creation.Arguments, creation, value.Frame);
                if (PositionalParameter(member, constructor) is { } parameter)
                {
                    if ((call.ArgumentFor(parameter) ?? DefaultValueOf(parameter, walk.CancellationToken)) is not { } argument)
                        return false;
                    into.Add(argument);
                    return true;
                }
                var written = WritesInConstructor(constructor, member, walk.CancellationToken);
                if (written.Count > 0)
                {
                    into.AddRange(written.Select(w => new Origin(w, call)));
                    return true;
                }
                if (DeclaredValue(member, walk.CancellationToken) is { } declared)
                {
                    into.Add(new Origin(declared, call));
                    return true;
                }
                // An optional init-only property this object is not given stays null: `props.Timeout ?? Duration.Minutes(5)`
                // is the fallback. So does a settable one of an object made in the call's argument list, which nothing
                // else can reach before the call (`options.Timeout ??= …` inside is read by the walk that got here).
                if (!IsUnsetInitOnly(member, creation.Type, walk.CancellationToken, settableToo: IsArgument(creation)))
                    return false;
                walk.MayBeUnset = true;
                return true;
        }
        return false;
    }

    /// <summary>
    /// An auto-property that only an initializer, a <c>with</c> or a constructor can set (init-only or get-only),
    /// without a value of its own, that no constructor from the object's class down to the declaring class writes.
    /// </summary>
    private static bool IsArgument(IOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation)
            parent = parent.Parent;
        return parent is IArgumentOperation;
    }

    private bool IsUnsetInitOnly(ISymbol member, ITypeSymbol? created, CancellationToken cancellationToken, bool settableToo = false)
    {
        if (member is not IPropertySymbol { IsStatic: false } property || !(settableToo || property.SetMethod is null or { IsInitOnly: true })
            || property.DeclaringSyntaxReferences.Length != 1
            || property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not PropertyDeclarationSyntax { Initializer: null, ExpressionBody: null, AccessorList: { } accessors }
            || accessors.Accessors.Any(a => a.Body is not null || a.ExpressionBody is not null))
        {
            return false;
        }
        // The created class and each base class down to the one that declares the property.
        for (var type = created as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (type.InstanceConstructors.Any(constructor => WritesInConstructor(constructor, member, cancellationToken).Count > 0))
                return false;
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, property.ContainingType.OriginalDefinition))
                return true;
        }
        return false;
    }

    private static IOperation? AssignmentIn(IObjectOrCollectionInitializerOperation initializer, ISymbol member)
        => initializer.Initializers.OfType<ISimpleAssignmentOperation>()
            .LastOrDefault(a => SymbolEqualityComparer.Default.Equals(MemberOf(a.Target)?.OriginalDefinition, member.OriginalDefinition))
            ?.Value;

    private static IObjectOrCollectionInitializerOperation? NestedInitializerOf(IObjectOrCollectionInitializerOperation initializer, ISymbol member)
        => initializer.Initializers.OfType<IMemberInitializerOperation>()
            .LastOrDefault(m => SymbolEqualityComparer.Default.Equals(MemberOf(m.InitializedMember)?.OriginalDefinition, member.OriginalDefinition))
            ?.Initializer;

    private static ISymbol? MemberOf(IOperation target)
        => target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

    /// <summary>A record's positional property, as the primary constructor's parameter of the same name.</summary>
    private static IParameterSymbol? PositionalParameter(ISymbol member, IMethodSymbol constructor)
    {
        if (member is not IPropertySymbol || !member.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax))
            return null;
        return constructor.Parameters.FirstOrDefault(p => p.Name == member.Name && p.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax));
    }

    /// <summary>
    /// The writes of a member in a constructor, and in the methods of its class that the constructor calls as a statement
    /// of its own (<c>CreateQueues();</c> setting <c>Jobs = new Queue(…)</c>).
    /// </summary>
    private List<IOperation> WritesInConstructor(IMethodSymbol constructor, ISymbol member, CancellationToken cancellationToken)
    {
        var written = new List<IOperation>();
        foreach (var body in ConstructorBodies(constructor, cancellationToken))
        {
            foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (SyntaxIndex.RightmostName(assignment.Left) == member.Name
                    && OperationAt(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: var target, Value: var value }
                    && SymbolEqualityComparer.Default.Equals(MemberOf(target)?.OriginalDefinition, member.OriginalDefinition))
                {
                    written.Add(value);
                }
            }
        }
        return written;
    }

    /// <summary>
    /// What runs when a constructor of this app does: its declaration, then each method of its class it calls as a
    /// statement of its own (<c>CreateQueues();</c>). Its <c>: base(…)</c> call is the caller's to follow.
    /// </summary>
    private IEnumerable<SyntaxNode> ConstructorBodies(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        if (constructor.DeclaringSyntaxReferences.Length != 1
            || constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not ConstructorDeclarationSyntax declaration)
        {
            yield break;
        }
        yield return declaration;
        foreach (var call in declaration.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Parent is ExpressionStatementSyntax or ArrowExpressionClauseSyntax
                && OperationAt(call, cancellationToken) is IInvocationOperation { Instance: null or IInstanceReferenceOperation, TargetMethod: { DeclaringSyntaxReferences.Length: 1 } method }
                && SymbolEqualityComparer.Default.Equals(method.ContainingType.OriginalDefinition, constructor.ContainingType.OriginalDefinition)
                && method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is MethodDeclarationSyntax helper)
            {
                yield return helper;
            }
        }
    }

    /// <summary>
    /// Every value a member of this app is given: its initializer (or getter), a record's positional argument at
    /// every creation, and every assignment in the compilation (object initializers and <c>with</c> included).
    /// </summary>
    private ImmutableArray<Origin> MemberValues(ISymbol member, CancellationToken cancellationToken)
    {
        member = member.OriginalDefinition;
        if (AnswersAbout(member) is not { } answers)
            return FindMemberValues(member, cancellationToken);
        return answers.MemberValues.TryGetValue(member, out var known)
            ? known
            : answers.MemberValues.GetOrAdd(member, FindMemberValues(member, cancellationToken));
    }

    private ImmutableArray<Origin> FindMemberValues(ISymbol member, CancellationToken cancellationToken)
    {
        var values = ImmutableArray.CreateBuilder<Origin>();
        // A constant is its declaration: nothing assigns it.
        if (member is IFieldSymbol { IsConst: true })
            return DeclaredValue(member, cancellationToken) is { } constant ? ImmutableArray.Create(new Origin(constant)) : values.ToImmutable();
        // `= ""` on a settings member or a builder's field says "not set yet" (the compiler's nullable check asks for
        // a value): the object a read cannot see is filled elsewhere, from configuration or a With… call.
        if (DeclaredValue(member, cancellationToken) is { } declared && declared.ConstantValue is not { HasValue: true, Value: "" })
            values.Add(new Origin(declared));
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax positional
                && ModelOf(positional.SyntaxTree).GetDeclaredSymbol(positional, cancellationToken) is { } parameter)
            {
                values.AddRange(CallSiteValues(parameter, cancellationToken));
            }
        }

        var assignments = member.DeclaredAccessibility == Accessibility.Private
            ? member.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).SelectMany(type => NamesIn(type.SyntaxTree).AssignmentsTo(member.Name, type)).OfType<AssignmentExpressionSyntax>()
            : Index(cancellationToken).AssignmentsTo(member.Name).OfType<AssignmentExpressionSyntax>();
        foreach (var assignment in assignments)
        {
            var target = ModelOf(assignment.SyntaxTree).GetSymbolInfo(assignment.Left, cancellationToken).Symbol;
            if (!SymbolEqualityComparer.Default.Equals(target?.OriginalDefinition, member))
                continue;
            if (OperationAt(assignment, cancellationToken) is { } write)
                values.Add(new Origin(write is ISimpleAssignmentOperation simple ? simple.Value : write));
        }
        return values.ToImmutable();
    }

    /// <summary>A property without an initializer: what <see cref="DeclaredValue"/> finds for it is its getter, computed on each read.</summary>
    private static bool IsComputed(IPropertySymbol property, CancellationToken cancellationToken)
        => property.DeclaringSyntaxReferences.Length == 1
            && property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax { Initializer: null };

    /// <summary>A field's or property's initializer, or a computed property's getter (<c>=> $"…"</c>).</summary>
    private IOperation? DeclaredValue(ISymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var expression = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value
                    ?? property.ExpressionBody?.Expression
                    ?? property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration)) switch
                    {
                        { ExpressionBody.Expression: var body } => body,
                        { Body.Statements: { Count: 1 } statements } when statements[0] is ReturnStatementSyntax { Expression: var returned } => returned,
                        _ => null,
                    },
                _ => null,
            };
            if (expression is not null && OperationAt(expression, cancellationToken) is { } operation)
                return operation;
        }
        return null;
    }

    // ---- helpers: what a method of this app returns, seen from one call ----

    private bool FollowReturn(IInvocationOperation invocation, Frame? frame, Walk walk, List<Origin> into)
    {
        if (invocation is { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: { } parameter } && Unwrap(parameter) is IParameterReferenceOperation)
            return FollowLambdasPassed(invocation, frame, walk, into);
        var method = LambdaCalled(invocation, walk.CancellationToken) ?? invocation.TargetMethod.OriginalDefinition;
        if (OtherImplementations(method, invocation.Instance, frame, walk) is not { } implementations)
            return FollowReturn(method, invocation, frame, walk, into);
        var followed = false;
        foreach (var implementation in implementations)
            followed |= FollowReturn((IMethodSymbol)implementation, invocation, frame, walk, into);
        return followed;
    }

    /// <summary>
    /// <c>make()</c> on a delegate parameter (<c>T Add&lt;T&gt;(Func&lt;T&gt; make)</c>): what each lambda the calls pass
    /// returns, run with this call's arguments. A delegate that is not a lambda written in place is not known.
    /// </summary>
    private bool FollowLambdasPassed(IInvocationOperation invocation, Frame? frame, Walk walk, List<Origin> into)
    {
        var passed = new List<Origin>();
        AddSources(new Origin(invocation.Instance!, frame), walk, passed);
        var followed = false;
        foreach (var delegateValue in passed)
        {
            if (Unwrap(delegateValue.Operation) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol: var lambda } }
                && FollowReturn(lambda, invocation, frame, walk, into))
            {
                followed = true;
            }
            else
            {
                into.Add(new Origin(invocation, frame));
            }
        }
        return followed;
    }

    /// <summary>
    /// <c>Accounts.Shared.Value</c> of a <c>Lazy&lt;string&gt;</c> made with a lambda (<c>new(() =&gt; "…")</c>): what the
    /// lambda returns. A lazy value made any other way is not known.
    /// </summary>
    private bool FollowLazyValue(IPropertyReferenceOperation read, IOperation lazy, Frame? frame, Walk walk, List<Origin> into)
    {
        var made = new List<Origin>();
        AddSources(new Origin(lazy, frame), walk, made);
        var followed = false;
        foreach (var creation in made)
        {
            var factory = Unwrap(creation.Operation) is IObjectCreationOperation { Arguments.Length: > 0 } lazyCreation ? Unwrap(lazyCreation.Arguments[0].Value) : null;
            if (factory is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol: var lambda } } && AddReturned(lambda, creation.Frame, walk, into))
                followed = true;
            else
                into.Add(new Origin(read, frame));
        }
        return followed;
    }

    /// <summary>
    /// <c>TryGetAuditAccount(out var account)</c>, <c>Read(out account)</c>: every value the app's method writes into the
    /// out parameter <paramref name="argument"/> is given for, run with this call's arguments; <paramref name="variable"/>
    /// where a write is not known. False for a library method.
    /// </summary>
    private bool FollowOutArgument(IInvocationOperation call, ArgumentSyntax argument, Origin variable, Walk walk, List<Origin> into)
    {
        var method = call.TargetMethod.OriginalDefinition;
        if (call.Arguments.FirstOrDefault(a => a.Syntax == argument)?.Parameter is not { RefKind: RefKind.Out } parameter
            || method.DeclaringSyntaxReferences.IsEmpty || !walk.Following.Add(method))
        {
            return false;
        }
        try
        {
            var writes = LocalWrites(parameter.OriginalDefinition, walk.CancellationToken);
            if (writes.IsEmpty)
                return false;
            var called = new Frame(method, call.Arguments, call.Instance, variable.Frame);
            foreach (var write in writes)
            {
                if (write.Value is { } value)
                    AddSources(new Origin(value, called), walk, into);
                else
                    into.Add(variable);
            }
            return true;
        }
        finally
        {
            walk.Following.Remove(method);
        }
    }

    private bool FollowReturn(IMethodSymbol method, IInvocationOperation invocation, Frame? frame, Walk walk, List<Origin> into)
    {
        if (method.IsAbstract || method.DeclaringSyntaxReferences.IsEmpty)
            return false;
        // A lambda's `this` is its caller's, not the delegate it is called through.
        return AddReturned(method, new Frame(method, invocation.Arguments, method.MethodKind == MethodKind.AnonymousFunction ? null : invocation.Instance, frame), walk, into);
    }

    /// <summary>What a method of this app (or a lambda) returns, seen through <paramref name="call"/>; false where it returns nothing known or is already being followed.</summary>
    private bool AddReturned(IMethodSymbol method, Frame? call, Walk walk, List<Origin> into)
    {
        if (!walk.Following.Add(method))
            return false;
        try
        {
            var returns = ReturnsOf(method, walk.CancellationToken);
            if (returns.IsDefaultOrEmpty)
                return false;
            var followed = false;
            foreach (var expression in returns)
            {
                if (OperationAt(expression, walk.CancellationToken) is { } returned)
                {
                    AddSources(new Origin(returned, call), walk, into);
                    followed = true;
                }
            }
            return followed;
        }
        finally
        {
            walk.Following.Remove(method);
        }
    }

    /// <summary>
    /// The class of the object a member is read on: for <c>this</c> inside a helper followed from a call, the class the
    /// call is written in (a base class's <c>CreateHandler</c> called from the derived construct); null when unknown.
    /// </summary>
    private static ITypeSymbol? ReceiverType(IOperation? instance, Frame? frame)
        => instance switch
        {
            null => null,
            IInstanceReferenceOperation => frame?.Instance is { } called ? ObjectType(called.Operation) : instance.Type,
            _ => Unwrap(instance).Type,
        };

    /// <summary>
    /// The class of the object an operation is: <c>this</c> handed to a base constructor (<c>: base(scope, id)</c>) is an
    /// object of the class the call is written in, not of the base it is typed as.
    /// </summary>
    private static ITypeSymbol? ObjectType(IOperation operation)
        => Unwrap(operation) is IInstanceReferenceOperation { Parent: IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } } self
            && self.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } written
            && self.SemanticModel?.GetDeclaredSymbol(written) is INamedTypeSymbol derived
                ? derived
                : Unwrap(operation).Type;

    /// <summary>
    /// What an abstract or virtual property or method may run as, read on an object of the receiver's class: the
    /// override in that class or the nearest base of it (<c>protected override int TimeoutSeconds => …</c> for a base
    /// class's <c>Duration.Seconds(TimeoutSeconds)</c> called from the derived construct); where the class is the one
    /// that declares the member, or unknown, the member and every override of it in this app. Null for any other member,
    /// which is itself (most are: no list is made for them).
    /// </summary>
    private IReadOnlyList<ISymbol>? OtherImplementations(ISymbol member, IOperation? instance, Frame? frame, Walk walk)
    {
        // The library's own members (the CDK's are all virtual) are followed no further in any case.
        if (!(member.IsAbstract || member.IsVirtual) || member.ContainingType.TypeKind != TypeKind.Class || member.DeclaringSyntaxReferences.IsEmpty)
            return null;
        var declaring = member.ContainingType.OriginalDefinition;
        var receiverType = ReceiverType(instance, frame);
        // Worker worker = new SlowWorker(…): a variable typed as the base class holds objects of one derived class
        // (followed within this walk, so that worker = worker.Next() ends).
        if (instance is not null and not IInstanceReferenceOperation && SymbolEqualityComparer.Default.Equals(receiverType?.OriginalDefinition, declaring)
            && SourcesAndHolders(new Origin(instance, frame), walk).Sources is { Count: > 0 } sources
            && sources.Select(s => Unwrap(s.Operation) is IObjectCreationOperation { Type: { } type } ? type.OriginalDefinition : null).Distinct(SymbolEqualityComparer.Default).ToList() is { Count: 1 } types
            && types[0] is ITypeSymbol only)
        {
            receiverType = only;
        }
        if (receiverType is not null && !SymbolEqualityComparer.Default.Equals(receiverType.OriginalDefinition, declaring))
        {
            if (NearestOverride(receiverType, member) is { } overriding)
                return new[] { overriding };
            // An abstract class between the declaring one and the object's (DataPlatformStack reading PlatformStack's
            // abstract Team in its constructor): the object is of a class derived from it, with that class's override.
            if (receiverType.IsAbstract && instance is null or IInstanceReferenceOperation)
            {
                var derived = AppOverrides(member, walk).Where(candidate => CdkTypes.Inherits(candidate.ContainingType, receiverType.OriginalDefinition as INamedTypeSymbol)).ToList();
                return derived.Count > 0 ? derived : null;
            }
            return null;
        }
        var all = new List<ISymbol> { member };
        all.AddRange(AppOverrides(member, walk));
        return all;
    }

    /// <summary>The override of a member in a class or the nearest of its bases that overrides it; null when none does.</summary>
    private static ISymbol? NearestOverride(ITypeSymbol objectType, ISymbol member)
    {
        var declaring = member.ContainingType.OriginalDefinition;
        for (var type = objectType.OriginalDefinition; type is not null && !SymbolEqualityComparer.Default.Equals(type, declaring); type = type.BaseType?.OriginalDefinition)
        {
            foreach (var candidate in type.GetMembers(member.Name))
            {
                if (Overrides(candidate, member))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>Every override of the member written in this app.</summary>
    private IEnumerable<ISymbol> AppOverrides(ISymbol member, Walk walk)
    {
        foreach (var declaration in Index(walk.CancellationToken).OverridesNamed(member.Name))
        {
            if (ModelOf(declaration.SyntaxTree).GetDeclaredSymbol(declaration, walk.CancellationToken) is { } candidate && Overrides(candidate, member))
                yield return candidate;
        }
    }

    private static bool Overrides(ISymbol candidate, ISymbol member)
    {
        for (var overridden = Overridden(candidate); overridden is not null; overridden = Overridden(overridden))
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, member))
                return true;
        }
        return false;
    }

    private static ISymbol? Overridden(ISymbol member)
        => member switch
        {
            IPropertySymbol property => property.OverriddenProperty,
            IMethodSymbol method => method.OverriddenMethod,
            _ => null,
        };

    private ImmutableArray<SyntaxNode> ReturnsOf(IMethodSymbol method, CancellationToken cancellationToken)
        => _returns.TryGetValue(method, out var known)
            ? known
            : _returns.GetOrAdd(method, FindReturns(method, cancellationToken));

    private static ImmutableArray<SyntaxNode> FindReturns(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var returns = ImmutableArray.CreateBuilder<SyntaxNode>();
        foreach (var reference in WithBody(method).DeclaringSyntaxReferences)
        {
            var (expressionBody, body) = reference.GetSyntax(cancellationToken) switch
            {
                BaseMethodDeclarationSyntax declaration => (declaration.ExpressionBody?.Expression, (SyntaxNode?)declaration.Body),
                LocalFunctionStatementSyntax local => (local.ExpressionBody?.Expression, local.Body),
                AnonymousFunctionExpressionSyntax lambda => (lambda.ExpressionBody, lambda.Block),
                _ => (null, null),
            };
            if (expressionBody is not null)
                returns.Add(expressionBody);
            if (body is null)
                continue;
            // Returns of this body, not of the lambdas and local functions inside it.
            foreach (var node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
            {
                if (node is ReturnStatementSyntax { Expression: { } returned })
                    returns.Add(returned);
            }
        }
        return returns.ToImmutable();
    }

    // ---- what a type or method of this app creates and calls ----

    /// <summary>
    /// The creations and calls written in a type (all its parts) or method of this app, for rules that follow what a
    /// stack makes through its own constructs and helpers. Cached per symbol.
    /// </summary>
    public ImmutableArray<IOperation> CreationsAndCallsIn(ISymbol symbol, CancellationToken cancellationToken)
    {
        symbol = symbol.OriginalDefinition;
        if (AnswersAbout(symbol) is not { } answers)
            return FindCreationsAndCalls(symbol, cancellationToken);
        return answers.CreatedIn.TryGetValue(symbol, out var known)
            ? known
            : answers.CreatedIn.GetOrAdd(symbol, FindCreationsAndCalls(symbol, cancellationToken));
    }

    /// <summary>
    /// The creations and calls of the given types and methods, and of everything they reach in turn through this app's
    /// own constructs (not stacks: another stack deploys on its own) and helper methods: what a stack makes, however
    /// it is written. With <paramref name="intoNestedStacks"/>, also what its nested stacks make (deployed with it,
    /// though their outputs are their own). Each definition once; at most 64 (a stack that reaches more is read in part).
    /// </summary>
    public IEnumerable<IOperation> CreationsAndCallsReachedFrom(IEnumerable<ISymbol> start, CancellationToken cancellationToken, bool intoNestedStacks = false)
    {
        const int MaxDefinitions = 64;
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Queue<ISymbol>(start);
        while (pending.Count > 0 && seen.Count < MaxDefinitions)
        {
            var definition = pending.Dequeue().OriginalDefinition;
            if (!seen.Add(definition))
                continue;
            foreach (var operation in CreationsAndCallsIn(definition, cancellationToken))
            {
                switch (operation)
                {
                    case IObjectCreationOperation { Type: INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } type }
                        when _cdk.IsConstruct(type) && (!_cdk.IsStack(type) || (intoNestedStacks && !_cdk.IsTopLevelStack(type))):
                        pending.Enqueue(type);
                        break;
                    case IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: > 0 } method }:
                        pending.Enqueue(method);
                        break;
                }
                yield return operation;
            }
        }
    }

    /// <summary>
    /// The stages (CDK Pipelines' units of deployment, not the App) a stack created here is deployed in: for
    /// <c>new ApiStack(this, …)</c> in a stage class, every creation of that class; for <c>new ApiStack(beta, …)</c>, the
    /// stage the variable holds. Null when the scope is not a stage; <see cref="Contents{T}.IsComplete"/> false when a
    /// stage cannot be seen into.
    /// </summary>
    public Contents<IObjectCreationOperation>? StagesOf(IObjectCreationOperation stackCreation, Frame? frame, CancellationToken cancellationToken)
    {
        if (ArgumentAt(stackCreation.Arguments, 0)?.Value is not { } argument || Unwrap(argument) is not { } scope || !_cdk.IsStage(scope.Type))
            return null;
        var stages = ImmutableArray.CreateBuilder<IObjectCreationOperation>();
        if (scope is IInstanceReferenceOperation { Type: INamedTypeSymbol stageClass })
            return new Contents<IObjectCreationOperation>(CreationsOf(stageClass, cancellationToken).ToImmutableArray(), isComplete: true);
        var complete = true;
        foreach (var source in Sources(new Origin(scope, frame), cancellationToken))
        {
            if (Unwrap(source.Operation) is IObjectCreationOperation stage)
                stages.Add(stage);
            else
                complete = false;
        }
        return new Contents<IObjectCreationOperation>(stages.ToImmutable(), complete);
    }

    private ImmutableArray<IOperation> FindCreationsAndCalls(ISymbol symbol, CancellationToken cancellationToken)
    {
        var operations = ImmutableArray.CreateBuilder<IOperation>();
        foreach (var reference in WithBody(symbol).DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(cancellationToken);
            if (declaration is not TypeDeclarationSyntax type)
            {
                SyntaxWalk.NodesUnder(declaration, Add);
                continue;
            }
            if (symbol is IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                // A primary constructor runs its base call and the instance initializers, not the class's methods.
                foreach (var member in type.ChildNodes())
                {
                    if (member is BaseListSyntax or PropertyDeclarationSyntax { Initializer: not null } or FieldDeclarationSyntax
                        && !(member is MemberDeclarationSyntax declared && declared.Modifiers.Any(SyntaxKind.StaticKeyword)))
                    {
                        SyntaxWalk.NodesUnder(member, Add);
                    }
                }
                continue;
            }
            // A method of the class that nothing calls or names (a helper left from a migration) makes nothing.
            HashSet<string>? named = null;
            foreach (var member in type.ChildNodes())
            {
                if (member is MethodDeclarationSyntax method && !method.Modifiers.Any(SyntaxKind.OverrideKeyword)
                    && Index(cancellationToken).InvocationsOf(method.Identifier.ValueText).Count == 0
                    && !(named ??= new HashSet<string>(type.DescendantNodes().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText))).Contains(method.Identifier.ValueText))
                {
                    continue;
                }
                SyntaxWalk.NodesUnder(member, Add);
            }
        }
        return operations.ToImmutable();

        void Add(SyntaxNode node)
        {
            if (node is BaseObjectCreationExpressionSyntax or InvocationExpressionSyntax && OperationAt(node, cancellationToken) is { } operation)
                operations.Add(operation);
        }
    }

    /// <summary>A partial method's part that has the body (<c>private partial Queue CreateQueue() => …</c> in another file); any other symbol itself.</summary>
    private static ISymbol WithBody(ISymbol symbol) => symbol is IMethodSymbol { PartialImplementationPart: { } implementation } ? implementation : symbol;

    // ---- shared lookups ----

    private sealed class ModelAnswers
    {
        // Each made on first use: a file is asked about some kinds of symbol only.
        private ConcurrentDictionary<ISymbol, ImmutableArray<LocalWrite>>? _localWrites;
        private ConcurrentDictionary<ISymbol, ImmutableArray<Origin>>? _memberValues;
        private ConcurrentDictionary<ISymbol, ImmutableArray<Origin>>? _callSiteValues;
        private ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>? _createdIn;

        public ConcurrentDictionary<ISymbol, ImmutableArray<LocalWrite>> LocalWrites => Made(ref _localWrites);
        public ConcurrentDictionary<ISymbol, ImmutableArray<Origin>> MemberValues => Made(ref _memberValues);
        public ConcurrentDictionary<ISymbol, ImmutableArray<Origin>> CallSiteValues => Made(ref _callSiteValues);
        public ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> CreatedIn => Made(ref _createdIn);

        private static ConcurrentDictionary<ISymbol, T> Made<T>(ref ConcurrentDictionary<ISymbol, T>? answers)
            => Volatile.Read(ref answers)
                ?? Interlocked.CompareExchange(ref answers, new ConcurrentDictionary<ISymbol, T>(SymbolEqualityComparer.Default), null)
                ?? answers;
    }

    /// <summary>The answers kept with the model of the file declaring <paramref name="symbol"/>; null for a symbol without source.</summary>
    private ModelAnswers? AnswersAbout(ISymbol symbol)
    {
        var declarations = symbol.DeclaringSyntaxReferences;
        return declarations.IsEmpty ? null : _answers.GetValue(ModelOf(declarations[0].SyntaxTree), _ => new ModelAnswers());
    }

    private SyntaxIndex Index(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _index) is { } built)
            return built;
        lock (_indexLock)
            return _index ??= new SyntaxIndex(_compilation.SyntaxTrees.Select(NamesIn), cancellationToken);
    }

    /// <summary>
    /// The operation of a node. Rules that keep what they saw until the compilation ends keep its syntax and ask for
    /// the operation then: an operation holds its file's semantic model, and with it every bound tree of that file.
    /// </summary>
    public IOperation? OperationAt(SyntaxNode node, CancellationToken cancellationToken)
        => ModelOf(node.SyntaxTree).GetOperation(Unsuppressed(node), cancellationToken);

    /// <summary>`x!` has no operation of its own: its value is the operand's.</summary>
    private static SyntaxNode Unsuppressed(SyntaxNode node)
    {
        while (node is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression))
            node = suppressed.Operand;
        return node;
    }

    // During analysis the compilation hands out the driver's cached semantic model for a tree; values declared in
    // another file (a const class, a record's creations) are read through it.
#pragma warning disable RS1030
    private SemanticModel ModelOf(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
}

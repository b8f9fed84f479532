using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>A property (or field) an object is given: in its initializer, or by a write to the variable holding it before it is used.</summary>
internal readonly struct Setting
{
    public Setting(ISymbol member, Origin value, SyntaxNode syntax)
    {
        Member = member;
        Value = value;
        Syntax = syntax;
    }

    public ISymbol Member { get; }
    public Origin Value { get; }

    /// <summary>The assignment: where a diagnostic about the setting goes.</summary>
    public SyntaxNode Syntax { get; }
}

/// <summary>One key/value pair written into a dictionary, and the syntax that writes it.</summary>
internal readonly struct DictionaryEntry
{
    public DictionaryEntry(Origin key, Origin value, SyntaxNode syntax)
    {
        Key = key;
        Value = value;
        Syntax = syntax;
    }

    public Origin Key { get; }
    public Origin Value { get; }

    /// <summary>The element <c>{ "K", v }</c>, the index initializer <c>["K"] = v</c>, or the call or assignment that adds it.</summary>
    public SyntaxNode Syntax { get; }
}

/// <summary>What <see cref="ValueModel.Reach"/> found: every operation, every setting and every dictionary entry.</summary>
internal sealed class Reached
{
    public List<Origin> Operations { get; } = new();
    public List<Setting> Settings { get; } = new();
    public List<DictionaryEntry> Entries { get; } = new();
}

/// <summary>What a collection or dictionary holds, and whether that is all of it.</summary>
internal readonly struct Contents<T>
{
    public Contents(ImmutableArray<T> items, bool isComplete)
    {
        Items = items;
        IsComplete = isComplete;
    }

    public ImmutableArray<T> Items { get; }

    /// <summary>False when part of it comes from something the model cannot see into (a parameter, a framework call).</summary>
    public bool IsComplete { get; }
}

internal sealed partial class ValueModel
{
    private static readonly ImmutableHashSet<string> CopyingMethods = ImmutableHashSet.Create(
        "ToArray", "ToList", "ToImmutableArray", "ToImmutableList", "ToHashSet", "AsReadOnly", "AsEnumerable", "ToImmutableHashSet",
        // The same elements in another order.
        "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending", "Reverse");

    /// <summary>
    /// The properties an object is given: its initializer (<c>new FunctionProps { … }</c>, a helper's
    /// <c>new()</c>, a <c>with</c>), and writes to the variables it passes through before it is used
    /// (<c>props.ReservedConcurrentExecutions = 100;</c> before <c>new Function(this, "F", props)</c>).
    /// </summary>
    public ImmutableArray<Setting> Settings(Origin value, CancellationToken cancellationToken)
        => SettingsOf(WalkTo(value, cancellationToken), cancellationToken).ToImmutableArray();

    private List<Setting> SettingsOf(Walked value, CancellationToken cancellationToken)
    {
        var walk = value.Continue(cancellationToken, new List<Holder>(value.Holders));
        var settings = new List<Setting>();
        foreach (var source in value.Sources)
            AddInitializerSettings(source, walk, settings);
        foreach (var holder in walk.Holders!)
        {
            AddSettingsWrittenInto(holder, beforeUse: true, settings, cancellationToken);
            // SetTimeout(props, 120) or props.WithTimeout(120) before the use: what the helper writes into its parameter.
            foreach (var helper in HelpersGiven(holder, cancellationToken))
            {
                if (helper.Use.SyntaxTree == holder.Use.SyntaxTree && helper.Use.SpanStart < holder.Use.SpanStart)
                    AddSettingsWrittenInto(helper, beforeUse: false, settings, cancellationToken);
            }
        }
        return settings;
    }

    /// <summary><c>x.P = v</c> on the variable (before its use, when asked).</summary>
    private void AddSettingsWrittenInto(Holder holder, bool beforeUse, List<Setting> settings, CancellationToken cancellationToken)
    {
        foreach (var write in UsesOf(holder, beforeUse, cancellationToken))
        {
            if (write is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax } && OperationAt(write, cancellationToken) is { } operation)
            {
                if (MemberWrite(operation) is var (target, value) && MemberOf(target) is { } member)
                    settings.Add(new Setting(member, new Origin(value, holder.Frame), write));
            }
        }
    }

    /// <summary>
    /// What the constructor of this app's props class sets on the object before any initializer (<c>public ProdProps() {
    /// Env = new Environment { … }; }</c>, also through a method it calls), its base constructors of this app first.
    /// </summary>
    private void AddConstructorSettings(IObjectCreationOperation creation, IMethodSymbol? constructor, ImmutableArray<IArgumentOperation> arguments,
        Frame? caller, List<Setting> settings, CancellationToken cancellationToken, int depth = 0)
    {
        if (constructor is null || depth > 4)
            return;
        var frame = new Frame(constructor, arguments, creation, caller);
        foreach (var body in ConstructorBodies(constructor, cancellationToken))
        {
            if (body is ConstructorDeclarationSyntax { Initializer: { } chained } && OperationAt(chained, cancellationToken) is IInvocationOperation baseCall)
                AddConstructorSettings(creation, baseCall.TargetMethod, baseCall.Arguments, frame, settings, cancellationToken, depth + 1);
            foreach (var assignment in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<AssignmentExpressionSyntax>())
            {
                // What always runs: a statement of its own, in no branch or loop of the body.
                if (assignment.Parent is ExpressionStatementSyntax or ArrowExpressionClauseSyntax && !Loops.MayBeSkipped(assignment, body)
                    && OperationAt(assignment, cancellationToken) is ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Instance: IInstanceReferenceOperation } target, Value: var value }
                    && MemberOf(target) is { } member)
                {
                    settings.Add(new Setting(member, new Origin(value, frame), assignment));
                }
            }
        }
    }

    /// <summary>A value's sources and the variables it passes through, from one walk: what its settings, entries and elements are read from.</summary>
    private sealed class Walked
    {
        public Walked(List<Origin> sources, List<Holder> holders, int steps)
        {
            Sources = sources;
            Holders = holders;
            Steps = steps;
        }

        public List<Origin> Sources { get; }
        public List<Holder> Holders { get; }
        private int Steps { get; }

        /// <summary>A walk that goes on from this one, as if it had just found these sources.</summary>
        public Walk Continue(CancellationToken cancellationToken, List<Holder>? holders = null)
            => new(cancellationToken) { Steps = Steps, Holders = holders };
    }

    private Walked WalkTo(Origin value, CancellationToken cancellationToken)
    {
        var walk = new Walk(cancellationToken);
        var (sources, holders) = SourcesAndHolders(value, walk);
        return new Walked(sources, holders, walk.Steps);
    }

    /// <summary>A value's sources and the variables it passes through on the way, within a walk that may be noting its own.</summary>
    private (List<Origin> Sources, List<Holder> Holders) SourcesAndHolders(Origin value, Walk walk)
    {
        var outer = walk.Holders;
        walk.Holders = new List<Holder>();
        var sources = new List<Origin>();
        AddSources(value, walk, sources);
        var holders = walk.Holders;
        walk.Holders = outer;
        return (sources, holders);
    }

    /// <summary>
    /// The settings of an object created here: its initializer, and every write to the members of the variable that
    /// keeps it (<c>props.Fifo = true;</c> after <c>var props = new QueueProps { … }</c>), wherever in that variable's scope.
    /// </summary>
    public ImmutableArray<Setting> SettingsOfCreation(IObjectCreationOperation creation, CancellationToken cancellationToken)
    {
        var settings = Settings(new Origin(creation), cancellationToken).ToBuilder();
        if (Holders.Of(creation) is { } holder)
        {
            foreach (var write in UsesOf(holder, cancellationToken))
            {
                if (write is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax }
                    && OperationAt(write, cancellationToken) is ISimpleAssignmentOperation { Target: var target } assignment
                    && MemberOf(target) is { } member)
                {
                    settings.Add(new Setting(member, new Origin(assignment.Value), write));
                }
            }
        }
        return settings.ToImmutable();
    }

    /// <summary>The values given to the properties named <paramref name="name"/>, in order.</summary>
    public IEnumerable<Setting> SettingsNamed(Origin value, string name, CancellationToken cancellationToken)
        => Settings(value, cancellationToken).Where(s => s.Member.Name == name);

    private void AddInitializerSettings(Origin source, Walk walk, List<Setting> settings)
    {
        switch (Unwrap(source.Operation))
        {
            case IObjectCreationOperation creation:
                AddConstructorSettings(creation, creation.Constructor, creation.Arguments, source.Frame, settings, walk.CancellationToken);
                if (creation.Initializer is { } initializer)
                    AddAssignments(initializer, source.Frame, settings);
                break;
            case IAnonymousObjectCreationOperation anonymous:
                foreach (var assignment in anonymous.Initializers.OfType<ISimpleAssignmentOperation>())
                {
                    if (MemberOf(assignment.Target) is { } member)
                        settings.Add(new Setting(member, new Origin(assignment.Value, source.Frame), assignment.Syntax));
                }
                break;
            case IWithOperation with:
                var originals = new List<Origin>();
                AddSources(new Origin(with.Operand, source.Frame), walk, originals);
                foreach (var original in originals)
                    AddInitializerSettings(original, walk, settings);
                AddAssignments(with.Initializer, source.Frame, settings);
                break;
        }
    }

    private static void AddAssignments(IObjectOrCollectionInitializerOperation initializer, Frame? frame, List<Setting> settings)
    {
        foreach (var initialized in initializer.Initializers)
        {
            if (initialized is ISimpleAssignmentOperation assignment && MemberOf(assignment.Target) is { } member)
                settings.Add(new Setting(member, new Origin(assignment.Value, frame), assignment.Syntax));
        }
    }

    /// <summary>
    /// The entries of a dictionary: collection and index initializers, a copy's source (<c>new Dictionary&lt;,&gt;(other)</c>),
    /// and <c>Add</c>, <c>TryAdd</c> and <c>[k] = v</c> on the variables it passes through before it is used.
    /// </summary>
    public Contents<DictionaryEntry> Entries(Origin value, CancellationToken cancellationToken)
    {
        var walk = new Walk(cancellationToken);
        var entries = new List<DictionaryEntry>();
        var complete = AddEntries(value, walk, entries);
        return new Contents<DictionaryEntry>(entries.ToImmutableArray(), complete);
    }

    /// <summary>
    /// What a call that adds one entry (<c>fn.AddEnvironment(key, value)</c>) adds: that entry, written at its key; or,
    /// when the key is read while looping over a dictionary, each of the dictionary's entries, where it holds them.
    /// Key and value read from one element of a list (<c>foreach (var (name, value) in pairs)</c>, <c>spec.Name</c> and
    /// <c>spec.Value</c>) pair up element by element, and key and value given by a helper's caller
    /// (<c>Wire(fn, "SQS_URL", queue.QueueUrl)</c>) call by call, written at the call's key: never one element's key
    /// with another's value.
    /// </summary>
    public ImmutableArray<DictionaryEntry> EntriesAdded(IOperation key, IOperation value, CancellationToken cancellationToken)
        => DictionaryLoopedBy(key, cancellationToken) is { } dictionary
            ? Entries(new Origin(dictionary), cancellationToken).Items
            : EntriesPerElement(key, value, cancellationToken) ?? EntriesPerCall(key, value, cancellationToken)
                ?? ImmutableArray.Create(new DictionaryEntry(new Origin(key), new Origin(value), key.Syntax));

    private ImmutableArray<DictionaryEntry>? EntriesPerElement(IOperation key, IOperation value, CancellationToken cancellationToken)
    {
        if (ReadOfLoopVariable(key) is not { } keyRead || LoopOf(keyRead.Variable, cancellationToken) is not { } loop
            || Loops.Passes(loop, _cdk, cancellationToken) is not { Length: > 0 } passes)
        {
            return null;
        }
        // Key and value seen through one pass each: a value that does not read the element
        // (repos[spec.Name] = new Repository(…)) is the same on every pass.
        return passes.Select(pass => new DictionaryEntry(new Origin(key, pass), new Origin(value, pass), pass.Element.Operation.Syntax)).ToImmutableArray();
    }

    /// <summary>
    /// The loop a variable is the element of: the foreach statement of its own variable (deconstructed or not), the
    /// element lambda (<c>Select</c>, <c>ToDictionary</c>, <c>ForEach</c>) of its first parameter, or the query of its
    /// range variable; null for any other.
    /// </summary>
    private SyntaxNode? LoopOf(ISymbol variable, CancellationToken cancellationToken)
    {
        if (variable is IParameterSymbol parameter)
            return Loops.ElementLoopOf(parameter, cancellationToken);
        if (variable is not ILocalSymbol local)
            return null;
        var writes = LocalWrites(local, cancellationToken);
        return !writes.IsEmpty && writes[0].IsForEach ? writes[0].Node.FirstAncestorOrSelf<CommonForEachStatementSyntax>() : null;
    }

    /// <summary>A loop variable or lambda parameter, or a member read from it (<c>spec.Name</c>, <c>pair.Item1</c>).</summary>
    private static (ISymbol Variable, ISymbol? Member)? ReadOfLoopVariable(IOperation operation)
        => Unwrap(operation) switch
        {
            ILocalReferenceOperation local => (local.Local, null),
            IParameterReferenceOperation parameter => (parameter.Parameter, null),
            IMemberReferenceOperation { Instance: ILocalReferenceOperation local, Member: IPropertySymbol or IFieldSymbol } member => (local.Local, member.Member),
            IMemberReferenceOperation { Instance: IParameterReferenceOperation parameter, Member: IPropertySymbol or IFieldSymbol } member => (parameter.Parameter, member.Member),
            _ => null,
        };

    private ImmutableArray<DictionaryEntry>? EntriesPerCall(IOperation key, IOperation value, CancellationToken cancellationToken)
    {
        if (Unwrap(key) is not IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol helper } keyParameter }
            || Unwrap(value) is not IParameterReferenceOperation { Parameter: var valueParameter }
            || !SymbolEqualityComparer.Default.Equals(valueParameter.ContainingSymbol, helper)
            || helper.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction))
        {
            return null;
        }
        var entries = ImmutableArray.CreateBuilder<DictionaryEntry>();
        foreach (var (frame, site) in CallFramesOf(helper, cancellationToken))
        {
            var given = frame.ArgumentFor(keyParameter);
            entries.Add(new DictionaryEntry(new Origin(key, frame), new Origin(value, frame), given?.Operation.Syntax ?? site));
        }
        return entries.Count > 0 ? entries.ToImmutable() : null;
    }

    /// <summary>
    /// The dictionary a key is read from while looping over it — <c>foreach (var (name, value) in settings)</c> or
    /// <c>foreach (var pair in settings)</c> with <c>pair.Key</c> — so that a use of the key stands for every entry;
    /// null for any other key.
    /// </summary>
    private IOperation? DictionaryLoopedBy(IOperation key, CancellationToken cancellationToken)
        => Unwrap(key) switch
        {
            ILocalReferenceOperation name => LoopedDictionary(name.Local, component: 0, cancellationToken),
            IPropertyReferenceOperation { Property.Name: "Key", Instance: ILocalReferenceOperation pair } => LoopedDictionary(pair.Local, component: -1, cancellationToken),
            _ => null,
        };

    /// <summary>
    /// The dictionary a foreach variable loops over: the pair of <c>foreach (var pair in d)</c> (component -1), or the
    /// key (0) or value (1) of <c>foreach (var (name, value) in d)</c>; null for any other local.
    /// </summary>
    private IOperation? LoopedDictionary(ILocalSymbol local, int component, CancellationToken cancellationToken)
    {
        var writes = LocalWrites(local, cancellationToken);
        return !writes.IsEmpty && writes[0] is { IsForEach: true, Inner: < 0, Value: { } collection } write && write.Component == component && IsDictionary(collection.Type)
            ? collection
            : null;
    }

    private bool AddEntries(Origin value, Walk walk, List<DictionaryEntry> entries)
    {
        var (sources, holders) = SourcesAndHolders(value, walk);
        return AddEntries(sources, holders, walk, entries);
    }

    private bool AddEntries(List<Origin> sources, List<Holder> holders, Walk walk, List<DictionaryEntry> entries)
    {
        var complete = true;
        foreach (var source in sources)
        {
            // settings.Env?.ToDictionary(…): a copy of what the `?.` reads, where it is not null.
            if (Unwrap(source.Operation) is IConditionalAccessOperation { WhenNotNull: IInvocationOperation copying } access
                && DictionaryCopied(copying) is { } copiedIfAny && walk.Depth < MaxDepth)
            {
                walk.Depth++;
                complete &= AddEntries(new Origin(Unwrap(copiedIfAny) is IConditionalAccessInstanceOperation ? access.Operation : copiedIfAny, source.Frame), walk, entries);
                walk.Depth--;
                continue;
            }
            if (Unwrap(source.Operation) is IInvocationOperation invocation && DictionaryCopied(invocation) is { } copied && walk.Depth < MaxDepth)
            {
                walk.Depth++;
                complete &= AddEntries(new Origin(copied, source.Frame), walk, entries);
                walk.Depth--;
                continue;
            }
            // ImmutableDictionary<string, string>.Empty.Add("K", v).SetItem(…): each call's entry on the receiver's.
            if (Unwrap(source.Operation) is IInvocationOperation { TargetMethod.Name: "Add" or "SetItem", Instance: { } receiver, Arguments.Length: 2 } added
                && SymbolEqualityComparer.Default.Equals(added.Type, receiver.Type) && IsDictionary(added.Type) && walk.Depth < MaxDepth)
            {
                walk.Depth++;
                complete &= AddEntries(new Origin(Unwrap(receiver), source.Frame), walk, entries);
                walk.Depth--;
                entries.Add(new DictionaryEntry(new Origin(ValueAt(added, 0), source.Frame), new Origin(ValueAt(added, 1), source.Frame), ValueAt(added, 0).Syntax));
                continue;
            }
            if (Unwrap(source.Operation) is IFieldReferenceOperation { Field: { Name: "Empty", IsStatic: true } } or IPropertyReferenceOperation { Property: { Name: "Empty", IsStatic: true } }
                && IsDictionary(source.Operation.Type))
            {
                continue;
            }
            if (Unwrap(source.Operation) is IInvocationOperation selecting && EntriesSelected(selecting, source.Frame, walk.CancellationToken) is { } selected)
            {
                entries.AddRange(selected.Items);
                complete &= selected.IsComplete;
                continue;
            }
            if (source.Operation is IObjectOrCollectionInitializerOperation nested)
            {
                AddInitializedEntries(nested, source.Frame, entries);
                continue;
            }
            // common.Where(kv => kv.Key != "LOG_LEVEL").ToDictionary(…): the entries the filter may keep.
            if (Unwrap(source.Operation) is IInvocationOperation { TargetMethod.Name: "Where" } filtered && SourceAndSelectors(filtered) is ({ } unfiltered, { Count: 1 } predicates)
                && IsPairSequence(unfiltered.Type) && walk.Depth < MaxDepth)
            {
                var all = new List<DictionaryEntry>();
                walk.Depth++;
                complete &= AddEntries(new Origin(unfiltered, source.Frame), walk, all);
                walk.Depth--;
                var condition = LambdaResult(predicates[0]);
                foreach (var entry in all)
                {
                    var pass = Frame.ForPass(predicates[0].Syntax, entry.Value, entry.Key, caller: source.Frame);
                    if (condition is null || (ComparisonHolds(condition, pass, walk) ?? FlagHolds(condition, pass, walk)) != false)
                        entries.Add(entry);
                }
                continue;
            }
            // common.Concat(extra).ToDictionary(…), a.Union(b): the entries of both.
            if (Unwrap(source.Operation) is IInvocationOperation { TargetMethod.Name: "Concat" or "Union", Instance: null, Arguments.Length: 2 } joined && walk.Depth < MaxDepth)
            {
                walk.Depth++;
                foreach (var part in joined.Arguments)
                    complete &= AddEntries(new Origin(Unwrap(part.Value), source.Frame), walk, entries);
                walk.Depth--;
                continue;
            }
            // new[] { KeyValuePair.Create("K", v) }: each pair an entry.
            if (!IsDictionary(Unwrap(source.Operation).Type) && IsPairSequence(Unwrap(source.Operation).Type))
            {
                complete &= AddPairs(new Origin(Unwrap(source.Operation), source.Frame), walk, entries);
                continue;
            }
            if (Unwrap(source.Operation) is not IObjectCreationOperation creation || !IsDictionary(creation.Type))
            {
                complete &= IsNull(source.Operation);
                continue;
            }
            foreach (var argument in creation.Arguments)
            {
                // new Dictionary<,>(readOnly) converts it to IEnumerable<KeyValuePair<,>>: the copy is of the dictionary, or of the pairs.
                if (argument.ArgumentKind != ArgumentKind.DefaultValue && IsPairSequence(Unwrap(argument.Value).Type) && walk.Depth < MaxDepth)
                {
                    walk.Depth++;
                    complete &= AddEntries(new Origin(Unwrap(argument.Value), source.Frame), walk, entries);
                    walk.Depth--;
                }
            }
            if (creation.Initializer is not null)
                AddInitializedEntries(creation.Initializer, source.Frame, entries);
        }
        foreach (var holder in holders)
        {
            AddEntriesWrittenInto(holder, walk, entries, ref complete);
            foreach (var helper in HelpersGiven(holder, walk.CancellationToken))
            {
                if (!holders.Any(h => SymbolEqualityComparer.Default.Equals(h.Symbol, helper.Symbol)))
                    AddEntriesWrittenInto(helper, walk, entries, ref complete);
            }
            RemoveRemoved(holder, walk.CancellationToken, entries);
        }
        RemoveOverwritten(entries);
        return complete;
    }

    /// <summary>
    /// <c>variables.Remove("AWS_REGION")</c> before the dictionary is used, where it always runs: the entries at that
    /// constant key written before the call are gone.
    /// </summary>
    private void RemoveRemoved(Holder holder, CancellationToken cancellationToken, List<DictionaryEntry> entries)
    {
        foreach (var use in UsesOf(holder, beforeUse: false, cancellationToken))
        {
            if (use is not InvocationExpressionSyntax call || call.SyntaxTree != holder.Use.SyntaxTree || call.SpanStart > holder.Use.SpanStart
                || Loops.MayBeSkipped(call) || OperationAt(call, cancellationToken) is not IInvocationOperation { TargetMethod.Name: "Remove", Arguments.Length: 1 } remove
                || Unwrap(remove.Arguments[0].Value).ConstantValue is not { HasValue: true, Value: { } key })
            {
                continue;
            }
            var function = Loops.EnclosingFunction(call);
            entries.RemoveAll(entry => Unwrap(entry.Key.Operation).ConstantValue is { HasValue: true, Value: { } written } && written.Equals(key)
                && !(entry.Syntax.SyntaxTree == call.SyntaxTree && entry.Syntax.SpanStart > call.SpanStart && Loops.EnclosingFunction(entry.Syntax) == function));
        }
    }

    /// <summary>
    /// <c>names["curated"] = "acme_curated"</c> after <c>names.Add("curated", "acme-curated")</c>: a dictionary holds one
    /// entry per key, the last one written. Only where the later write always runs (no branch or loop around it) and
    /// both keys are one constant, written in the same file.
    /// </summary>
    private static void RemoveOverwritten(List<DictionaryEntry> entries)
    {
        for (var i = entries.Count - 1; i > 0; i--)
        {
            var later = entries[i];
            if (later.Syntax is not AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax } write
                || Unwrap(later.Key.Operation).ConstantValue is not { HasValue: true, Value: { } key }
                || Loops.MayBeSkipped(write))
            {
                continue;
            }
            for (var j = i - 1; j >= 0; j--)
            {
                if (entries[j].Syntax.SyntaxTree == write.SyntaxTree && entries[j].Syntax.SpanStart < write.SpanStart
                    && Unwrap(entries[j].Key.Operation).ConstantValue is { HasValue: true, Value: { } earlier } && earlier.Equals(key))
                {
                    entries.RemoveAt(j);
                    i--;
                }
            }
        }
    }

    /// <summary><c>Add</c>, <c>TryAdd</c> and <c>[k] = v</c> on a variable the dictionary passes through.</summary>
    private void AddEntriesWrittenInto(Holder holder, Walk walk, List<DictionaryEntry> entries, ref bool complete)
    {
        foreach (var write in UsesOf(holder, beforeUse: false, walk.CancellationToken))
        {
            if (write is InvocationExpressionSyntax or AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax }
                && OperationAt(write, walk.CancellationToken) is { } operation
                && AsEntry(operation, holder.Frame) is { } entry)
            {
                // variables[name] = value while looping over another dictionary: that dictionary's entries, where it holds them.
                if (DictionaryLoopedBy(entry.Key.Operation, walk.CancellationToken) is { } looped && walk.Depth < MaxDepth)
                {
                    walk.Depth++;
                    complete &= AddEntries(new Origin(looped, holder.Frame), walk, entries);
                    walk.Depth--;
                }
                else if (holder.Frame is null && Unwrap(entry.Key.Operation) is IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol method }
                    && EntriesPerCall(entry, method, walk.CancellationToken) is { Count: > 0 } perCall)
                {
                    entries.AddRange(perCall);
                }
                // repos[spec.Name] = … in a loop over a known list: one entry per element, at that element's key.
                else if (holder.Frame is null && EntriesPerElement(entry.Key.Operation, entry.Value.Operation, walk.CancellationToken) is { } perElement)
                {
                    entries.AddRange(perElement);
                }
                else
                {
                    entries.Add(entry);
                }
            }
        }
    }

    /// <summary>
    /// <c>_environment[key] = value</c> in a builder's <c>WithVariable(key, value)</c>: one entry per call, its key and
    /// value that call's arguments (followed apart, every key would pair with every call's value), written at the call's key.
    /// </summary>
    private List<DictionaryEntry> EntriesPerCall(DictionaryEntry entry, IMethodSymbol method, CancellationToken cancellationToken)
    {
        var entries = new List<DictionaryEntry>();
        foreach (var (frame, _) in CallFramesOf(method, cancellationToken))
        {
            var key = new Origin(entry.Key.Operation, frame);
            entries.Add(new DictionaryEntry(key, new Origin(entry.Value.Operation, frame), key.AtCallSite().Operation.Syntax));
        }
        return entries;
    }

    /// <summary>
    /// The parameters of this app's methods a local is handed to — <c>AddTracing(variables)</c>, or
    /// <c>variables.AddTracing()</c> for an extension method — each bound to its call, so that what the method
    /// writes into its parameter counts for the local. One call deep.
    /// </summary>
    private IEnumerable<Holder> HelpersGiven(Holder holder, CancellationToken cancellationToken)
    {
        if (holder.Symbol is not ILocalSymbol local)
            yield break;
        // Asked by each environment rule of the same dictionary: the body is walked once per local.
        var given = _helpersGiven.TryGetValue(local, out var known) ? known : _helpersGiven.GetOrAdd(local, FindHelpersGiven(local, cancellationToken));
        foreach (var (parameter, argument, call) in given)
        {
            // Syntax is kept, not operations: an operation holds its whole body's tree alive for the compilation.
            if (OperationAt(call, cancellationToken) is not IInvocationOperation invocation)
                continue;
            if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke)
            {
                yield return new Holder(parameter, argument, new Frame(invocation.TargetMethod, invocation.Arguments, invocation.Instance, holder.Frame));
                continue;
            }
            // configure(props) or configure?.Invoke(props) on a delegate parameter: each lambda the callers pass gets it.
            if (DelegateOf(invocation) is not { } invoked)
                continue;
            foreach (var source in Sources(new Origin(invoked, holder.Frame), cancellationToken))
            {
                if (Unwrap(source.Operation) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol: var lambda } }
                    && parameter.Ordinal < lambda.Parameters.Length)
                {
                    yield return new Holder(lambda.Parameters[parameter.Ordinal], argument, new Frame(lambda, invocation.Arguments, null, holder.Frame));
                }
            }
        }
    }

    /// <summary>The delegate a call invokes: <c>configure</c> in <c>configure(props)</c>, <c>configure.Invoke(props)</c> and <c>configure?.Invoke(props)</c>.</summary>
    public static IOperation? DelegateOf(IInvocationOperation invocation)
    {
        if (invocation.Instance is not IConditionalAccessInstanceOperation)
            return invocation.Instance;
        for (var parent = invocation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IConditionalAccessOperation access)
                return access.Operation;
        }
        return invocation.Instance;
    }

    private ImmutableArray<(IParameterSymbol Parameter, SyntaxNode Argument, SyntaxNode Call)> FindHelpersGiven(ILocalSymbol local, CancellationToken cancellationToken)
    {
        var given = ImmutableArray.CreateBuilder<(IParameterSymbol, SyntaxNode, SyntaxNode)>();
        if (local.DeclaringSyntaxReferences.Length != 1
            || ScopeOf(local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)) is not { } scope)
        {
            return given.ToImmutable();
        }
        foreach (var call in NamesIn(scope.SyntaxTree).CallsGiven(local.Name, scope).Distinct())
        {
            if (OperationAt(call, cancellationToken) is not IInvocationOperation { TargetMethod: var method } invocation
                || (method.DeclaringSyntaxReferences.IsEmpty
                    && !(method.MethodKind == MethodKind.DelegateInvoke && DelegateOf(invocation) is { } invoked && Unwrap(invoked) is IParameterReferenceOperation)))
            {
                continue;
            }
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && Unwrap(argument.Value) is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    given.Add((parameter.OriginalDefinition, argument.Syntax, call));
                }
            }
        }
        return given.ToImmutable();
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ISymbol, ImmutableArray<(IParameterSymbol Parameter, SyntaxNode Argument, SyntaxNode Call)>> _helpersGiven
        = new(SymbolEqualityComparer.Default);

    /// <summary>Each element of a sequence of pairs (<c>KeyValuePair.Create(k, v)</c>, <c>new KeyValuePair&lt;,&gt;(k, v)</c>) as an entry.</summary>
    private bool AddPairs(Origin pairs, Walk walk, List<DictionaryEntry> entries)
    {
        var elements = ElementsOf(pairs, walk, out var complete);
        foreach (var element in elements)
        {
            if (PairOf(element) is var (key, value))
                entries.Add(new DictionaryEntry(key, value, element.Operation.Syntax));
            else
                complete = false;
        }
        return complete;
    }

    /// <summary>The key and value of a pair made in place: <c>new KeyValuePair&lt;,&gt;(k, v)</c> or <c>KeyValuePair.Create(k, v)</c>.</summary>
    private static (Origin Key, Origin Value)? PairOf(Origin element)
    {
        var arguments = Unwrap(element.Operation) switch
        {
            IObjectCreationOperation { Type.Name: "KeyValuePair", Arguments.Length: 2 } pair => pair.Arguments,
            IInvocationOperation { TargetMethod: { Name: "Create", ContainingType.Name: "KeyValuePair", IsStatic: true }, Arguments.Length: 2 } create => create.Arguments,
            _ => default,
        };
        return arguments.IsDefault ? null : (new Origin(ValueAt(arguments, 0), element.Frame), new Origin(ValueAt(arguments, 1), element.Frame));
    }

    /// <summary>A dictionary, or any sequence of <c>KeyValuePair</c>s (what <c>Concat</c> of two dictionaries gives).</summary>
    private bool IsPairSequence(ITypeSymbol? type)
    {
        if (IsDictionary(type))
            return true;
        var element = type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } sequence => sequence.TypeArguments[0],
            INamedTypeSymbol named when IsEnumerable(named) => _cdk.AllInterfaces(named).FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0],
            _ => null,
        };
        return element is not null && SymbolEqualityComparer.Default.Equals(element.OriginalDefinition, _keyValuePair);
    }

    /// <summary>
    /// The dictionary (or sequence of pairs) a call copies whole: <c>ToDictionary()</c>, <c>ToDictionary(kv =&gt; kv.Key,
    /// kv =&gt; kv.Value)</c>, <c>ToImmutableDictionary()</c>, <c>ToFrozenDictionary()</c>, <c>ImmutableDictionary.CreateRange(pairs)</c>,
    /// <c>AsReadOnly()</c>; null for any other call.
    /// </summary>
    private IOperation? DictionaryCopied(IInvocationOperation invocation)
    {
        if ((invocation.TargetMethod.Name != "AsReadOnly" && !MakesADictionary(invocation))
            || SourceAndSelectors(invocation) is not ({ } copied, var selectors) || !IsPairSequence(copied.Type))
        {
            return null;
        }
        return selectors.Count == 0 || (selectors.Count == 2 && SelectedMember(selectors[0])?.Name == "Key" && SelectedMember(selectors[1])?.Name == "Value")
            ? copied
            : null;
    }

    /// <summary>
    /// The entries <c>pairs.ToDictionary(p =&gt; p.Key, p =&gt; p.Value)</c> makes of a collection that is not a dictionary:
    /// each element's two members, paired (tuples, records and other objects of this app, <c>KeyValuePair</c>s); null
    /// for any other call or selector.
    /// </summary>
    private Contents<DictionaryEntry>? EntriesSelected(IInvocationOperation invocation, Frame? frame, CancellationToken cancellationToken)
    {
        if (!MakesADictionary(invocation)
            || SourceAndSelectors(invocation) is not ({ } collection, { Count: 2 } selectors) || IsDictionary(collection.Type))
        {
            return null;
        }
        var key = SelectedMember(selectors[0]);
        var value = SelectedMember(selectors[1]);
        // names.ToDictionary(n => n, n => new Queue(this, n, …)): each selector run for the element, one pass of each.
        var keyMade = key is null ? LambdaResult(selectors[0]) : null;
        var valueMade = value is null ? LambdaResult(selectors[1]) : null;
        if ((key is null && keyMade is null) || (value is null && valueMade is null))
            return null;
        var elements = Elements(new Origin(collection, frame), cancellationToken);
        var entries = ImmutableArray.CreateBuilder<DictionaryEntry>();
        var complete = elements.IsComplete;
        foreach (var element in elements.Items)
        {
            var pass = Frame.ForPass(selectors[0].Syntax, element, caller: Frame.ForPass(selectors[1].Syntax, element, caller: frame));
            var k = key is null ? new Origin(keyMade!, pass) : MemberOfElement(element, key, cancellationToken);
            var v = value is null ? new Origin(valueMade!, pass) : MemberOfElement(element, value, cancellationToken);
            if (k is { } entryKey && v is { } entryValue)
                entries.Add(new DictionaryEntry(entryKey, entryValue, element.Operation.Syntax));
            else
                complete = false;
        }
        return new Contents<DictionaryEntry>(entries.ToImmutable(), complete);
    }

    private static bool MakesADictionary(IInvocationOperation invocation)
        => invocation.TargetMethod.Name is "ToDictionary" or "ToImmutableDictionary" or "ToFrozenDictionary"
            || invocation.TargetMethod is { Name: "CreateRange", ContainingType.Name: "ImmutableDictionary" };

    /// <summary>What a (usually extension) call reads — its instance or first argument — and the lambdas it is given.</summary>
    private static (IOperation? Source, List<IOperation> Selectors) SourceAndSelectors(IInvocationOperation invocation)
    {
        var arguments = invocation.Arguments.Where(a => a.ArgumentKind != ArgumentKind.DefaultValue).Select(a => a.Value).ToList();
        var source = invocation.Instance ?? (arguments.Count > 0 ? arguments[0] : null);
        var selectors = arguments.Skip(invocation.Instance is null ? 1 : 0).Where(a => a.Type?.TypeKind == TypeKind.Delegate).ToList();
        return (source is null ? null : Unwrap(source), selectors);
    }

    /// <summary>What a lambda of one expression returns (<c>n =&gt; new Queue(this, n)</c>); null for any other delegate.</summary>
    private static IOperation? LambdaResult(IOperation selector)
        => selector is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Body.Operations: { Length: 1 } body } }
            && body[0] is IReturnOperation { ReturnedValue: { } returned }
                ? returned
                : null;

    /// <summary>The member a lambda reads from its parameter (<c>p =&gt; p.Key</c>, a property or a field); null for any other lambda.</summary>
    private static ISymbol? SelectedMember(IOperation selector)
        => LambdaResult(selector) is IMemberReferenceOperation { Instance: IParameterReferenceOperation } reference
            && reference is IPropertyReferenceOperation or IFieldReferenceOperation
                ? reference.Member
                : null;

    /// <summary>A member of one element: a tuple's field (by position), a <c>KeyValuePair</c>'s Key or Value, an object's member.</summary>
    private Origin? MemberOfElement(Origin element, ISymbol member, CancellationToken cancellationToken)
    {
        switch (Unwrap(element.Operation))
        {
            case ITupleOperation tuple:
                var position = member is IFieldSymbol { CorrespondingTupleField.Name: var item } && item.StartsWith("Item", System.StringComparison.Ordinal)
                    && int.TryParse(item.Substring(4), out var n) ? n - 1 : -1;
                return position >= 0 && position < tuple.Elements.Length ? new Origin(tuple.Elements[position], element.Frame) : null;
            case IObjectCreationOperation or IInvocationOperation when PairOf(element) is var (pairKey, pairValue):
                return member.Name switch
                {
                    "Key" => pairKey,
                    "Value" => pairValue,
                    _ => null,
                };
            default:
                // A record's positional argument, an initializer's value, what its constructor writes; a with's change.
                var values = new List<Origin>();
                return MemberOfObject(element, member, new Walk(cancellationToken), values) && values.Count == 1 ? values[0] : null;
        }
    }

    private static void AddInitializedEntries(IObjectOrCollectionInitializerOperation initializer, Frame? frame, List<DictionaryEntry> entries)
    {
        foreach (var element in initializer.Initializers)
        {
            if (AsEntry(element, frame) is { } entry)
                entries.Add(entry);
        }
    }

    private static DictionaryEntry? AsEntry(IOperation operation, Frame? frame)
        => operation switch
        {
            IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd", Arguments.Length: 2 } add
                => new DictionaryEntry(new Origin(ValueAt(add, 0), frame), new Origin(ValueAt(add, 1), frame), add.Syntax),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment
                => new DictionaryEntry(new Origin(indexer.Arguments[0].Value, frame), new Origin(assignment.Value, frame), assignment.Syntax),
            _ => null,
        };

    private static IOperation ValueAt(IInvocationOperation invocation, int ordinal) => ValueAt(invocation.Arguments, ordinal);

    private static IOperation ValueAt(ImmutableArray<IArgumentOperation> arguments, int ordinal)
        => (ArgumentAt(arguments, ordinal) ?? arguments[ordinal]).Value;

    /// <summary>
    /// The elements of a collection: arrays, collection expressions and their spreads (<c>[.. Actions, "x"]</c>),
    /// collection initializers, copies (<c>ToArray()</c>, <c>ToList()</c>), and <c>Add</c>/<c>AddRange</c> on
    /// the variables it passes through before it is used.
    /// </summary>
    public Contents<Origin> Elements(Origin value, CancellationToken cancellationToken)
    {
        var walk = new Walk(cancellationToken);
        var elements = ElementsOf(value, walk, out var complete);
        return new Contents<Origin>(elements.ToImmutableArray(), complete);
    }

    private List<Origin> ElementsOf(Origin value, Walk walk, out bool complete)
    {
        var (sources, holders) = SourcesAndHolders(value, walk);
        return ElementsOf(sources, holders, walk, out complete);
    }

    private List<Origin> ElementsOf(List<Origin> sources, List<Holder> holders, Walk walk, out bool complete)
    {
        var elements = new List<Origin>();
        complete = true;
        foreach (var source in sources)
            complete &= AddElements(source, walk, elements);
        foreach (var holder in holders)
        {
            foreach (var call in UsesOf(holder, beforeUse: false, walk.CancellationToken))
            {
                if (call is not InvocationExpressionSyntax || OperationAt(call, walk.CancellationToken) is not IInvocationOperation invocation
                    || invocation.TargetMethod.Name is not ("Add" or "AddRange") || invocation.Arguments.Length != 1)
                {
                    continue;
                }
                // A builder's own list: what the calls of its chain add, each with its arguments.
                var frames = ChainedCallsMaking(call, holder, walk.CancellationToken) ?? new List<Frame?> { holder.Frame }!;
                foreach (var frame in frames)
                {
                    if (invocation.TargetMethod.Name == "Add")
                        elements.Add(new Origin(invocation.Arguments[0].Value, frame));
                    else
                        complete &= Nested(new Origin(invocation.Arguments[0].Value, frame), walk, elements);
                }
            }
        }
        return elements;
    }

    private bool AddElements(Origin source, Walk walk, List<Origin> elements)
    {
        var operation = Unwrap(source.Operation);
        if (operation.Syntax is CollectionExpressionSyntax collection)
        {
            var model = operation.SemanticModel;
            var complete = true;
            foreach (var element in collection.Elements)
            {
                var expression = element switch
                {
                    ExpressionElementSyntax expressionElement => expressionElement.Expression,
                    SpreadElementSyntax spread => spread.Expression,
                    _ => null,
                };
                if (expression is null || (model ?? ModelOf(expression.SyntaxTree)).GetOperation(Unsuppressed(expression), walk.CancellationToken) is not { } item)
                {
                    complete = false;
                    continue;
                }
                if (element is SpreadElementSyntax)
                    complete &= Nested(new Origin(item, source.Frame), walk, elements);
                else
                    elements.Add(new Origin(item, source.Frame));
            }
            return complete;
        }

        switch (operation)
        {
            case IArrayCreationOperation { Initializer: { } array }:
                elements.AddRange(array.ElementValues.Select(e => new Origin(e, source.Frame)));
                return true;
            case IArrayCreationOperation:
                return true;
            case IArrayInitializerOperation array:
                elements.AddRange(array.ElementValues.Select(e => new Origin(e, source.Frame)));
                return true;
            case IObjectOrCollectionInitializerOperation nested:
                foreach (var add in nested.Initializers.OfType<IInvocationOperation>())
                    elements.AddRange(add.Arguments.Select(a => new Origin(a.Value, source.Frame)));
                return true;
            case IObjectCreationOperation creation:
                var complete = true;
                foreach (var argument in creation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && IsEnumerable(argument.Value.Type))
                        complete &= Nested(new Origin(argument.Value, source.Frame), walk, elements);
                }
                foreach (var add in creation.Initializer?.Initializers.OfType<IInvocationOperation>() ?? Enumerable.Empty<IInvocationOperation>())
                    elements.AddRange(add.Arguments.Select(a => new Origin(a.Value, source.Frame)));
                return complete;
            // names.Select(n => new Function(this, n, …)): what the lambda makes for each element of a known list, one
            // pass each; over a list that is not known, what it makes stands for every element, how many unknown.
            case IInvocationOperation { TargetMethod.Name: "Select" } select when SourceAndSelectors(select) is ({ } items, { Count: 1 } lambdas):
                if (LambdaResult(lambdas[0]) is not { } made)
                    return false;
                var selected = new List<Origin>();
                if (IsEnumerable(items.Type) && Nested(new Origin(items, source.Frame), walk, selected))
                {
                    foreach (var item in selected)
                        elements.Add(new Origin(made, Frame.ForPass(lambdas[0].Syntax, item, caller: source.Frame)));
                    return true;
                }
                elements.Add(new Origin(made, source.Frame));
                return false;
            // Reservations.Keys, Reservations.Values: each entry's key, or value.
            case IPropertyReferenceOperation { Property.Name: "Keys" or "Values", Instance: { } dictionary } part when IsDictionary(dictionary.Type):
                var entries = new List<DictionaryEntry>();
                var allEntries = AddEntries(new Origin(dictionary, source.Frame), walk, entries);
                elements.AddRange(entries.Select(entry => part.Property.Name == "Keys" ? entry.Key : entry.Value));
                return allEntries;
            case IInvocationOperation { TargetMethod.Name: var name } invocation when CopyingMethods.Contains(name):
                var copied = invocation.Instance ?? invocation.Arguments.FirstOrDefault()?.Value;
                return copied is not null && Nested(new Origin(copied, source.Frame), walk, elements);
            case IInvocationOperation { TargetMethod: { Name: "Concat" or "Union" }, Arguments.Length: 2 } concat when concat.Instance is null:
                return Nested(new Origin(concat.Arguments[0].Value, source.Frame), walk, elements)
                    & Nested(new Origin(concat.Arguments[1].Value, source.Frame), walk, elements);
            // common.Append(("TABLE", table.TableName)), Prepend: the collection and one more element.
            case IInvocationOperation { TargetMethod: { Name: "Append" or "Prepend", IsExtensionMethod: true }, Arguments.Length: 2 } append when append.Instance is null:
                elements.Add(new Origin(append.Arguments[1].Value, source.Frame));
                return Nested(new Origin(append.Arguments[0].Value, source.Frame), walk, elements);
            // static IEnumerable<string> Actions() { yield return "…"; … }: what this app's iterator yields, seen from the call.
            case IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: 1, ReturnsVoid: false } iterator } call when Yields(iterator, walk.CancellationToken) is { } yields:
                var yielding = new Frame(iterator, call.Arguments, call.Instance, source.Frame);
                foreach (var yielded in yields.Values)
                {
                    if (OperationAt(yielded, walk.CancellationToken) is { } value)
                        elements.Add(new Origin(value, yielding));
                }
                return yields.InStraightLine;
            case IInvocationOperation { TargetMethod: { Name: "Create" or "CreateRange", ContainingType.Name: "ImmutableArray" or "ImmutableList" } } create:
                foreach (var argument in create.Arguments)
                {
                    if (argument.Value.Type is IArrayTypeSymbol || (IsEnumerable(argument.Value.Type) && argument.Value.Type?.SpecialType != SpecialType.System_String))
                        Nested(new Origin(argument.Value, source.Frame), walk, elements);
                    else
                        elements.Add(new Origin(argument.Value, source.Frame));
                }
                return true;
        }
        return IsNull(operation);
    }

    /// <summary>
    /// The values an iterator method of this app yields (not those of the lambdas and local functions inside it), and
    /// whether it yields each of them every time (no branch, loop or early end around them); null for a method that
    /// does not yield.
    /// </summary>
    private static (List<ExpressionSyntax> Values, bool InStraightLine)? Yields(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var body = method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            BaseMethodDeclarationSyntax declaration => declaration.Body,
            LocalFunctionStatementSyntax local => local.Body,
            _ => null,
        };
        if (body is null)
            return null;
        var values = new List<ExpressionSyntax>();
        var straight = true;
        foreach (var node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is YieldStatementSyntax { Expression: { } yielded } && node.IsKind(SyntaxKind.YieldReturnStatement))
                values.Add(yielded);
            else if (node is YieldStatementSyntax or ReturnStatementSyntax || Loops.IsBranchOrLoop(node))
                straight = false;
        }
        return values.Count > 0 ? (values, straight) : null;
    }

    /// <summary>
    /// How many elements the collection is written with, one after the other (<c>new[] { a, b }</c>, <c>[a, b]</c>,
    /// <c>new List&lt;T&gt; { a, b }</c>); null when their positions are not known from it (a spread, a copy, a query).
    /// </summary>
    private static int? WrittenInOrder(IOperation collection)
    {
        var operation = Unwrap(collection);
        if (operation.Syntax is CollectionExpressionSyntax written)
            return written.Elements.All(e => e is ExpressionElementSyntax) ? written.Elements.Count : null;
        return operation switch
        {
            IArrayCreationOperation { Initializer: { } array } => array.ElementValues.Length,
            IArrayInitializerOperation array => array.ElementValues.Length,
            IObjectCreationOperation { Arguments.IsEmpty: true, Initializer: { } initializer }
                when initializer.Initializers.All(i => i is IInvocationOperation { Arguments.Length: 1 }) => initializer.Initializers.Length,
            _ => null,
        };
    }

    private bool Nested(Origin collection, Walk walk, List<Origin> elements)
    {
        if (walk.Depth >= MaxDepth)
            return false;
        walk.Depth++;
        try
        {
            elements.AddRange(ElementsOf(collection, walk, out var complete));
            return complete;
        }
        finally
        {
            walk.Depth--;
        }
    }

    /// <summary>The <c>new X(…)</c> a value may be (a construct kept in a local, a field, a property of this app's construct, a helper's result).</summary>
    public ImmutableArray<(IObjectCreationOperation Creation, Frame? Frame)> Creations(Origin value, CancellationToken cancellationToken)
        => Sources(value, cancellationToken)
            .Select(s => (Creation: Unwrap(s.Operation) as IObjectCreationOperation, s.Frame))
            .Where(c => c.Creation is not null)
            .Select(c => (c.Creation!, c.Frame))
            .ToImmutableArray();

    /// <summary>
    /// Everything reachable inside one definition: the value's sources, and from every object among them its
    /// arguments, its settings, its entries and elements, transitively, and the calls made on the root construct
    /// that <paramref name="followCall"/> accepts. Other constructs met on the way are listed but not entered
    /// (they are definitions of their own), unless passed to such a call (<c>role.AttachInlinePolicy(new Policy(…))</c>).
    /// For rules that look for something anywhere in a definition: the actions a role allows, the key names of a
    /// table, the principals of a key policy.
    /// </summary>
    public Reached Reach(Origin root, System.Func<IInvocationOperation, bool>? followCall, CancellationToken cancellationToken)
    {
        const int MaxReached = 400;
        var reached = new Reached();
        var queue = new Queue<(Origin Value, bool MayEnterConstruct)>();
        // A helper's result is one object per call (Gsi("byCustomer", …) and Gsi("byStatus", …)): seen per call site.
        var seen = new HashSet<(SyntaxNode, SyntaxNode?, SyntaxNode?)>();
        queue.Enqueue((root, true));
        while (queue.Count > 0 && reached.Operations.Count < MaxReached)
        {
            var (origin, mayEnter) = queue.Dequeue();
            if (!seen.Add((origin.Operation.Syntax, origin.Frame?.Site, origin.Frame?.Caller?.Site)))
                continue;
            // Most values reached are literals, `this` and the CDK's own constants: their own and only source.
            if (IsLeaf(Unwrap(origin.Operation)))
            {
                reached.Operations.Add(new Origin(Unwrap(origin.Operation), origin.Frame));
                continue;
            }
            // One walk of the value serves its sources, settings, entries and elements.
            var walked = WalkTo(origin, cancellationToken);
            var sources = walked.Sources;
            reached.Operations.AddRange(sources);
            if (!mayEnter && sources.Any(s => _cdk.IsConstruct(Unwrap(s.Operation).Type) && Unwrap(s.Operation) is IObjectCreationOperation))
                continue;

            // Jsii union properties (CfnTable.KeySchema) are typed object: the array is behind the conversion.
            var type = Unwrap(origin.Operation).Type;
            foreach (var setting in SettingsOf(walked, cancellationToken))
            {
                reached.Settings.Add(setting);
                queue.Enqueue((setting.Value, false));
            }
            if (IsDictionary(type))
            {
                var entries = new List<DictionaryEntry>();
                AddEntries(walked.Sources, walked.Holders, walked.Continue(cancellationToken), entries);
                foreach (var entry in entries)
                {
                    reached.Entries.Add(entry);
                    queue.Enqueue((entry.Key, false));
                    queue.Enqueue((entry.Value, false));
                }
            }
            else if (IsEnumerable(type))
            {
                foreach (var element in ElementsOf(walked.Sources, walked.Holders, walked.Continue(cancellationToken), out _))
                    queue.Enqueue((element, false));
            }
            foreach (var source in sources)
            {
                var operation = Unwrap(source.Operation);
                var arguments = operation switch
                {
                    IObjectCreationOperation creation => creation.Arguments,
                    IInvocationOperation invocation => invocation.Arguments,
                    _ => ImmutableArray<IArgumentOperation>.Empty,
                };
                foreach (var argument in arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                        queue.Enqueue((new Origin(argument.Value, source.Frame), false));
                }
                // class SingleTable : Table { … : base(scope, id, new TableProps { … }) }: what its constructor gives the library's.
                if (operation is IObjectCreationOperation subclass && LibraryBaseCall(subclass, source.Frame, cancellationToken) is var (baseCall, baseFrame))
                {
                    foreach (var argument in baseCall.Arguments)
                    {
                        if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                            queue.Enqueue((new Origin(argument.Value, baseFrame), false));
                    }
                }
                foreach (var add in (operation as IObjectCreationOperation)?.Initializer?.Initializers.OfType<IInvocationOperation>() ?? Enumerable.Empty<IInvocationOperation>())
                    queue.Enqueue((new Origin(add, source.Frame), false));
                // A policy document or statement filled in steps (policy.AddStatements(…)) is part of the definition too;
                // most such objects are written in place, held by nothing, and have no calls to look for.
                if (followCall is not null && operation is IObjectCreationOperation created
                    && (mayEnter || (!_cdk.IsConstruct(created.Type) && (Holders.Of(created) is not null || FunctionReturning(created, null, cancellationToken) is not null))))
                {
                    foreach (var call in CallsOnHolders(created, source.Frame, cancellationToken))
                    {
                        if (call.Operation is not IInvocationOperation invocation || !followCall(invocation))
                            continue;
                        reached.Operations.Add(call);
                        foreach (var argument in invocation.Arguments)
                            queue.Enqueue((new Origin(argument.Value, call.Frame), true));
                    }
                }
            }
        }
        return reached;
    }

    /// <summary>
    /// A value that is its own only source and holds nothing: a literal, <c>this</c>, a string built in place, a
    /// field or property of a library (<c>AttributeType.STRING</c>, <c>bucket.BucketName</c>), which the walk does not enter.
    /// </summary>
    private bool IsLeaf(IOperation operation)
        => operation switch
        {
            ILiteralOperation or IInstanceReferenceOperation or IInterpolatedStringOperation => true,
            IFieldReferenceOperation { Field: var field } => field.DeclaringSyntaxReferences.IsEmpty && !field.ContainingType.IsTupleType,
            // pair.Key / pair.Value of a loop over a dictionary (or of a lambda run for each entry) is followed to the
            // dictionary's entries; accounts["dev"] and keys[0] to the collection's.
            IPropertyReferenceOperation { Property: var property } reference => property.DeclaringSyntaxReferences.IsEmpty
                && !(reference.Instance is ILocalReferenceOperation or IParameterReferenceOperation && SymbolEqualityComparer.Default.Equals(property.ContainingType.OriginalDefinition, _keyValuePair))
                && !(property.IsIndexer && IsEnumerable(reference.Instance?.Type))
                && LazyOf(reference) is null,
            _ => false,
        };

    /// <summary>
    /// The calls made on a construct after its creation (<c>key.GrantEncryptDecrypt(…)</c>, <c>role.AddToPolicy(…)</c>):
    /// calls on the local, field or property that holds it, wherever that variable can be reached — where a helper or
    /// lambda returns it, on the variable each call stores it in (only the call the frame was seen through, if any) — and
    /// on the parameter of a helper a local holding it is handed to (<c>AddIndexes(table, "GSI1", "GSI2")</c>).
    /// </summary>
    public ImmutableArray<IInvocationOperation> CallsOn(IObjectCreationOperation creation, CancellationToken cancellationToken, Frame? frame = null)
    {
        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
        foreach (var call in CallsOnHolders(creation, frame, cancellationToken))
            calls.Add((IInvocationOperation)call.Operation);
        return calls.ToImmutable();
    }

    /// <summary><see cref="CallsOn"/>, each call in the frame it runs in.</summary>
    private IEnumerable<Origin> CallsOnHolders(IObjectCreationOperation creation, Frame? frame, CancellationToken cancellationToken)
    {
        var holders = new List<Holder>();
        AddHolders(creation, frame, depth: 0, holders, cancellationToken);
        foreach (var holder in holders.ToList())
        {
            if (holder.Symbol is ILocalSymbol)
                holders.AddRange(HelpersGiven(holder, cancellationToken));
        }
        foreach (var holder in holders)
        {
            foreach (var node in UsesOf(holder.Symbol, cancellationToken))
            {
                if (node is InvocationExpressionSyntax && OperationAt(node, cancellationToken) is IInvocationOperation invocation)
                    yield return new Origin(invocation, holder.Frame);
            }
        }
        // AddGlobalSecondaryIndex(…) in the constructor of this app's subclass of the construct: a call on it too.
        if (creation.Constructor is { DeclaringSyntaxReferences.Length: 1 } constructor && _cdk.IsConstruct(creation.Type)
            && constructor.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is ConstructorDeclarationSyntax { } body)
        {
            var own = new Frame(constructor, creation.Arguments, creation, frame);
            foreach (var node in body.DescendantNodes(n => n == body || !Loops.IsFunctionBoundary(n)).OfType<InvocationExpressionSyntax>())
            {
                if (OperationAt(node, cancellationToken) is IInvocationOperation { Instance: IInstanceReferenceOperation } call)
                    yield return new Origin(call, own);
            }
        }
    }

    /// <summary>
    /// The variable a value is stored in and, where a helper or lambda returns the value, the variables the calls store
    /// their result in (<c>var key = MakeKey("Logs")</c>, <c>var key = Track(() =&gt; new Key(…))</c>): only the call the
    /// frame was seen through, where it was seen through one.
    /// </summary>
    private void AddHolders(IOperation value, Frame? frame, int depth, List<Holder> holders, CancellationToken cancellationToken)
    {
        const int MaxHelpers = 4;
        var holder = Holders.Of(value);
        if (holder is not null)
        {
            if (holders.Any(h => SymbolEqualityComparer.Default.Equals(h.Symbol, holder)))
                return;
            holders.Add(new Holder(holder, value.Syntax, frame));
        }
        if (depth == MaxHelpers || FunctionReturning(value, holder as ILocalSymbol, cancellationToken) is not { } function)
            return;
        var through = frame;
        while (through is not null && !SymbolEqualityComparer.Default.Equals(through.Method, Frame.Canonical(function)))
            through = through.Caller;
        foreach (var call in CallsReturning(function, cancellationToken))
        {
            if (through?.Site is not { } site || IsWrittenAt(call.Syntax, site))
                AddHolders(call, through?.Caller, depth + 1, holders, cancellationToken);
        }
    }

    /// <summary>The call is the one written at a frame's site: its arguments' list, or its receiver.</summary>
    private static bool IsWrittenAt(SyntaxNode call, SyntaxNode site)
    {
        for (var node = site; node is not null and not ArgumentSyntax and not StatementSyntax; node = node.Parent)
        {
            if (node == call)
                return true;
        }
        return false;
    }

    /// <summary>The construct is what the helper or lambda that creates it returns: each call's result is one of its own.</summary>
    public static bool IsReturned(IObjectCreationOperation creation, CancellationToken cancellationToken)
        => FunctionReturning(creation, Holders.Of(creation) as ILocalSymbol, cancellationToken) is not null;

    /// <summary>
    /// The method, local function or lambda whose result the value is: returned, or the body of an expression-bodied one,
    /// or held in a local the function returns (<c>var role = new Role(…); return role;</c>); null otherwise.
    /// </summary>
    private static IMethodSymbol? FunctionReturning(IOperation value, ILocalSymbol? local, CancellationToken cancellationToken)
    {
        var syntax = value.Syntax;
        while (syntax.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            syntax = syntax.Parent;
        var function = syntax.Parent switch
        {
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax } arrow => arrow.Parent,
            ReturnStatementSyntax returned => Loops.EnclosingFunction(returned),
            LambdaExpressionSyntax lambda when lambda.ExpressionBody == syntax => lambda,
            _ => null,
        };
        // Most constructs are made in a constructor or a void method, which returns nothing: their body is not searched.
        if (function is null && local is { DeclaringSyntaxReferences.Length: 1 }
            && Loops.EnclosingFunction(local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)) is { } declaring
            && !ReturnsNothing(declaring)
            && declaring.DescendantNodes(n => n == declaring || !Loops.IsFunctionBoundary(n)).OfType<ReturnStatementSyntax>()
                .Any(r => r.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name))
        {
            function = declaring;
        }
        if (function is null || value.SemanticModel is not { } model || model.SyntaxTree != function.SyntaxTree)
            return null;
        return (function is AnonymousFunctionExpressionSyntax ? model.GetSymbolInfo(function, cancellationToken).Symbol : model.GetDeclaredSymbol(function, cancellationToken)) as IMethodSymbol;
    }

    /// <summary>A constructor, or a method or local function declared <c>void</c>.</summary>
    private static bool ReturnsNothing(SyntaxNode function)
        => function switch
        {
            ConstructorDeclarationSyntax => true,
            MethodDeclarationSyntax method => method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword },
            LocalFunctionStatementSyntax local => local.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword },
            _ => false,
        };

    /// <summary>
    /// The calls whose result is what a function returns: the calls of a method or local function of this app, of a lambda
    /// through the local it is written into, or of a lambda handed to a helper through the helper's parameter
    /// (<c>T Track&lt;T&gt;(Func&lt;T&gt; make) { var item = make(); … }</c>).
    /// </summary>
    private IEnumerable<IOperation> CallsReturning(IMethodSymbol function, CancellationToken cancellationToken)
    {
        if (function.MethodKind != MethodKind.AnonymousFunction)
        {
            foreach (var (call, _) in Calls(function, cancellationToken))
                yield return call;
            yield break;
        }
        foreach (var call in CallsThroughItsLocal(function, cancellationToken))
            yield return call;
        if (function.DeclaringSyntaxReferences.Length != 1
            || function.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken).Parent is not ArgumentSyntax argument
            || OperationAt(argument, cancellationToken) is not IArgumentOperation { Parameter: { } parameter }
            || parameter.ContainingSymbol is not IMethodSymbol { DeclaringSyntaxReferences.Length: 1 } helper)
        {
            yield break;
        }
        var body = helper.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
        foreach (var node in NamesIn(body.SyntaxTree).CallsOf(parameter.Name, body))
        {
            if (OperationAt(node, cancellationToken) is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: { } instance } call
                && Unwrap(instance) is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter.OriginalDefinition, parameter.OriginalDefinition))
            {
                yield return call;
            }
        }
    }

    /// <summary>
    /// The calls to <paramref name="methods"/> anywhere in the app whose receiver may be this construct — also where it
    /// was handed on, to this app's constructs, helpers and records (<c>settings.Key.GrantEncryptDecrypt(…)</c> in a
    /// construct given the key). Incomplete when some such call's receiver cannot be followed to what it holds (a
    /// parameter no call of this app fills).
    /// </summary>
    public Contents<IInvocationOperation> CallsOnWherever(IObjectCreationOperation creation, IEnumerable<string> methods, CancellationToken cancellationToken)
    {
        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
        var complete = true;
        foreach (var method in methods)
        {
            foreach (var node in Index(cancellationToken).InvocationsOf(method))
            {
                if (OperationAt(node, cancellationToken) is not IInvocationOperation { Instance: { } receiver } call)
                    continue;
                foreach (var source in Sources(new Origin(receiver), cancellationToken))
                {
                    var operation = Unwrap(source.Operation);
                    if (operation.Syntax == creation.Syntax)
                        calls.Add(call);
                    else if (operation is not IObjectCreationOperation && IsOfThisApp(operation))
                        complete = false;
                }
            }
        }
        return new Contents<IInvocationOperation>(calls.ToImmutable(), complete);

        // A variable of this app the walk stopped at: it may hold the construct.
        static bool IsOfThisApp(IOperation operation)
            => operation switch
            {
                IParameterReferenceOperation or ILocalReferenceOperation => true,
                IFieldReferenceOperation field => !field.Field.DeclaringSyntaxReferences.IsEmpty,
                IPropertyReferenceOperation property => !property.Property.DeclaringSyntaxReferences.IsEmpty,
                _ => false,
            };
    }

    /// <summary>
    /// Writes and calls on a holder. A props object is read when the construct is created, so only writes before
    /// that use count (<paramref name="beforeUse"/>, for a local or parameter); a dictionary or list is shared by
    /// reference, so every write in the body counts.
    /// </summary>
    private IEnumerable<SyntaxNode> UsesOf(Holder holder, bool beforeUse, CancellationToken cancellationToken)
    {
        var uses = UsesOf(holder.Symbol, cancellationToken);
        return beforeUse && holder.Symbol is ILocalSymbol or IParameterSymbol
            ? uses.Where(u => u.SyntaxTree == holder.Use.SyntaxTree && u.SpanStart < holder.Use.SpanStart && !u.Span.Contains(holder.Use.Span))
            : uses;
    }

    /// <summary>
    /// Writes to a member of the variable (<c>x.P = v</c>), into it (<c>x[k] = v</c>) and calls on it (<c>x.Add(…)</c>):
    /// in the body that declares a local or parameter; in the declaring type for a field or property.
    /// </summary>
    private ImmutableArray<SyntaxNode> UsesOf(ISymbol holder, CancellationToken cancellationToken)
        => _usesOf.TryGetValue(holder, out var known)
            ? known
            : _usesOf.GetOrAdd(holder, FindUsesOf(holder, cancellationToken));

    private ImmutableArray<SyntaxNode> FindUsesOf(ISymbol holder, CancellationToken cancellationToken)
    {
        // Loops, not queries: this runs for every construct a rule asks about, and most have no uses.
        ImmutableArray<SyntaxNode>.Builder? uses = null;
        switch (holder)
        {
            case ILocalSymbol local:
                foreach (var reference in local.DeclaringSyntaxReferences)
                    AddUsesIn(ScopeOf(reference.GetSyntax(cancellationToken)), holder, ref uses, cancellationToken);
                break;
            case IParameterSymbol parameter:
                foreach (var reference in parameter.ContainingSymbol.DeclaringSyntaxReferences)
                    AddUsesIn(reference.GetSyntax(cancellationToken), holder, ref uses, cancellationToken);
                break;
            case { DeclaredAccessibility: Accessibility.Private }:
                foreach (var reference in holder.ContainingType.DeclaringSyntaxReferences)
                    AddUsesIn(reference.GetSyntax(cancellationToken), holder, ref uses, cancellationToken);
                break;
            default:
                foreach (var node in Index(cancellationToken).UsesOfReceiver(holder.Name))
                    AddUse(node, holder, ref uses, cancellationToken);
                break;
        }
        return uses?.ToImmutable() ?? ImmutableArray<SyntaxNode>.Empty;
    }

    private void AddUsesIn(SyntaxNode? scope, ISymbol holder, ref ImmutableArray<SyntaxNode>.Builder? uses, CancellationToken cancellationToken)
    {
        if (scope is null)
            return;
        foreach (var node in NamesIn(scope.SyntaxTree).UsesOf(holder.Name, scope))
            AddUse(node, holder, ref uses, cancellationToken);
    }

    private void AddUse(SyntaxNode node, ISymbol holder, ref ImmutableArray<SyntaxNode>.Builder? uses, CancellationToken cancellationToken)
    {
        if (ScopeNames.Receiver(node) is { } receiver && SyntaxIndex.RightmostName(receiver) == holder.Name
            && SymbolEqualityComparer.Default.Equals(ModelOf(node.SyntaxTree).GetSymbolInfo(receiver, cancellationToken).Symbol?.OriginalDefinition, holder.OriginalDefinition))
        {
            (uses ??= ImmutableArray.CreateBuilder<SyntaxNode>()).Add(node);
        }
    }

    /// <summary>A <c>null</c> literal or a <c>default</c>.</summary>
    public static bool IsNull(IOperation operation)
        => Unwrap(operation) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } } or IDefaultValueOperation;

    /// <summary>
    /// A value that cannot be null: a constant other than null, a new object, an interpolated string, a value type, and a
    /// library's static factory or constant whose nullable annotations say so (<c>Duration.Seconds(20)</c>,
    /// <c>Runtime.PYTHON_3_12</c>; not <c>Environment.GetEnvironmentVariable</c>).
    /// </summary>
    private static bool IsNeverNull(IOperation operation)
    {
        var value = Unwrap(operation);
        return value switch
        {
            { ConstantValue: { HasValue: true, Value: not null } } or IObjectCreationOperation or IInterpolatedStringOperation => true,
            { Type: { IsValueType: true } type } when type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T => true,
            IInvocationOperation { TargetMethod: { IsStatic: true, DeclaringSyntaxReferences.IsEmpty: true, ReturnNullableAnnotation: NullableAnnotation.NotAnnotated } } => true,
            IPropertyReferenceOperation { Property: { IsStatic: true, DeclaringSyntaxReferences.IsEmpty: true, NullableAnnotation: NullableAnnotation.NotAnnotated } } => true,
            IFieldReferenceOperation { Field: { IsStatic: true, DeclaringSyntaxReferences.IsEmpty: true, NullableAnnotation: NullableAnnotation.NotAnnotated } } => true,
            _ => false,
        };
    }

    /// <summary>A dictionary: the type is, or implements, <c>IDictionary&lt;,&gt;</c> or <c>IReadOnlyDictionary&lt;,&gt;</c>.</summary>
    public bool IsDictionary(ITypeSymbol? type)
    {
        if (type is null || !MayBeCollection(type))
            return false;
        if (_isDictionary.TryGetValue(type, out var known))
            return known;
        return _isDictionary.GetOrAdd(type, CdkTypes.IsOneOf(type, _dictionaryTypes) || _cdk.AllInterfaces(type).Any(i => CdkTypes.IsOneOf(i, _dictionaryTypes)));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> _isDictionary = new(SymbolEqualityComparer.Default);
    private readonly ImmutableArray<INamedTypeSymbol> _dictionaryTypes;
    private readonly INamedTypeSymbol? _keyValuePair;

    /// <summary>A collection: an array, or a type that is or implements <c>IEnumerable&lt;T&gt;</c> (asked once per type).</summary>
    public bool IsEnumerable(ITypeSymbol? type)
    {
        if (type is IArrayTypeSymbol)
            return true;
        if (type is null || !MayBeCollection(type))
            return false;
        if (_isEnumerable.TryGetValue(type, out var known))
            return known;
        return _isEnumerable.GetOrAdd(type, type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
            || _cdk.AllInterfaces(type).Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T));
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ITypeSymbol, bool> _isEnumerable = new(SymbolEqualityComparer.Default);

    /// <summary>Not a string, number, boolean or enum: the cheap answers before looking at a type's interfaces.</summary>
    private static bool MayBeCollection(ITypeSymbol type)
        => type.TypeKind is not TypeKind.Enum
            && type.SpecialType is SpecialType.None or SpecialType.System_Object or SpecialType.System_Collections_IEnumerable
                or SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_Generic_IList_T
                or SpecialType.System_Collections_Generic_ICollection_T or SpecialType.System_Collections_Generic_IReadOnlyList_T
                or SpecialType.System_Collections_Generic_IReadOnlyCollection_T;
}

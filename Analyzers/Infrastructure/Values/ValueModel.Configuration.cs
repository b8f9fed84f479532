using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// Values an app reads from <c>Microsoft.Extensions.Configuration</c>, where this compilation builds the configuration
/// in one chain (<c>new ConfigurationBuilder().AddInMemoryCollection(defaults).AddJsonFile("appsettings.json").Build()</c>):
/// <c>configuration["Stack:Account"]</c>, <c>GetValue&lt;string&gt;("Stack:Account")</c>, <c>GetSection("Stack")["Account"]</c>,
/// a section's <c>Value</c>, and the members of an object bound with <c>Get&lt;T&gt;()</c> (<c>settings.Stack.Account</c>
/// reads <c>"Stack:Account"</c>; an element of a bound list, <c>"Queues:0:Name"</c>). As the configuration does, the
/// last source that has the key decides, keys matched case-insensitively: an in-memory collection's value is code,
/// reported where it is written; a JSON file's (<see cref="AppSettingsFiles"/>) is configuration, reported at the read.
/// A key no source has is a bound member's own default. A source out of view (environment variables, the command
/// line) may override any key, so a read is never known to be only what the app writes.
/// </summary>
internal sealed partial class ValueModel
{
    private const int MaxConfigurationDepth = 6;

    /// <summary>
    /// What one built configuration reads from, in order, and the section a value is read under ("" for the root); or
    /// one JSON file deserialized whole, which nothing out of view can override.
    /// </summary>
    private sealed class ConfigurationView
    {
        public ConfigurationView(ImmutableArray<ConfigurationSource> sources, string path, bool overridable = true)
        {
            Sources = sources;
            Path = path;
            Overridable = overridable;
        }

        public ImmutableArray<ConfigurationSource> Sources { get; }
        public string Path { get; }
        public bool Overridable { get; }

        public ConfigurationView Under(string key) => new(Sources, Join(Path, key), Overridable);

        public static string Join(string path, string key) => path.Length == 0 ? key : path + ":" + key;
    }

    /// <summary>
    /// An in-memory collection (its dictionary) or a JSON file's flattened values, whose keys match case-insensitively
    /// except for a file System.Text.Json deserializes without options (<see cref="ExactCase"/>).
    /// </summary>
    private readonly struct ConfigurationSource
    {
        public ConfigurationSource(Origin? collection, IReadOnlyDictionary<string, string>? file, bool exactCase = false)
        {
            Collection = collection;
            File = file;
            ExactCase = exactCase;
            OneOf = default;
        }

        private ConfigurationSource(ImmutableArray<IReadOnlyDictionary<string, string>> oneOf)
            : this(null, null) => OneOf = oneOf;

        /// <summary>A file whose name is known only in part (<c>$"appsettings.{stage}.json"</c>): whichever of these it is, or none.</summary>
        public static ConfigurationSource OneOfFiles(IEnumerable<IReadOnlyDictionary<string, string>> files) => new(files.ToImmutableArray());

        public Origin? Collection { get; }
        public IReadOnlyDictionary<string, string>? File { get; }
        public bool ExactCase { get; }
        public ImmutableArray<IReadOnlyDictionary<string, string>> OneOf { get; }

        public bool TryGetSetting(string path, out string text)
        {
            text = "";
            if (File is null || !File.TryGetValue(path, out var found) || (ExactCase && !File.Keys.Contains(path, StringComparer.Ordinal)))
                return false;
            text = found;
            return true;
        }
    }

    /// <summary>
    /// Whether the compilation can read settings at all — configuration, or an object some <c>Get&lt;T&gt;()</c> or
    /// <c>Deserialize&lt;T&gt;()</c> makes: nothing below is asked where it cannot.
    /// </summary>
    private bool ReadsSettings(System.Threading.CancellationToken cancellationToken) => _configuration is not null || BoundTypes(cancellationToken).Count > 0;

    private bool IsConfiguration(ITypeSymbol? type)
        => type is not null && _configuration is not null
            && (SymbolEqualityComparer.Default.Equals(type, _configuration) || type.AllInterfaces.Contains(_configuration, SymbolEqualityComparer.Default));

    /// <summary>
    /// A read of a key (<c>configuration["Stack:Account"]</c>, <c>GetValue&lt;string&gt;(…)</c>, a section's <c>Value</c>)
    /// or of a bound object's member, of a configuration built in view: each text it may be, and always an unknown
    /// alternative (a source out of view may override it). Null for anything else.
    /// </summary>
    private List<ImmutableArray<ValuePart>>? ConfigurationValue(IOperation operation, Frame? frame, Walk walk)
    {
        if (!ReadsSettings(walk.CancellationToken) || ConfigurationRead(operation, frame, walk) is not { } reads)
            return null;
        var alternatives = new List<ImmutableArray<ValuePart>>();
        var unknown = false;
        foreach (var (view, fallback, at) in reads)
        {
            unknown |= view.Overridable;
            var settings = FindSettings(view, walk, out var mayBeUnset);
            foreach (var (text, written) in settings)
            {
                if (text is not null)
                    alternatives.Add(ImmutableArray.Create(new ValuePart(ValueKind.Text, text, at ?? operation.Syntax, isFromConfiguration: true)));
                else
                    AddAlternatives(alternatives, Compose(written!.Value, walk));
            }
            if (!mayBeUnset)
                continue;
            if (fallback is { } given)
                AddAlternatives(alternatives, Compose(given, walk));
            else
                unknown = true;
        }
        if (unknown)
            alternatives.Add(ImmutableArray.Create(new ValuePart(ValueKind.Unknown, null, operation.Syntax)));
        return alternatives;
    }

    /// <summary>Whether a member read is a bound configuration object's (<c>settings.Account</c>): the value model leaves it to <see cref="ConfigurationValue"/>.</summary>
    private bool IsBoundMemberRead(IOperation reference, IOperation? instance, Frame? frame, Walk walk)
        => instance is not null && reference is IPropertyReferenceOperation { Arguments.IsEmpty: true, Property.ContainingType: var type }
            && BoundTypes(walk.CancellationToken).Contains(type.OriginalDefinition)
            && BoundPaths(instance, frame, walk, depth: 0) is not null;

    private ImmutableHashSet<ITypeSymbol>? _boundTypes;

    /// <summary>
    /// The app's classes an object bound from configuration may be (<c>Get&lt;Settings&gt;()</c>, and the classes of its
    /// properties and of their list elements): only a member of one is asked whether its object is bound. Found once.
    /// </summary>
    private ImmutableHashSet<ITypeSymbol> BoundTypes(System.Threading.CancellationToken cancellationToken)
    {
        if (_boundTypes is { } known)
            return known;
        var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<ITypeSymbol>();
        foreach (var node in Index(cancellationToken).InvocationsOf("Get").Concat(Index(cancellationToken).InvocationsOf("Deserialize")).Concat(Index(cancellationToken).InvocationsOf("DeserializeObject")))
        {
            if (OperationAt(node, cancellationToken) is IInvocationOperation { TargetMethod: { TypeArguments.Length: 1 } made } call && (IsBinding(call) || IsDeserializing(call)))
                pending.Push(made.TypeArguments[0]);
        }
        foreach (var node in Index(cancellationToken).InvocationsOf("Bind"))
        {
            if (OperationAt(node, cancellationToken) is IInvocationOperation call && BoundInstance(call) is { Type: { } filled })
                pending.Push(filled);
        }
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (type is INamedTypeSymbol { IsGenericType: true } generic)
            {
                foreach (var argument in generic.TypeArguments)
                    pending.Push(argument);
            }
            if (type is IArrayTypeSymbol array)
                pending.Push(array.ElementType);
            if (type.DeclaringSyntaxReferences.IsEmpty || !types.Add(type.OriginalDefinition))
                continue;
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
                pending.Push(property.Type);
        }
        var found = types.ToImmutableHashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        System.Threading.Interlocked.CompareExchange(ref _boundTypes, found, null);
        return _boundTypes!;
    }

    /// <summary>
    /// The key paths a read reads (one per element of a bound list it is read through, one per key it may be), each
    /// with the value it falls back to and, for a key a helper's caller gives, where that caller writes it.
    /// </summary>
    private List<(ConfigurationView View, Origin? Fallback, SyntaxNode? At)>? ConfigurationRead(IOperation operation, Frame? frame, Walk walk)
    {
        switch (operation)
        {
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } configuration } indexer when IsConfiguration(configuration.Type):
                return KeysOf(indexer.Arguments[0].Value, frame, walk) is { } keys && ViewOf(configuration, frame, walk, depth: 0) is { } view
                    ? keys.Select(key => (view.Under(key.Text), (Origin?)null, key.At)).ToList()
                    : null;
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } section } when IsConfiguration(section.Type):
                return ViewOf(section, frame, walk, depth: 0) is { Path.Length: > 0 } sectionView ? new() { (sectionView, null, null) } : null;
            case IInvocationOperation { TargetMethod: { Name: "GetValue", ContainingType: var binder }, Arguments.Length: >= 2 } getValue
                when SymbolEqualityComparer.Default.Equals(binder, _configurationBinder):
                var fallback = getValue.Arguments.Length > 2 && getValue.Arguments[2].ArgumentKind != ArgumentKind.DefaultValue
                    ? new Origin(getValue.Arguments[2].Value, frame)
                    : (Origin?)null;
                return KeysOf(getValue.Arguments[1].Value, frame, walk) is { } valueKeys && ViewOf(getValue.Arguments[0].Value, frame, walk, depth: 0) is { } root
                    ? valueKeys.Select(key => (root.Under(key.Text), fallback, key.At)).ToList()
                    : null;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: { } instance, Property: var member }
                when BoundTypes(walk.CancellationToken).Contains(member.ContainingType.OriginalDefinition):
                if (BoundPaths(instance, frame, walk, depth: 0) is not { } objects)
                    return null;
                // Binding leaves a member the configuration has no key for as its initializer made it.
                var declared = DeclaredValue(member, walk.CancellationToken) is { ConstantValue: not { HasValue: true, Value: "" } } initial ? new Origin(initial) : (Origin?)null;
                return objects.Select(view => (view.Under(member.Name), declared, (SyntaxNode?)null)).ToList();
            default:
                return null;
        }
    }

    /// <summary>
    /// The sections a bound object is read from: <c>configuration.Get&lt;Settings&gt;()</c>, <c>GetSection("Stack").Get&lt;T&gt;()</c>,
    /// a member of such an object, an element of a bound list (each index the configuration has), or a variable holding one.
    /// </summary>
    private List<ConfigurationView>? BoundPaths(IOperation instance, Frame? frame, Walk walk, int depth)
    {
        if (depth > MaxConfigurationDepth)
            return null;
        var operation = Unwrap(instance);
        switch (operation)
        {
            case IInvocationOperation { Arguments.Length: >= 1 } get when IsBinding(get):
                return ViewOf(get.Arguments[0].Value, frame, walk, depth + 1) is { } view ? new() { view } : null;
            // JsonSerializer.Deserialize<Settings>(File.ReadAllText("settings.json")): that file, whole.
            case IInvocationOperation { Arguments.Length: >= 1 } deserialize when IsDeserializing(deserialize):
                return JsonFileRead(deserialize.Arguments[0].Value, frame, walk, depth + 1) is { } file
                    ? new() { new ConfigurationView(ImmutableArray.Create(new ConfigurationSource(null, file, exactCase: IsCaseSensitive(deserialize))), "", overridable: false) }
                    : null;
            case IPropertyReferenceOperation { Arguments.IsEmpty: true, Instance: { } outer, Property: var member }:
                return BoundPaths(outer, frame, walk, depth + 1)?.Select(view => view.Under(member.Name)).ToList();
            // foreach (var queue in settings.Queues): every element the configuration has.
            case ILocalReferenceOperation { Local: var local } when LocalWrites(local, walk.CancellationToken) is { Length: 1 } writes && writes[0] is { IsForEach: true, Component: < 0, Value: { } list }
                && BoundPaths(list, frame, walk, depth + 1) is { } lists:
                return lists.SelectMany(Elements).ToList();
            // var settings = new Settings(); configuration.GetSection("Stack").Bind(settings): the sections that fill it.
            case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation when Holders.Referenced(operation) is { } variable
                && FilledBy(variable, operation is ILocalReferenceOperation ? frame : null, walk, depth) is { } filled:
                return filled;
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or ICoalesceOperation:
                var sources = new List<Origin>();
                AddSources(new Origin(operation, frame), walk, sources);
                // settings ?? new Settings(): what binding gives, where the fallback is the type's own defaults.
                var paths = new List<ConfigurationView>();
                foreach (var source in sources)
                {
                    if (Unwrap(source.Operation) is IObjectCreationOperation { Initializer: null, Arguments.IsEmpty: true })
                        continue;
                    if (Unwrap(source.Operation) == operation || BoundPaths(source.Operation, source.Frame, walk, depth + 1) is not { } each)
                        return null;
                    paths.AddRange(each);
                }
                return paths.Count > 0 ? paths : null;
            default:
                return null;
        }

        IEnumerable<ConfigurationView> Elements(ConfigurationView list)
        {
            var prefix = list.Path + ":";
            var indexes = new SortedSet<int>();
            foreach (var key in list.Sources.SelectMany(source => source.OneOf.IsDefault ? source.File?.Keys ?? Enumerable.Empty<string>() : source.OneOf.SelectMany(file => file.Keys)))
            {
                if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.Substring(prefix.Length).Split(':')[0] is var index
                    && int.TryParse(index, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at))
                {
                    indexes.Add(at);
                }
            }
            return indexes.Select(i => list.Under(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The configuration a value is: one built in view (its sources), or a section of it (<c>GetSection("Stack")</c>); null when unknown.</summary>
    private ConfigurationView? ViewOf(IOperation configuration, Frame? frame, Walk walk, int depth)
    {
        if (depth > MaxConfigurationDepth)
            return null;
        var operation = Unwrap(configuration);
        switch (operation)
        {
            case IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } section when ReceiverOf(section) is { } parent:
                return section.Arguments.LastOrDefault() is { } key && KeysOf(key.Value, frame, walk) is { Count: 1 } names && ViewOf(parent, frame, walk, depth + 1) is { } view
                    ? view.Under(names[0].Text)
                    : null;
            case IInvocationOperation { TargetMethod.Name: "Build" } build when ReceiverOf(build) is { } builder:
                return SourcesOf(builder, frame, walk) is { } sources ? new ConfigurationView(sources, "") : null;
            // var config = new ConfigurationManager(); config.AddJsonFile(…); config["Stack:Account"]: a builder read directly.
            case ILocalReferenceOperation { Local.Type.Name: "ConfigurationManager" } manager:
                return SourcesOf(manager, frame, walk) is { } managed ? new ConfigurationView(managed, "") : null;
            case ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                or IInvocationOperation { TargetMethod.DeclaringSyntaxReferences.IsEmpty: false }:
                return OnlySource(operation, frame, walk) is { } held ? ViewOf(held.Operation, held.Frame, walk, depth + 1) : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The sources of a builder, in the order they are added: in-memory collections and JSON files; other sources
    /// (environment variables, the command line) are the unknown every read keeps. A chain that starts at
    /// <c>new ConfigurationBuilder()</c>, or at a local holding one whose own statements add to it before the use
    /// (<c>var builder = new ConfigurationBuilder(); builder.AddJsonFile("appsettings.json"); builder.Build()</c>).
    /// Null where the builder is not in view.
    /// </summary>
    private ImmutableArray<ConfigurationSource>? SourcesOf(IOperation builder, Frame? frame, Walk walk)
    {
        var sources = new List<ConfigurationSource>();
        return AddChainSources(builder, frame, walk, sources, depth: 0) ? sources.ToImmutableArray() : null;
    }

    private bool AddChainSources(IOperation builder, Frame? frame, Walk walk, List<ConfigurationSource> sources, int depth)
    {
        var calls = ChainOf(builder, out var operation);
        var started = operation switch
        {
            IObjectCreationOperation { Type.Name: "ConfigurationBuilder" or "ConfigurationManager" } => true,
            ILocalReferenceOperation held => depth < 2 && AddLocalBuilderSources(held, frame, walk, sources, depth),
            _ => false,
        };
        if (!started)
            return false;
        for (var i = calls.Count - 1; i >= 0; i--)
            AddSource(calls[i], frame, walk, sources);
        return true;
    }

    /// <summary>What a local builder holds at a use: its initializer's sources, then those its statements add before the use.</summary>
    private bool AddLocalBuilderSources(ILocalReferenceOperation use, Frame? frame, Walk walk, List<ConfigurationSource> sources, int depth)
    {
        if (CallsOnLocalBefore(use, walk.CancellationToken) is not var (initial, calls, _) || !AddChainSources(initial, frame, walk, sources, depth + 1))
            return false;
        foreach (var (chain, inBranch) in calls)
        {
            var chained = ChainOf(chain, out _);
            for (var i = chained.Count - 1; i >= 0; i--)
            {
                var added = new List<ConfigurationSource>();
                AddSource(chained[i], frame, walk, added);
                // if (prod) builder.AddJsonFile("appsettings.prod.json"): a file that may be added or not.
                foreach (var source in added)
                {
                    if (!inBranch || !source.OneOf.IsDefault)
                        sources.Add(source);
                    else if (source.File is { } file)
                        sources.Add(ConfigurationSource.OneOfFiles(new[] { file }));
                }
            }
        }
        return true;
    }

    private void AddSource(IInvocationOperation call, Frame? frame, Walk walk, List<ConfigurationSource> sources)
    {
        var argument = call.Arguments.FirstOrDefault(a => a.Parameter?.Name is "initialData" or "path");
        if (call.TargetMethod.Name == "AddInMemoryCollection" && argument is { Parameter.Name: "initialData" })
            sources.Add(new ConfigurationSource(new Origin(argument.Value, frame), null));
        else if (call.TargetMethod.Name == "AddJsonFile" && argument is { Parameter.Name: "path", Value.ConstantValue: { HasValue: true, Value: string path } })
            sources.Add(new ConfigurationSource(null, _cdk.AppSettings.ValuesOf(path, walk.CancellationToken) ?? EmptySettings));
        else if (call.TargetMethod.Name == "AddJsonFile" && argument is { Parameter.Name: "path" })
            sources.Add(ConfigurationSource.OneOfFiles(JsonFilesNamed(argument.Value, frame, walk)));
    }

    /// <summary>
    /// The passed JSON files a path built in code may name: each text it may be (<c>$"appsettings.{stage}.json"</c> over
    /// known stages), and where a part is not known (an environment variable), every file its known parts fit.
    /// </summary>
    private List<IReadOnlyDictionary<string, string>> JsonFilesNamed(IOperation path, Frame? frame, Walk walk)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var alternative in Compose(new Origin(path, frame), walk))
        {
            var parts = alternative.Select(part => part.Kind == ValueKind.Text ? part.Text : null).ToList();
            if (parts.All(part => part is not null))
                names.Add(string.Concat(parts));
            else
                names.UnionWith(_cdk.AppSettings.NamesLike(parts));
        }
        var files = new List<IReadOnlyDictionary<string, string>>();
        foreach (var name in names)
        {
            if (_cdk.AppSettings.ValuesOf(name, walk.CancellationToken) is { } file)
                files.Add(file);
        }
        return files;
    }

    private static readonly IReadOnlyDictionary<string, string> EmptySettings = new Dictionary<string, string>();

    /// <summary>
    /// The setting the last source that has the key gives: a JSON file's text, or the value an in-memory collection
    /// is given in code. Null where no source has it.
    /// </summary>
    private List<(string? Text, Origin? Written)> FindSettings(ConfigurationView view, Walk walk, out bool mayBeUnset)
    {
        var settings = new List<(string? Text, Origin? Written)>();
        mayBeUnset = false;
        for (var i = view.Sources.Length - 1; i >= 0; i--)
        {
            var source = view.Sources[i];
            // One of several files, or none: each that has the key is a value, and so is what the sources before it give.
            if (!source.OneOf.IsDefault)
            {
                foreach (var file in source.OneOf)
                {
                    if (file.TryGetValue(view.Path, out var chosen))
                        settings.Add((chosen, null));
                }
                continue;
            }
            if (source.TryGetSetting(view.Path, out var text))
            {
                settings.Add((text, null));
                return settings;
            }
            if (source.Collection is { } collection)
            {
                var entries = Entries(collection, walk.CancellationToken).Items;
                for (var e = entries.Length - 1; e >= 0; e--)
                {
                    if (IsConstant(entries[e].Key, out var key) && string.Equals(key, view.Path, StringComparison.OrdinalIgnoreCase))
                    {
                        settings.Add((null, entries[e].Value));
                        return settings;
                    }
                }
            }
        }
        mayBeUnset = true;
        return settings;
    }

    private bool IsBinding(IInvocationOperation call)
        => call.TargetMethod.Name == "Get" && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _configurationBinder);

    /// <summary>The object <c>configuration.Bind(settings)</c> or <c>Bind("Stack", settings)</c> fills; null for any other call.</summary>
    private IOperation? BoundInstance(IInvocationOperation call)
        => call.TargetMethod.Name == "Bind" && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, _configurationBinder)
            && call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "instance") is { } instance
            ? Unwrap(instance.Value)
            : null;

    /// <summary>The sections the app's <c>Bind</c> calls fill a variable's object from; null where none does, or one's section is not known.</summary>
    private List<ConfigurationView>? FilledBy(ISymbol variable, Frame? frame, Walk walk, int depth)
    {
        List<ConfigurationView>? views = null;
        foreach (var node in Index(walk.CancellationToken).InvocationsOf("Bind"))
        {
            if (OperationAt(node, walk.CancellationToken) is not IInvocationOperation call || BoundInstance(call) is not { } instance
                || !SymbolEqualityComparer.Default.Equals(Holders.Referenced(instance), variable))
            {
                continue;
            }
            if (ReceiverOf(call) is not { } configuration || ViewOf(configuration, frame, walk, depth + 1) is not { } view)
                return null;
            if (call.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "key") is { } key)
            {
                if (KeysOf(key.Value, frame, walk) is not { Count: 1 } names)
                    return null;
                view = view.Under(names[0].Text);
            }
            (views ??= new()).Add(view);
        }
        return views;
    }

    /// <summary><c>System.Text.Json.JsonSerializer.Deserialize&lt;T&gt;</c> or Newtonsoft's <c>JsonConvert.DeserializeObject&lt;T&gt;</c>.</summary>
    private static bool IsDeserializing(IInvocationOperation call)
        => call.TargetMethod is { Name: "Deserialize", ContainingType: { Name: "JsonSerializer", ContainingNamespace.Name: "Json" } }
            or { Name: "DeserializeObject", ContainingType: { Name: "JsonConvert", ContainingNamespace.Name: "Json" } };

    /// <summary>System.Text.Json without options matches property names as written; with options (a naming policy, case-insensitive names) and Newtonsoft, case-insensitively.</summary>
    private static bool IsCaseSensitive(IInvocationOperation deserialize)
        => deserialize.TargetMethod.Name == "Deserialize" && deserialize.Arguments.Skip(1).All(argument => argument.ArgumentKind == ArgumentKind.DefaultValue);

    /// <summary>
    /// The flattened values of the JSON file a text is read from (<c>File.ReadAllText("settings.json")</c>, its path
    /// also combined, <c>Path.Combine(root, "config", "stages.json")</c>, or held in a variable); null where unknown.
    /// </summary>
    private IReadOnlyDictionary<string, string>? JsonFileRead(IOperation text, Frame? frame, Walk walk, int depth)
    {
        if (depth > MaxConfigurationDepth)
            return null;
        var operation = Unwrap(text);
        if (operation is IInvocationOperation { TargetMethod: { Name: "ReadAllText", ContainingType.Name: "File" }, Arguments.Length: >= 1 } read)
        {
            var path = read.Arguments[0].Value;
            if (Unwrap(path) is IInvocationOperation { TargetMethod: { Name: "Combine", ContainingType.Name: "Path" } } combined
                && combined.Arguments.LastOrDefault() is { Value: { Type.SpecialType: SpecialType.System_String } lastPart })
            {
                path = lastPart;
            }
            var names = Compose(new Origin(path, frame), walk);
            return names.Count == 1 && names[0].LastOrDefault() is { Kind: ValueKind.Text, Text: { } last } && last.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? _cdk.AppSettings.ValuesOf(last, walk.CancellationToken)
                : null;
        }
        return operation is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation && OnlySource(operation, frame, walk) is { } held
            ? JsonFileRead(held.Operation, held.Frame, walk, depth + 1)
            : null;
    }

    /// <summary>What a variable or helper holds where it holds one value only; null where it may hold several, or is not followed.</summary>
    private Origin? OnlySource(IOperation operation, Frame? frame, Walk walk)
    {
        var values = new List<Origin>();
        AddSources(new Origin(operation, frame), walk, values);
        return values.Count == 1 && Unwrap(values[0].Operation) != operation ? values[0] : null;
    }

    /// <summary>The calls of a chain, latest first, and what the first is made on (<paramref name="start"/>).</summary>
    private static List<IInvocationOperation> ChainOf(IOperation operation, out IOperation start)
    {
        var calls = new List<IInvocationOperation>();
        start = Unwrap(operation);
        while (start is IInvocationOperation call && ReceiverOf(call) is { } receiver)
        {
            calls.Add(call);
            start = Unwrap(receiver);
        }
        return calls;
    }

    /// <summary>The object a call is made on: its instance, or an extension method's first argument.</summary>
    private static IOperation? ReceiverOf(IInvocationOperation call)
        => call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);

    /// <summary>
    /// The texts a key may be: a constant (<c>"Stack:Account"</c>, <c>nameof(Settings.Account)</c>), or a value known in
    /// full (a helper's key parameter, <c>$"{stage}:Account"</c> on a pass over known stages); null where any is unknown.
    /// A key written outside the read (by a helper's caller) comes with where it is written: what it reads is reported
    /// there, as each caller's.
    /// </summary>
    private List<(string Text, SyntaxNode? At)>? KeysOf(IOperation key, Frame? frame, Walk walk)
    {
        if (Unwrap(key).ConstantValue is { HasValue: true, Value: string text })
            return new() { (text, null) };
        var keys = new List<(string, SyntaxNode?)>();
        foreach (var alternative in Compose(new Origin(key, frame), walk))
        {
            if (alternative.IsEmpty || alternative.Any(part => part.Kind != ValueKind.Text || part.Text is null))
                return null;
            var at = alternative.Length == 1 && !alternative[0].IsWrittenIn(Loops.EnclosingFunction(key.Syntax) ?? key.Syntax) ? alternative[0].Syntax : null;
            keys.Add((string.Concat(alternative.Select(part => part.Text)), at));
        }
        return keys.Count > 0 ? keys : null;
    }
}

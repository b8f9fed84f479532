using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK401: the key attribute names of one DynamoDB table mix casing conventions, or two of its names differ only in
/// case. CDK402, at compilation end: a key name differs only in case from one of another table. Reported at the use (<c>Name = "GSI1pk"</c>); every other use of the same
/// name in the table is an additional location, and property <see cref="NewNameProperty"/> carries the rename.
/// </summary>
public sealed class DynamoDbKeyCasingAnalyzer : CdkAnalyzer
{
    public const string NewNameProperty = "NewName";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.DynamoDbKeyCasing, Descriptors.DynamoDbKeyCaseAcrossTables);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        if (cdk.DynamoDbTables.IsEmpty)
            return;
        var cfnKeyTypes = cdk.Types("Amazon.CDK.AWS.DynamoDB.CfnTable+KeySchemaProperty", "Amazon.CDK.AWS.DynamoDB.CfnTable+AttributeDefinitionProperty");
        var allTables = new ConcurrentBag<Table>();

        context.RegisterInBlocks(ctx =>
        {
            var creation = (IObjectCreationOperation)ctx.Operation;
            if (!CdkTypes.IsOrExtendsOneOf(creation.Type, cdk.DynamoDbTables))
                return;
            var configured = CdkOptions.GetKeyConvention(ctx.Options, creation.Syntax.SyntaxTree);
            var reported = new HashSet<(string, Location)>();
            foreach (var table in CollectTables(creation, ctx.ContainingSymbol, cdk, cfnKeyTypes, ctx.CancellationToken))
            {
                if (table.Names.Count == 0)
                    continue;
                allTables.Add(table);
                foreach (var (name, diagnostic) in CheckTable(table, configured))
                {
                    if (reported.Add((name, diagnostic.Location)))
                        ctx.ReportDiagnostic(diagnostic);
                }
            }
        }, OperationKind.ObjectCreation);

        // Names equal but for case in two different tables (pk in one, PK in another), found through one index by
        // lowercased name: linear in the number of names.
        context.RegisterCompilationEndAction(ctx =>
        {
            var byFoldedName = new Dictionary<string, List<(Table Table, string Name)>>(System.StringComparer.Ordinal);
            foreach (var table in allTables.OrderBy(t => t.Location.SourceTree?.FilePath).ThenBy(t => t.Location.SourceSpan.Start))
            {
                foreach (var name in table.Names.Keys)
                {
                    var folded = name.ToLowerInvariant();
                    if (!byFoldedName.TryGetValue(folded, out var same))
                        byFoldedName[folded] = same = new List<(Table, string)>();
                    same.Add((table, name));
                }
            }
            // Tables made in one loop write their names in one place: one diagnostic there.
            var reportedAt = new HashSet<Location>();
            foreach (var same in byFoldedName.Values)
            {
                foreach (var (table, name) in same)
                {
                    var other = same.FirstOrDefault(o => o.Table != table && o.Name != name);
                    if (other.Table is null || table.Reported.Contains(name))
                        continue;
                    var uses = table.Names[name].OrderBy(u => u.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(u => u.SourceSpan.Start).ToList();
                    if (!reportedAt.Add(uses[0]))
                        continue;
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.DynamoDbKeyCaseAcrossTables, uses[0], uses.Skip(1), name, other.Name, other.Table.Id));
                }
            }
        });
    }

    private static IEnumerable<(string Name, Diagnostic Diagnostic)> CheckTable(Table table, KeyConvention configured)
    {
        var convention = configured == KeyConvention.Consistent ? Majority(table.Names.Keys) : Casing.From(configured);
        var conventionText = configured == KeyConvention.Consistent ? $"the table's {Casing.Describe(convention)} convention" : $"the configured {Casing.Describe(convention)} convention";
        foreach (var name in table.Names)
        {
            var fits = Casing.Fits(name.Key);
            string? reason = null;
            if (fits.Count == 0)
                reason = "mixes casing conventions";
            else if (!fits.Contains(convention) && !(configured == KeyConvention.Upper && fits.Contains(Casing.UpperSnake)))
                reason = "does not follow " + conventionText;
            else if (table.Names.Keys.FirstOrDefault(n => n != name.Key && string.Equals(n, name.Key, System.StringComparison.OrdinalIgnoreCase)) is { } twin)
                reason = $"differs only in case from '{twin}' in the same table";
            if (reason is null)
                continue;
            table.Reported.Add(name.Key);
            var target = convention == Casing.Upper && name.Key.Contains('_') ? Casing.UpperSnake : convention;
            var newName = Casing.Convert(name.Key, target);
            yield return (name.Key, Create(name.Value, name.Key, reason + (newName != name.Key ? $"; rename it to '{newName}'" : ""), newName != name.Key ? newName : null));
        }
    }

    private static Diagnostic Create(List<Location> uses, string name, string reason, string? newName)
    {
        uses = uses.OrderBy(u => u.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(u => u.SourceSpan.Start).ToList();
        var properties = newName is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(NewNameProperty, newName);
        return Diagnostic.Create(Descriptors.DynamoDbKeyCasing, uses[0], uses.Skip(1), properties, name, reason);
    }

    /// <summary>
    /// The convention most names fit, among those some name clearly shows (an acronym such as <c>TTL</c> fits
    /// Pascal and camel, and <c>pk</c> fits camel, but neither makes a table camel); ties go to lower, then to
    /// the order of <see cref="Casing"/>.
    /// </summary>
    private static Casing Majority(IEnumerable<string> names)
    {
        var counts = new Dictionary<Casing, int>();
        var shown = new HashSet<Casing>();
        foreach (var name in names)
        {
            foreach (var fit in Casing.Fits(name))
            {
                counts[fit] = counts.TryGetValue(fit, out var n) ? n + 1 : 1;
                if (Casing.Shows(name, fit))
                    shown.Add(fit);
            }
        }
        var candidates = Casing.All.Where(shown.Contains).ToList();
        if (candidates.Count == 0)
            return Casing.Lower;
        var max = candidates.Max(c => counts[c]);
        return candidates.First(c => counts[c] == max);
    }

    /// <summary>
    /// The tables one creation makes: one per call of the helper or app construct it is written in when the key names
    /// come from the helper's parameters (<c>MakeTable("Orders", "orderId")</c> and <c>MakeTable("Events", "event_id")</c>
    /// are two tables, each consistent) or the helper returns the table (each caller adds its own indexes), else the one
    /// its definition describes.
    /// </summary>
    private static List<Table> CollectTables(IObjectCreationOperation creation, ISymbol containing, CdkTypes cdk, ImmutableArray<INamedTypeSymbol> cfnKeyTypes, CancellationToken cancellationToken)
    {
        var tables = CollectKeys(creation, null, cdk, cfnKeyTypes, cancellationToken, out var namesFromParameters);
        if (!(namesFromParameters || ValueModel.IsReturned(creation, cancellationToken)) || Loops.HelperCalledPerUse(creation, containing, cdk) is not { } helper)
            return tables;
        var perCall = new List<Table>();
        // A call made on each pass of a loop over a known list (foreach (var spec in Specs) MakeTable(spec.Name,
        // spec.PartitionKey)) makes one table per element.
        foreach (var (frame, _) in cdk.Values.CallFramesPerElementOf(helper, cancellationToken))
            perCall.AddRange(CollectKeys(creation, frame, cdk, cfnKeyTypes, cancellationToken, out _));
        return perCall.Count > 0 ? perCall : tables;
    }

    /// <summary>
    /// Every key name the table's definition reaches: its props (records, helpers, props filled in steps), index
    /// lists, and AddGlobalSecondaryIndex/AddLocalSecondaryIndex calls on the variable that holds it. A creation in a
    /// loop whose key name changes with each pass (<c>foreach (var spec in Tables) new Table(…, spec.PartitionKey …)</c>)
    /// makes one table per pass: each of those names is in a table of its own, with the names every pass shares.
    /// </summary>
    private static List<Table> CollectKeys(IObjectCreationOperation creation, Frame? call, CdkTypes cdk, ImmutableArray<INamedTypeSymbol> cfnKeyTypes, CancellationToken cancellationToken, out bool namesFromParameters)
    {
        namesFromParameters = false;
        var id = cdk.Values.ConstructIdOf(creation, call, cancellationToken);
        var tableId = id ?? Holders.Of(creation)?.Name ?? creation.Type!.Name;
        var table = new Table(tableId, creation.Syntax.GetLocation());
        var loop = Loops.Around(creation.Syntax);
        // Names that change with the pass; and those one text where given that a pass may leave out
        // (SortKey = spec.Sort is null ? null : new Attribute { Name = spec.Sort, … }), kept out of what every pass shares.
        List<(Setting Setting, Location Written, ImmutableArray<string> Names)>? perPass = null, maybePerPass = null;
        var reached = cdk.Values.Reach(new Origin(creation, call), made => made.TargetMethod.Name is "AddGlobalSecondaryIndex" or "AddLocalSecondaryIndex", cancellationToken);
        foreach (var setting in reached.Settings)
        {
            if (!IsKeyName(setting.Member, cdk, cfnKeyTypes))
                continue;
            namesFromParameters |= cdk.Values.IsGivenByCall(setting.Value.Operation, cancellationToken);
            var names = cdk.Values.KnownTexts(setting.Value, cancellationToken);
            if (names.IsEmpty)
                continue;
            var written = WhereWritten(setting).GetLocation();
            if (loop is not null && loop.Span.Contains(setting.Syntax.Span) && Loops.ReadsAVariableOf(loop, setting.Value.Operation))
            {
                (names.Length > 1 ? perPass ??= new() : maybePerPass ??= new()).Add((setting, written, names));
                continue;
            }
            AddNames(table, setting, written, call, cdk, cancellationToken);
        }
        if (perPass is null && maybePerPass is null)
            return new List<Table> { table };
        if (call is null && TablePerElement(creation, loop!, table, [.. perPass ?? [], .. maybePerPass ?? []], cdk, cancellationToken) is { } tables)
            return tables;
        // Not read pass by pass: a name a pass may leave out is one every pass shares.
        foreach (var (setting, written, _) in maybePerPass ?? [])
            AddNames(table, setting, written, call, cdk, cancellationToken);
        if (perPass is null)
            return new List<Table> { table };
        return perPass.SelectMany(varying => varying.Names.Select(name => PassTable(table, table.Id, new[] { (name, varying.Written) }))).ToList();
    }

    /// <summary>The names a setting writes, each where the rename is made.</summary>
    private static void AddNames(Table table, Setting setting, Location written, Frame? call, CdkTypes cdk, CancellationToken cancellationToken)
    {
        // Names a loop around the definition reads from its list (foreach (var (name, role) in keys) … AttributeName = name,
        // or keys.Select(k => new AttributeDefinitionProperty { AttributeName = k }), seen one pass at a time), or that a
        // call seen on one pass of a loop around it gives: each at its element's literal, where the rename is made.
        var fromTheElement = (Loops.Around(setting.Syntax) is { } filling && Loops.ReadsAVariableOf(filling, setting.Value.Operation)) || call?.Caller is { Loop: not null };
        foreach (var text in cdk.Values.Strings(setting.Value, cancellationToken))
        {
            if (text.KnownText is { Length: > 0 } name)
                table.Add(name, fromTheElement ? WhereTheElementWritesIt(text, written) : WhereACallGivesIt(text, setting.Syntax) ?? written);
        }
    }

    /// <summary>
    /// One table per element of the list (or entry of the dictionary) a loop runs over, each with the names and the id
    /// its own element gives (<c>new("Invoices", "invoiceId", "IssuedAt")</c> is one table of its own): when each name
    /// that changes with the pass is one known text on every pass. Null otherwise.
    /// </summary>
    private static List<Table>? TablePerElement(IObjectCreationOperation creation, SyntaxNode loop, Table shared,
        List<(Setting Setting, Location Written, ImmutableArray<string> Names)> varying, CdkTypes cdk, CancellationToken cancellationToken)
    {
        if (Loops.Passes(loop, cdk, cancellationToken) is not { Length: > 0 } passes)
            return null;
        var tables = new List<Table>(passes.Length);
        foreach (var pass in passes)
        {
            var names = new List<(string, Location)>();
            foreach (var (setting, written, _) in varying)
            {
                // No name on this pass: the setting is left out (a sort key only some elements give).
                var strings = cdk.Values.Strings(new Origin(setting.Value.Operation, pass), cancellationToken);
                if (strings.Length > 1 || strings.Length == 1 && strings[0].KnownText is null)
                    return null;
                if (strings.Length == 1)
                    names.Add((strings[0].KnownText!, WhereTheElementWritesIt(strings[0], written)));
            }
            var id = cdk.Values.ConstructIdOf(creation, pass, cancellationToken);
            tables.Add(PassTable(shared, id ?? shared.Id, names));
        }
        return tables;
    }

    /// <summary>
    /// Where the element writes a name itself (<c>new("Reviews", "ProductId", "reviewId")</c>, <c>("created_at", "RANGE")</c>),
    /// there, where the rename is made; else where the definition reads it.
    /// </summary>
    private static Location WhereTheElementWritesIt(StringValue name, Location read)
        => name.Parts.Length == 1 && name.Parts[0].Syntax is LiteralExpressionSyntax literal ? literal.GetLocation() : read;

    /// <summary>A table made on one pass: the names every pass shares, and this pass's own.</summary>
    private static Table PassTable(Table shared, string id, IEnumerable<(string Name, Location Written)> own)
    {
        var pass = new Table(id, shared.Location);
        foreach (var name in shared.Names)
        {
            foreach (var use in name.Value)
                pass.Add(name.Key, use);
        }
        foreach (var (name, written) in own)
        {
            if (name.Length > 0)
                pass.Add(name, written);
        }
        return pass;
    }

    /// <summary>
    /// The literal a call gives a name in, outside the setting that reads it: a builder's <c>WithKeys("user_id", …)</c>
    /// whose field the table's key reads, or any helper's argument — where the rename is made. Null for any other name.
    /// </summary>
    private static Location? WhereACallGivesIt(StringValue name, SyntaxNode setting)
        => name.Parts.Length == 1 && name.Parts[0].Syntax is LiteralExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax } } literal && !setting.Span.Contains(literal.Span)
            ? literal.GetLocation()
            : null;

    /// <summary>
    /// Where this table's definition writes a key name: the setting, or for a name given to a helper
    /// (<c>PartitionKey = Key("sk")</c> with <c>Key(string name) => new() { Name = name, … }</c>) the call's argument,
    /// which belongs to this table while the helper's <c>Name = name</c> serves them all.
    /// </summary>
    private static SyntaxNode WhereWritten(Setting setting)
        => setting.Value.AtCallSite() is var given && given.Operation != setting.Value.Operation ? given.Operation.Syntax : setting.Syntax;

    /// <summary><c>Attribute.Name</c> (Table, TableV2, their indexes) or <c>AttributeName</c> of a CfnTable schema or definition.</summary>
    private static bool IsKeyName(ISymbol member, CdkTypes cdk, ImmutableArray<INamedTypeSymbol> cfnKeyTypes)
        => (member.Name == "Name" && cdk.Implements(member.ContainingType, cdk.DynamoDbAttribute))
            || (member.Name == "AttributeName" && CdkTypes.IsOneOf(member.ContainingType, cfnKeyTypes));

    /// <summary>The key names of one table, each with every place it is written, in order.</summary>
    private sealed class Table
    {
        public Table(string id, Location location)
        {
            Id = id;
            Location = location;
        }

        public string Id { get; }
        public Location Location { get; }
        public Dictionary<string, List<Location>> Names { get; } = new(System.StringComparer.Ordinal);
        public HashSet<string> Reported { get; } = new(System.StringComparer.Ordinal);

        public void Add(string name, Location location)
        {
            if (!Names.TryGetValue(name, out var uses))
                Names[name] = uses = new List<Location>();
            if (!uses.Contains(location))
                uses.Add(location);
        }
    }

    /// <summary>Casing conventions of key names, in tie-break order.</summary>
    internal sealed class Casing
    {
        public static readonly Casing Lower = new("lower", @"^[a-z][a-z0-9]*$");
        public static readonly Casing Upper = new("UPPER", @"^[A-Z][A-Z0-9]*$");
        public static readonly Casing Camel = new("camel", @"^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$");
        public static readonly Casing Pascal = new("Pascal", @"^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$");
        public static readonly Casing Snake = new("snake", @"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$");
        public static readonly Casing UpperSnake = new("UPPER_SNAKE", @"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$");
        public static readonly ImmutableArray<Casing> All = ImmutableArray.Create(Lower, Upper, Camel, Pascal, Snake, UpperSnake);

        private static readonly Regex Words = new(@"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+", RegexOptions.CultureInvariant);
        private readonly Regex _pattern;

        private Casing(string name, string pattern)
        {
            Name = name;
            _pattern = new Regex(pattern, RegexOptions.CultureInvariant);
        }

        public string Name { get; }

        public static string Describe(Casing casing) => casing.Name;

        /// <summary>The conventions a name fits. A short all-capitals word (<c>TTL</c>, <c>PK</c>, <c>ID</c>) is an acronym: it fits Pascal and camel as well as UPPER.</summary>
        public static List<Casing> Fits(string name)
        {
            name = Core(name);
            // Loops, not queries: this runs for every key name of every table.
            var fits = new List<Casing>();
            foreach (var casing in All)
            {
                if (casing._pattern.IsMatch(name))
                    fits.Add(casing);
            }
            if (IsAcronym(name))
            {
                if (!fits.Contains(Pascal))
                    fits.Add(Pascal);
                if (!fits.Contains(Camel))
                    fits.Add(Camel);
            }
            return fits;
        }

        /// <summary>The name shows the convention, rather than merely fitting it: not an acronym's Pascal or camel, not a lowercase word's camel.</summary>
        public static bool Shows(string name, Casing casing)
        {
            name = Core(name);
            return !(IsAcronym(name) && (casing == Pascal || casing == Camel)) && !(casing == Camel && Lower._pattern.IsMatch(name));
        }

        /// <summary>The name without its leading underscores (<c>_id</c>, <c>__typename</c>): a marker, not a casing.</summary>
        private static string Core(string name) => name.TrimStart('_') is { Length: > 0 } core ? core : name;

        private static bool IsAcronym(string name)
        {
            if (name.Length > 4)
                return false;
            foreach (var c in name)
            {
                if (c is not (>= 'A' and <= 'Z'))
                    return false;
            }
            return true;
        }

        public static Casing From(KeyConvention convention)
            => convention switch
            {
                KeyConvention.Upper => Upper,
                KeyConvention.Camel => Camel,
                KeyConvention.Pascal => Pascal,
                KeyConvention.Snake => Snake,
                _ => Lower,
            };

        /// <summary><c>GSI1pk</c> → words GSI1, pk → <c>gsi1pk</c>, <c>GSI1PK</c>, <c>gsi1Pk</c>, <c>Gsi1Pk</c>, <c>gsi1_pk</c>, <c>GSI1_PK</c>.</summary>
        public static string Convert(string name, Casing target)
        {
            var core = Core(name);
            return name.Substring(0, name.Length - core.Length) + ConvertCore(core, target);
        }

        private static string ConvertCore(string name, Casing target)
        {
            var words = new List<string>();
            foreach (var part in name.Split('_', '-', '.'))
            {
                foreach (Match match in Words.Matches(part))
                {
                    if (char.IsDigit(match.Value[0]) && words.Count > 0)
                        words[words.Count - 1] += match.Value;
                    else
                        words.Add(match.Value);
                }
            }
            if (words.Count == 0)
                return name;
            string Capitalised(string w) => char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant();
            if (target == Lower)
                return string.Concat(words).ToLowerInvariant();
            if (target == Upper)
                return string.Concat(words).ToUpperInvariant();
            if (target == Camel)
                return words[0].ToLowerInvariant() + string.Concat(words.Skip(1).Select(Capitalised));
            if (target == Pascal)
                return string.Concat(words.Select(Capitalised));
            if (target == Snake)
                return string.Join("_", words).ToLowerInvariant();
            return string.Join("_", words).ToUpperInvariant();
        }
    }
}

using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK401: the key attribute names of one DynamoDB table mix casing conventions, or two key names in the
/// compilation differ only in case. Reported at the use (<c>Name = "GSI1pk"</c>); every other use of the same
/// name in the table is an additional location, and property <see cref="NewNameProperty"/> carries the rename.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamoDbKeyCasingAnalyzer : CdkAnalyzer
{
    public const string NewNameProperty = "NewName";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DynamoDbKeyCasing);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        if (cdk.DynamoDbTables.IsEmpty)
            return;
        var allTables = new ConcurrentBag<Table>();

        // Per operation block, so that AddGlobalSecondaryIndex calls later in the same body belong to the table.
        context.RegisterOperationBlockAction(ctx =>
        {
            foreach (var block in ctx.OperationBlocks)
            {
                foreach (var creation in block.DescendantsAndSelf().OfType<IObjectCreationOperation>())
                {
                    if (!cdk.DynamoDbTables.Any(t => SymbolEqualityComparer.Default.Equals(t, creation.Type)))
                        continue;
                    var table = CollectKeys(creation, block, cdk, ctx.CancellationToken);
                    if (table.Names.Count == 0)
                        continue;
                    allTables.Add(table);
                    var configured = CdkOptions.GetKeyConvention(ctx.Options, creation.Syntax.SyntaxTree);
                    foreach (var diagnostic in CheckTable(table, configured))
                        ctx.ReportDiagnostic(diagnostic);
                }
            }
        });

        // Names equal but for case in two different tables (pk in one, PK in another).
        context.RegisterCompilationEndAction(ctx =>
        {
            var tables = allTables.ToList();
            foreach (var table in tables)
            {
                foreach (var name in table.Names)
                {
                    var other = tables.Where(t => t != table)
                        .SelectMany(t => t.Names.Keys.Where(n => n != name.Key && string.Equals(n, name.Key, System.StringComparison.OrdinalIgnoreCase)).Select(n => (Table: t, Name: n)))
                        .FirstOrDefault();
                    if (other.Table is null || table.Reported.Contains(name.Key))
                        continue;
                    var reason = $"differs only in case from '{other.Name}' in table '{other.Table.Id}'";
                    ctx.ReportDiagnostic(Create(name.Value, name.Key, reason, newName: null));
                }
            }
        });
    }

    private static IEnumerable<Diagnostic> CheckTable(Table table, KeyConvention configured)
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
            yield return Create(name.Value, name.Key, reason + (newName != name.Key ? $"; rename it to '{newName}'" : ""), newName != name.Key ? newName : null);
        }
    }

    private static Diagnostic Create(List<Location> uses, string name, string reason, string? newName)
    {
        var properties = newName is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(NewNameProperty, newName);
        return Diagnostic.Create(Descriptors.DynamoDbKeyCasing, uses[0], uses.Skip(1), properties, name, reason);
    }

    /// <summary>The convention most names fit; ties go to lower, then to the order of <see cref="Casing"/>.</summary>
    private static Casing Majority(IEnumerable<string> names)
    {
        var counts = new Dictionary<Casing, int>();
        foreach (var name in names)
        {
            foreach (var fit in Casing.Fits(name))
                counts[fit] = counts.TryGetValue(fit, out var n) ? n + 1 : 1;
        }
        if (counts.Count == 0)
            return Casing.Lower;
        var max = counts.Values.Max();
        return Casing.All.First(c => counts.TryGetValue(c, out var n) && n == max);
    }

    private static Table CollectKeys(IObjectCreationOperation creation, IOperation block, CdkTypes cdk, CancellationToken cancellationToken)
    {
        var id = creation.Arguments.Length >= 2 ? creation.Arguments[1].Value.ConstantValue.Value as string : null;
        var table = new Table(id ?? creation.Type!.Name);
        AddNames(creation, table, cdk, cancellationToken, depth: 0);

        // table.AddGlobalSecondaryIndex(...) / AddLocalSecondaryIndex(...) on the variable that holds the table.
        if (Holders.Of(creation) is { } holder)
        {
            foreach (var invocation in block.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (invocation.TargetMethod.Name is "AddGlobalSecondaryIndex" or "AddLocalSecondaryIndex"
                    && invocation.Instance is { } instance
                    && SymbolEqualityComparer.Default.Equals(Holders.Referenced(instance), holder))
                {
                    foreach (var argument in invocation.Arguments)
                        AddNames(argument.Value, table, cdk, cancellationToken, depth: 0);
                }
            }
        }
        return table;
    }

    private static void AddNames(IOperation root, Table table, CdkTypes cdk, CancellationToken cancellationToken, int depth)
    {
        if (depth > 4)
            return;
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: var property } } assignment && IsKeyNameProperty(property, cdk))
            {
                if (ValueResolver.ResolveString(assignment.Value, cdk, cancellationToken)?.KnownText is { Length: > 0 } name)
                    table.Add(name, assignment.Syntax.GetLocation());
            }
            else if (operation is ILocalReferenceOperation local && ValueResolver.InitialValueOfLocal(local, cancellationToken) is { } initial)
            {
                // Props, attributes or index lists built in a local first.
                AddNames(initial, table, cdk, cancellationToken, depth + 1);
            }
        }
    }

    /// <summary><c>Attribute.Name</c> (Table, TableV2, their indexes) or <c>AttributeName</c> of a CfnTable schema or definition.</summary>
    private static bool IsKeyNameProperty(IPropertySymbol property, CdkTypes cdk)
        => (property.Name == "Name" && CdkTypes.Implements(property.ContainingType, cdk.DynamoDbAttribute))
            || (property.Name == "AttributeName"
                && property.ContainingType.Name is "KeySchemaProperty" or "AttributeDefinitionProperty"
                && property.ContainingType.ToDisplayString().StartsWith("Amazon.CDK.AWS.DynamoDB.", System.StringComparison.Ordinal));

    /// <summary>The key names of one table, each with every place it is written, in order.</summary>
    private sealed class Table
    {
        public Table(string id) => Id = id;

        public string Id { get; }
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

        public static List<Casing> Fits(string name) => All.Where(c => c._pattern.IsMatch(name)).ToList();

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

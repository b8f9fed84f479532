using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace CdkAnalyzers;

/// <summary>One row of LambdaRuntimes.txt: a runtime and the days Lambda deprecates it and blocks creating and updating functions on it.</summary>
internal sealed class LambdaRuntime
{
    public LambdaRuntime(string identifier, string? member, string family, DateTime? deprecated, DateTime? creationBlocked, DateTime? updateBlocked, string? successor)
    {
        Identifier = identifier;
        Member = member;
        Family = family;
        Deprecated = deprecated;
        CreationBlocked = creationBlocked;
        UpdateBlocked = updateBlocked;
        Successor = successor;
    }

    /// <summary>Lambda's identifier: <c>dotnet6</c>, <c>nodejs18.x</c>.</summary>
    public string Identifier { get; }

    /// <summary>The static member of <c>Amazon.CDK.AWS.Lambda.Runtime</c> that stands for it (<c>DOTNET_6</c>), when there is one.</summary>
    public string? Member { get; }

    /// <summary>Its <c>RuntimeFamily</c> member, for writing <c>new Runtime("…", RuntimeFamily.X)</c>.</summary>
    public string Family { get; }

    public DateTime? Deprecated { get; }
    public DateTime? CreationBlocked { get; }
    public DateTime? UpdateBlocked { get; }
    public string? Successor { get; }
}

/// <summary>Lambda's runtime deprecation table, kept as data in LambdaRuntimes.txt (CDK108).</summary>
internal static class LambdaRuntimes
{
    private const string FileName = "LambdaRuntimes.txt";
    private static readonly Lazy<ImmutableArray<LambdaRuntime>> Loaded = new(() => EmbeddedTable.Read(FileName, 7).Select(Row).ToImmutableArray());
    private static readonly Lazy<DateTime> Taken = new(() => ParseDate(EmbeddedTable.Header(FileName, "taken")) ?? new DateTime(2026, 12, 1));

    public static ImmutableArray<LambdaRuntime> All => Loaded.Value;

    /// <summary>The day the table was taken: the analysis date when the build passes none.</summary>
    public static DateTime TakenOn => Taken.Value;

    public static LambdaRuntime? ByIdentifier(string identifier) => All.FirstOrDefault(r => r.Identifier == identifier);

    public static LambdaRuntime? ByMember(string member) => All.FirstOrDefault(r => r.Member == member);

    /// <summary>The runtime to move to: the successor, and its successor while that one is deprecated too.</summary>
    public static LambdaRuntime? Replacement(LambdaRuntime runtime, DateTime asOf)
    {
        var next = runtime.Successor is { } successor ? ByIdentifier(successor) : null;
        for (var hops = 0; next is not null && next.Deprecated <= asOf && next.Successor is { } further && hops < 10; hops++)
            next = ByIdentifier(further) ?? next;
        return next;
    }

    public static DateTime? ParseDate(string? text)
        => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    private static LambdaRuntime Row(string[] cells)
        => new(cells[0], Optional(cells[1]), cells[2], ParseDate(cells[3]), ParseDate(cells[4]), ParseDate(cells[5]), Optional(cells[6]));

    private static string? Optional(string cell) => cell == "-" ? null : cell;
}

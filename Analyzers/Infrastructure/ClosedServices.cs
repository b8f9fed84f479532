using System;
using System.Collections.Immutable;
using System.Linq;

namespace CdkAnalyzers;

/// <summary>One line of ClosedServices.txt.</summary>
internal sealed class ClosedService
{
    public ClosedService(string key, string service, ImmutableArray<string> types, string status, string since, string announcement, string instead)
    {
        Key = key;
        Service = service;
        Types = types;
        Status = status;
        Since = since;
        Announcement = announcement;
        Instead = instead;
    }

    public string Key { get; }
    public string Service { get; }

    /// <summary>Full type names, or namespaces written as <c>Namespace.*</c>.</summary>
    public ImmutableArray<string> Types { get; }

    public string Status { get; }
    public string Since { get; }
    public string Announcement { get; }
    public string Instead { get; }

    /// <summary>The listed types and namespaces as this compilation's CDK version has them (missing ones left out).</summary>
    public (ImmutableArray<Microsoft.CodeAnalysis.INamedTypeSymbol> Types, ImmutableArray<Microsoft.CodeAnalysis.INamespaceSymbol> Namespaces) ResolveIn(CdkTypes cdk)
    {
        var namespaces = Types.Where(t => t.EndsWith(".*", StringComparison.Ordinal)).Select(t => cdk.Namespace(t.Substring(0, t.Length - 2)));
        var types = cdk.Types(Types.Where(t => !t.EndsWith(".*", StringComparison.Ordinal)).ToArray());
        return (types, namespaces.Where(n => n is not null).Select(n => n!).ToImmutableArray());
    }
}

/// <summary>
/// The closed-services list, kept as data in ClosedServices.txt (embedded in the assembly, so reading it is no
/// file IO) so that a maintainer extends it without touching code.
/// </summary>
internal static class ClosedServices
{
    private static readonly Lazy<ImmutableArray<ClosedService>> Loaded = new(() => Parse(EmbeddedTable.Read("ClosedServices.txt", 7)));

    public static ImmutableArray<ClosedService> All => Loaded.Value;

    public static ImmutableArray<ClosedService> Parse(ImmutableArray<string[]> rows)
        => rows.Select(c => new ClosedService(c[0], c[1], c[2].Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToImmutableArray(), c[3], c[4], c[5], c[6]))
            .ToImmutableArray();
}

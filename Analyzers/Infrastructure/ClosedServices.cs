using System;
using System.Collections.Immutable;
using System.IO;
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
    private const string ResourceName = "CdkAnalyzers.ClosedServices.txt";
    private static readonly Lazy<ImmutableArray<ClosedService>> Loaded = new(Load);

    public static ImmutableArray<ClosedService> All => Loaded.Value;

    private static ImmutableArray<ClosedService> Load()
    {
        using var stream = typeof(ClosedServices).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded in the analyzer assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static ImmutableArray<ClosedService> Parse(string text)
    {
        var services = ImmutableArray.CreateBuilder<ClosedService>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                continue;
            var columns = line.Split('|').Select(c => c.Trim()).ToArray();
            if (columns.Length != 7)
                throw new FormatException($"ClosedServices.txt: expected 7 columns separated by '|', found {columns.Length}: {line}");
            var types = columns[2].Split(',').Select(t => t.Trim()).Where(t => t.Length > 0).ToImmutableArray();
            services.Add(new ClosedService(columns[0], columns[1], types, columns[3], columns[4], columns[5], columns[6]));
        }
        return services.ToImmutable();
    }
}

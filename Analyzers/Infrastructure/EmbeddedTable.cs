using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace CdkAnalyzers;

/// <summary>
/// A data file embedded in the analyzer assembly (reading it is no file IO): one row a line, columns separated by
/// '|', lines starting with '#' are comments. Maintainers extend the rules by editing the file, not code.
/// </summary>
internal static class EmbeddedTable
{
    public static ImmutableArray<string[]> Read(string fileName, int columns)
    {
        var resource = "CdkAnalyzers." + fileName;
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException(fileName + " is not embedded in the analyzer assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), fileName, columns);
    }

    public static ImmutableArray<string[]> Parse(string text, string fileName, int columns)
    {
        var rows = ImmutableArray.CreateBuilder<string[]>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                continue;
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length != columns)
                throw new FormatException($"{fileName}: expected {columns} columns separated by '|', found {cells.Length}: {line}");
            rows.Add(cells);
        }
        return rows.ToImmutable();
    }

    /// <summary>The value of a header line <c># name: value</c>, or null.</summary>
    public static string? Header(string fileName, string name)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream("CdkAnalyzers." + fileName);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        var prefix = "# " + name + ":";
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim())
            .FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Substring(prefix.Length).Trim();
    }
}

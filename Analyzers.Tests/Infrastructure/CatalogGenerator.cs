using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using CdkAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Writes the catalog's derived files from the descriptors (the one source of truth) and the fix providers'
/// summaries: the README rules table, the preset globalconfigs, the header of each rule page and the release file.
/// <see cref="CatalogTests"/> fails when a committed file differs; <c>CDKANALYZERS_REGENERATE=1 dotnet test --filter CatalogTests</c>
/// rewrites them.
/// </summary>
internal static class CatalogGenerator
{
    public const string RegenerateVariable = "CDKANALYZERS_REGENERATE";
    private const string TableStart = "<!-- rules table: generated from the descriptors (Analyzers.Tests/Infrastructure/CatalogGenerator.cs); do not edit -->";
    private const string TableEnd = "<!-- end of rules table -->";

    /// <summary>Each generated file's path (relative to the repository) and the content it should have.</summary>
    public static IEnumerable<(string Path, string Content)> Files()
    {
        var root = AllAnalyzers.RepositoryRoot;
        yield return ("README.md", WithRulesTable(File.ReadAllText(Path.Combine(root, "README.md"))));
        yield return ("Package/build/CdkAnalyzers.recommended.globalconfig", RecommendedPreset());
        yield return ("Package/build/CdkAnalyzers.strict.globalconfig", StrictPreset());
        yield return ("Analyzers/AnalyzerReleases.Unshipped.md", UnshippedReleases());
        foreach (var descriptor in AllAnalyzers.Descriptors)
        {
            var page = Path.Combine("docs", "rules", descriptor.Id + ".md");
            var existing = File.Exists(Path.Combine(root, page)) ? File.ReadAllText(Path.Combine(root, page)) : "";
            yield return (page, WithPageHeader(descriptor, existing));
        }
    }

    public static string Severity(DiagnosticDescriptor descriptor)
    {
        if (!descriptor.IsEnabledByDefault)
            return $"{Name(descriptor.DefaultSeverity)}, off by default";
        return CdkAnalyzers.Descriptors.AlsoReportedAs.TryGetValue(descriptor.Id, out var also)
            ? $"{Name(descriptor.DefaultSeverity)} / {Name(also)}"
            : Name(descriptor.DefaultSeverity);
    }

    public static bool IsReportedAtCompilationEnd(DiagnosticDescriptor descriptor)
        => descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>The summary of the fix a provider offers for the rule, or null when it has none.</summary>
    public static string? FixSummary(string id)
        => AllAnalyzers.CodeFixes.SelectMany(f => f.GetType().GetCustomAttributes<FixSummaryAttribute>())
            .FirstOrDefault(a => a.RuleId == id)?.Summary;

    private static string Name(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Info ? "Info" : severity.ToString();

    private static string WithRulesTable(string readme)
    {
        var table = new StringBuilder();
        table.AppendLine(TableStart);
        table.AppendLine("| Rule | Title | Severity | Fix |");
        table.AppendLine("|---|---|---|---|");
        foreach (var descriptor in AllAnalyzers.Descriptors)
            table.AppendLine($"| [{descriptor.Id}](docs/rules/{descriptor.Id}.md) | {descriptor.Title} | {Severity(descriptor)} | {FixSummary(descriptor.Id) ?? "—"} |");
        table.Append(TableEnd);
        var start = readme.IndexOf(TableStart, System.StringComparison.Ordinal);
        var end = readme.IndexOf(TableEnd, System.StringComparison.Ordinal);
        if (start < 0 || end < start)
            throw new InvalidDataException($"README.md has no generated rules table: add the lines\n{TableStart}\n{TableEnd}\nwhere it belongs.");
        return readme.Substring(0, start) + table + readme.Substring(end + TableEnd.Length);
    }

    private static string RecommendedPreset()
        => """
        is_global = true
        global_level = -1

        # CdkAnalyzers "recommended" preset (the default): every rule at the severity its descriptor declares, so this file
        # sets nothing. Chosen with <CdkAnalyzersPreset>recommended</CdkAnalyzersPreset>; .editorconfig settings still win.
        # Generated from the descriptors (Analyzers.Tests/Infrastructure/CatalogGenerator.cs); do not edit.

        """;

    private static string StrictPreset()
    {
        var preset = new StringBuilder("""
            is_global = true
            global_level = -1

            # CdkAnalyzers "strict" preset: every rule is an error, the opt-in ones included.
            # Chosen with <CdkAnalyzersPreset>strict</CdkAnalyzersPreset>; .editorconfig settings still win.
            # Generated from the descriptors (Analyzers.Tests/Infrastructure/CatalogGenerator.cs); do not edit.

            """);
        foreach (var descriptor in AllAnalyzers.Descriptors)
            preset.AppendLine($"dotnet_diagnostic.{descriptor.Id}.severity = error");
        return preset.ToString();
    }

    private static string UnshippedReleases()
    {
        var releases = new StringBuilder("""
            ; Unshipped analyzer release
            ; Generated from the descriptors (Analyzers.Tests/Infrastructure/CatalogGenerator.cs); do not edit.

            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------

            """);
        foreach (var analyzer in AllAnalyzers.Rules)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                var severity = descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";
                releases.AppendLine($"{descriptor.Id} | {descriptor.Category} | {severity} | {analyzer.GetType().Name}, [Documentation](../docs/rules/{descriptor.Id}.md)");
            }
        }
        var lines = releases.ToString().Split('\n');
        var header = lines.TakeWhile(l => !l.StartsWith("CDK", System.StringComparison.Ordinal));
        var rows = lines.Where(l => l.StartsWith("CDK", System.StringComparison.Ordinal)).OrderBy(l => l, System.StringComparer.Ordinal);
        return string.Join("\n", header.Concat(rows)) + "\n";
    }

    /// <summary>The page with its title and header table written from the descriptor; the rest of the page is kept.</summary>
    private static string WithPageHeader(DiagnosticDescriptor descriptor, string page)
    {
        var header = new StringBuilder();
        header.AppendLine($"# {descriptor.Id}: {descriptor.Title}");
        header.AppendLine();
        header.AppendLine("| | |");
        header.AppendLine("|---|---|");
        header.AppendLine($"| Severity | {Severity(descriptor)} |");
        header.AppendLine($"| Category | {descriptor.Category} |");
        header.AppendLine($"| Code fix | {FixSummary(descriptor.Id) ?? "—"} |");
        if (IsReportedAtCompilationEnd(descriptor))
            header.AppendLine("| Reported | Once the whole compilation has been seen: by every build, and in the editor with full-solution analysis |");
        header.AppendLine();

        // The old header: the title line, a blank line and the table, up to the first blank line after it.
        var rest = page.Replace("\r\n", "\n");
        var body = rest.IndexOf("\n## ", System.StringComparison.Ordinal);
        return header + (body < 0 ? "## What it reports\n" : rest.Substring(body + 1));
    }
}

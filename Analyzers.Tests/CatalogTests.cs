using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace CdkAnalyzers.Tests;

/// <summary>Every rule is complete: help link, doc page, README row, release entry, test class; every fix has its analyzer.</summary>
public class CatalogTests
{
    public static TheoryData<string> RuleIds => new(AllAnalyzers.Descriptors.Select(d => d.Id));

    private static string Read(params string[] path) => File.ReadAllText(Path.Combine(new[] { AllAnalyzers.RepositoryRoot }.Concat(path).ToArray()));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleIsDocumentedAndTracked(string id)
    {
        var descriptor = AllAnalyzers.Descriptors.Single(d => d.Id == id);
        Assert.Equal($"{CdkAnalyzers.Descriptors.HelpLinkBase}{id}.md", descriptor.HelpLinkUri);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri);

        var page = Read("docs", "rules", id + ".md");
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        foreach (var section in new[] { "## Why", "## How to fix", "## Options", "## Suppress" })
            Assert.Contains(section, page);

        Assert.Matches(new Regex($@"^\| \[{id}\]\(docs/rules/{id}\.md\) \| {Regex.Escape(descriptor.Title.ToString())} \|", RegexOptions.Multiline), Read("README.md"));
        Assert.Matches(new Regex($@"^{id} \| {descriptor.Category} \| ", RegexOptions.Multiline), Read("Analyzers", "AnalyzerReleases.Unshipped.md"));
    }

    [Fact]
    public void EveryAnalyzerHasATestClassWithTheSameStem()
    {
        var testTypes = typeof(CatalogTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        foreach (var analyzer in AllAnalyzers.Analyzers)
        {
            var stem = analyzer.GetType().Name.Replace("Analyzer", "");
            Assert.Contains(stem + "Tests", testTypes);
        }
    }

    [Fact]
    public void EveryCodeFixHasItsAnalyzerAndFixAll()
    {
        foreach (var fix in AllAnalyzers.CodeFixes)
        {
            var stem = fix.GetType().Name.Replace("CodeFix", "");
            var analyzer = AllAnalyzers.Analyzers.SingleOrDefault(a => a.GetType().Name == stem + "Analyzer");
            Assert.NotNull(analyzer);
            Assert.NotEmpty(fix.FixableDiagnosticIds);
            Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(analyzer!.SupportedDiagnostics, d => d.Id == id));
            Assert.NotNull(fix.GetFixAllProvider());
        }
    }

    /// <summary>The README table, presets, rule page headers and release file are what the descriptors say.</summary>
    [Fact]
    public void GeneratedFilesMatchTheDescriptors()
    {
        var regenerate = System.Environment.GetEnvironmentVariable(CatalogGenerator.RegenerateVariable) == "1";
        var stale = new System.Collections.Generic.List<string>();
        foreach (var (path, content) in CatalogGenerator.Files())
        {
            var full = Path.Combine(AllAnalyzers.RepositoryRoot, path);
            if (File.Exists(full) && File.ReadAllText(full).Replace("\r\n", "\n") == content)
                continue;
            if (regenerate)
                File.WriteAllText(full, content);
            else
                stale.Add(path);
        }
        Assert.True(stale.Count == 0,
            $"Generated from the descriptors but out of date: {string.Join(", ", stale)}. Run: {CatalogGenerator.RegenerateVariable}=1 dotnet test Analyzers.Tests --filter CatalogTests");
    }

    [Fact]
    public void OnlyCdk304IsOffByDefault()
        => Assert.Equal(new[] { "CDK304" }, AllAnalyzers.Descriptors.Where(d => !d.IsEnabledByDefault).Select(d => d.Id));
}

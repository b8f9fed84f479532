using System.IO;
using System.Threading.Tasks;
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
        foreach (var analyzer in AllAnalyzers.Rules)
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
            var analyzer = AllAnalyzers.Rules.SingleOrDefault(a => a.GetType().Name == stem + "Analyzer");
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

    /// <summary>Types are compared as symbols resolved through CdkTypes, never by their names as strings.</summary>
    [Fact]
    public void NoTypeIsComparedByItsNameAsAString()
    {
        var comparisons = new[]
        {
            new Regex(@"ToDisplayString\(\)\s*(==|!=|is\b|\.StartsWith|\.EndsWith|\.Equals)"),
            new Regex(@"(Type|ContainingType|BaseType|OriginalDefinition)\??\.(Name|MetadataName)\s*(==|!=|is)\s*""[A-Z]"),
            new Regex(@"(==|!=)\s*""(Amazon\.CDK|Constructs)\b"),
        };
        var offenders = new[] { "Analyzers", "CodeFixes" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(AllAnalyzers.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (File: Path.GetFileName(file), Line: i + 1, Text: line)))
            .Where(l => comparisons.Any(c => c.IsMatch(l.Text)))
            .Select(l => $"{l.File}({l.Line}): {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Compare CdkTypes symbols instead:\n" + string.Join("\n", offenders));
    }

    /// <summary>
    /// An id is reported either per document or at compilation end, never both: the compilation-end ones carry the
    /// CompilationEnd tag (editors show them from builds and full-solution analysis), per-document analysis never
    /// yields them, and exactly the analyzers that register compilation end actions declare them.
    /// </summary>
    [Fact]
    public async Task CompilationEndRulesAreTaggedAndNeverReportedPerDocument()
    {
        var compilation = AllAnalyzers.Compile(new[]
        {
            TestCode.Stack("""
                new Function(this, "F", new FunctionProps
                {
                    Runtime = Runtime.PYTHON_3_12, Handler = "h", Code = Code.FromInline("x"), ReservedConcurrentExecutions = 10,
                    Environment = new Dictionary<string, string> { ["TIMESTREAM_DATABASE"] = "iot", ["AWS_REGION"] = "x" },
                });
                new Table(this, "A", new TableProps { TableName = "accounts", PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Table(this, "B", new TableProps { PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING } });
                Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        """, "Lambda DynamoDB EC2"),
            "static class Program { static void Main() { var app = new Amazon.CDK.App(); new AppStack(app, \"App\"); new AppStack(app, \"Copy\"); } }",
        });
        var (diagnostics, exceptions, driver) = await AllAnalyzers.RunAsync(compilation);
        Assert.Empty(exceptions);
        var atEnd = AllAnalyzers.Descriptors.Where(CatalogGenerator.IsReportedAtCompilationEnd).Select(d => d.Id).ToHashSet();
        Assert.Equal(new[] { "CDK103", "CDK107", "CDK205", "CDK305", "CDK402" }, atEnd.OrderBy(id => id));
        Assert.Subset(diagnostics.Select(d => d.Id).ToHashSet(), atEnd);

        var perDocument = new System.Collections.Generic.List<Microsoft.CodeAnalysis.Diagnostic>();
        foreach (var tree in driver.Compilation.SyntaxTrees)
            perDocument.AddRange(await driver.GetAnalyzerSemanticDiagnosticsAsync(driver.Compilation.GetSemanticModel(tree), null, default));
        Assert.Contains(perDocument, d => d.Id == "CDK101");
        Assert.DoesNotContain(perDocument, d => atEnd.Contains(d.Id));
        foreach (var analyzer in AllAnalyzers.Analyzers)
        {
            var telemetry = await driver.GetAnalyzerTelemetryInfoAsync(analyzer, default);
            Assert.True(telemetry.CompilationEndActionsCount > 0 == analyzer.SupportedDiagnostics.Any(d => atEnd.Contains(d.Id)), analyzer.GetType().Name);
        }
    }

    [Fact]
    public void OnlyCdk304IsOffByDefault()
        => Assert.Equal(new[] { "CDK304" }, AllAnalyzers.Descriptors.Where(d => !d.IsEnabledByDefault).Select(d => d.Id));

    /// <summary>version.props is the one place the version is set; what users read quotes it.</summary>
    [Fact]
    public void DocsQuoteTheVersionSetInVersionProps()
    {
        var version = EndToEnd.PackedPackageFixture.ReleaseVersion;
        Assert.Contains($"<PackageReference Include=\"CdkAnalyzers\" Version=\"{version}\"", Read("README.md"));
        Assert.Matches($@"(?m)^## {Regex.Escape(version)}\b", Read("CHANGELOG.md"));
        Assert.DoesNotMatch(@"<Version>\d", Read("Directory.Build.props"));
    }
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Whole apps written the way teams write CDK in C# today — records and <c>with</c>, <c>??</c> fallbacks, collection
/// expressions, props filled in steps or by helpers, their own constructs, <c>string.Format</c> and
/// <c>string.Create</c>, config dictionaries, stages — each with one or a few mistakes planted, marked
/// <c>//! CDKnnn</c> on the line where the rule's documented location is. Each folder under <c>Apps/</c> is one app:
/// <c>p…</c> a single file with its mistakes, <c>r…</c> several files of one realistic app (in folders too, with its
/// <c>cdk.json</c> where it reads context), <c>n…</c> an app with none.
/// With the rules' default settings, every marker must be reported on its line and nothing else may be reported.
/// </summary>
public class AppTests
{
    private static readonly Regex Marker = new(@"//!\s*((?:CDK\d{3}\s*)+)");

    private static string AppsFolder => Path.Combine(AllAnalyzers.RepositoryRoot, "Analyzers.Tests", "Apps");

    public static TheoryData<string> Apps()
    {
        var apps = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(AppsFolder).Order(StringComparer.Ordinal))
            apps.Add(Path.GetFileName(folder));
        return apps;
    }

    [Fact]
    public void TheCorpusHasAppsAndMarkers()
    {
        var folders = Directory.GetDirectories(AppsFolder);
        var markers = folders.SelectMany(f => Expected(SourceFiles(f))).Count();
        Assert.True(folders.Length >= 100, $"only {folders.Length} apps");
        Assert.True(markers >= 100, $"only {markers} markers");
    }

    [Theory]
    [MemberData(nameof(Apps))]
    public async Task ReportsExactlyTheMarkedMistakes(string app)
    {
        var (project, compilation, files) = await CompileAsync(app);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{app} does not compile: {string.Join("; ", errors.Take(3))}");
        var diagnostics = await AnalyzeAsync(compilation, app);

        var reported = diagnostics
            .Select(d => (File: d.Location.SourceTree!.FilePath, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))
            .ToHashSet();
        var expected = Expected(files).ToHashSet();
        var missed = expected.Except(reported).Select(e => $"missed {e.File}:{e.Line} {e.Id}");
        var extra = diagnostics
            .Where(d => !expected.Contains((d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id)))
            .Select(d => $"extra {d.Location.SourceTree!.FilePath}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id} {d.GetMessage()}");
        var problems = missed.Concat(extra).ToList();
        Assert.True(problems.Count == 0, $"{app}:\n" + string.Join("\n", problems));
    }

    /// <summary>Every fix offered for the app's diagnostics (every rule on, those off by default too), applied on its own, leaves an app that compiles.</summary>
    [Theory]
    [MemberData(nameof(Apps))]
    public async Task EveryFixOfferedLeavesTheAppCompiling(string app)
    {
        var (project, compilation, _) = await CompileAsync(app);
        var diagnostics = await AnalyzeAsync(AllAnalyzers.WithEveryRuleOn(compilation), app);
        var (_, _, problems) = await EveryFix.ApplyAsync(project, diagnostics, compiles: true);
        Assert.True(problems.Count == 0, $"{app}:\n" + string.Join("\n\n", problems.Take(3)));
    }

    private static async Task<(Project Project, Compilation Compilation, List<(string Name, string Text)> Files)> CompileAsync(string app)
    {
        var files = SourceFiles(Path.Combine(AppsFolder, app));
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, app, app, LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: CdkReferences.All));
        foreach (var (name, text) in files)
            project = project.AddDocument(name, SourceText.From(text), filePath: name).Project;
        return (project, (await project.GetCompilationAsync())!, files);
    }

    /// <summary>
    /// The diagnostics of every analyzer with the rules' default settings, as a user gets them (the app's cdk.json, where
    /// it has one, passed as the package's build passes it); an analyzer exception fails the test.
    /// </summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string app)
    {
        var exceptions = new List<Exception>();
        var cdkJson = Path.Combine(AppsFolder, app, "cdk.json");
        var additionalFiles = File.Exists(cdkJson)
            ? ImmutableArray.Create<AdditionalText>(new AppFile("cdk.json", File.ReadAllText(cdkJson)))
            : ImmutableArray<AdditionalText>.Empty;
        var driver = compilation.WithAnalyzers(AllAnalyzers.Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(additionalFiles),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) exceptions.Add(exception); },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false));
        var diagnostics = await driver.GetAnalyzerDiagnosticsAsync();
        Assert.Empty(exceptions);
        return diagnostics;
    }

    private static List<(string Name, string Text)> SourceFiles(string folder)
        => Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => (name, File.ReadAllText(Path.Combine(folder, name))))
            .ToList();

    private static IEnumerable<(string File, int Line, string Id)> Expected(List<(string Name, string Text)> files)
        => from file in files
           let lines = file.Text.Split('\n')
           from index in Enumerable.Range(0, lines.Length)
           from Match match in Marker.Matches(lines[index])
           from id in match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
           select (file.Name, index + 1, id);

    private sealed class AppFile(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

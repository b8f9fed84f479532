using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers.Tests;

/// <summary>The analyzers a build loads and the code fixes the package ships, found by reflection, and a way to run them all.</summary>
internal static class AllAnalyzers
{
    /// <summary>The analyzers with the attribute (the ones a build loads): each runs a group of rules.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(CdkAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false))
        .OrderBy(t => t.Name)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>Every rule, one class each (the tests run them alone).</summary>
    public static ImmutableArray<CdkAnalyzer> Rules => CdkRules.All;

    public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = typeof(CodeFixes.StackOutputsCodeFix).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.Name)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = Rules
        .SelectMany(a => a.SupportedDiagnostics)
        .GroupBy(d => d.Id)
        .Select(g => g.First())
        .OrderBy(d => d.Id)
        .ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<string> sources, bool withCdk = true)
        => CSharpCompilation.Create(
            "Test",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, path: $"Source{i}.cs")),
            withCdk ? CdkReferences.All : CdkReferences.FrameworkOnly,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compilation with every rule on as a warning, those off by default included.</summary>
    public static Compilation WithEveryRuleOn(Compilation compilation)
        => compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
            Descriptors.ToImmutableDictionary(d => d.Id, _ => ReportDiagnostic.Warn)));

    /// <summary>Runs every analyzer (rules that are off by default included) and collects analyzer exceptions instead of swallowing them.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions, CompilationWithAnalyzers Driver)> RunAsync(
        Compilation compilation, AnalyzerOptions? options = null)
    {
        var exceptions = new List<Exception>();
        compilation = WithEveryRuleOn(compilation);
        var driver = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) exceptions.Add(exception); },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: true));
        var diagnostics = await driver.GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions, driver);
    }

    /// <summary>The sources of every sample's "before" variant (their Program.cs files left out: each declares Main).</summary>
    public static IEnumerable<string> SampleSources()
        => Directory.GetFiles(Path.Combine(RepositoryRoot, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}before{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(p => !p.EndsWith("Program.cs"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);

    /// <summary>The repository's root: the folder that holds the solution file.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CdkAnalyzers.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("The repository root (CdkAnalyzers.slnx) was not found above " + AppContext.BaseDirectory);
    }
}

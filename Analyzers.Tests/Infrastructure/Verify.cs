using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace CdkAnalyzers.Tests;

/// <summary>
/// The project's verifier. Sources get the usual CDK usings prepended, compile against the real CDK,
/// and must compile without errors (before and after a fix). Diagnostics are written as markup:
/// <c>{|CDK101:...|}</c>.
/// </summary>
internal static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task AnalyzerAsync([StringSyntax(TestCode.CSharpTest)] string source, string? editorConfig = null)
        => AnalyzerAsync(new[] { source }, editorConfig);

    public static async Task AnalyzerAsync(string[] sources, string? editorConfig = null, bool withCdk = true, OutputKind? outputKind = null,
        params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        Configure(test, editorConfig, withCdk);
        test.TestState.OutputKind = outputKind;
        test.ExpectedDiagnostics.AddRange(expected);
        for (var i = 0; i < sources.Length; i++)
            test.TestState.Sources.Add(($"/0/Test{i}.cs", Sources.WithUsings(sources[i])));
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Compiled against .NET 10 with the newest language the tests' compiler has, as a .NET 10 project builds: its
    /// newer overloads (params spans) bind differently from .NET 8's.
    /// </summary>
    public static async Task AnalyzerOnNet10Async([StringSyntax(TestCode.CSharpTest)] string source)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        Configure(test, null, withCdk: true, CdkReferences.AllOnNet10);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.Preview)));
        test.TestState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(source)));
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>With a library the source uses compiled on its own (against the CDK), as a package the app references.</summary>
    public static async Task AnalyzerWithLibraryAsync([StringSyntax(TestCode.CSharpTest)] string source, [StringSyntax(TestCode.CSharpTest)] string library)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        Configure(test, null, withCdk: true);
        test.TestState.AdditionalReferences.Add(CompiledLibrary(library));
        test.TestState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(source)));
        await test.RunAsync(CancellationToken.None);
    }

    private static MetadataReference CompiledLibrary(string source)
    {
        var compilation = CSharpCompilation.Create("Library", new[] { CSharpSyntaxTree.ParseText(Sources.WithUsings(source)) }, CdkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new System.IO.MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
            throw new System.InvalidOperationException("The test's library does not compile: " + string.Join("; ", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>With additional files (an asset listing) and a global config (build properties).</summary>
    public static async Task AnalyzerWithFilesAsync(string source, (string Path, string Content)[] additionalFiles, string? globalConfig = null)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        Configure(test, null, withCdk: true);
        test.TestState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(source)));
        foreach (var file in additionalFiles)
            test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        if (globalConfig is not null)
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// A program that reads its settings with Microsoft.Extensions.Configuration, with the JSON files the package passes
    /// as AdditionalFiles. The source is taken as written (its own usings).
    /// </summary>
    public static async Task AnalyzerWithConfigurationAsync([StringSyntax(TestCode.CSharpTest)] string source, params (string Path, string Content)[] settingsFiles)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>();
        Configure(test, null, withCdk: true, CdkReferences.WithConfiguration);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.Sources.Add(("/0/Program.cs", source));
        foreach (var file in settingsFiles)
            test.TestState.AdditionalFiles.Add((file.Path, file.Content));
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Checks the fix named by <paramref name="equivalenceKey"/> (a provider's public key constant) on one diagnostic
    /// at a time, and Fix-All (document, project and solution) against <paramref name="fixAllSource"/> when that differs.
    /// </summary>
    /// <param name="nonLocal">The diagnostic is reported when the whole compilation has been seen (a compilation end action).</param>
    public static async Task FixAsync<TCodeFix>(string equivalenceKey, [StringSyntax(TestCode.CSharpTest)] string source,
        [StringSyntax(TestCode.CSharpTest)] string fixedSource, [StringSyntax(TestCode.CSharpTest)] string? fixAllSource = null,
        string? editorConfig = null, int iterations = 1, bool nonLocal = false)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeFixTestBehaviors = nonLocal ? CodeFixTestBehaviors.SkipLocalDiagnosticCheck : CodeFixTestBehaviors.None,
        };
        Configure(test, editorConfig, withCdk: true);
        test.TestState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(source)));
        test.FixedState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(fixedSource)));
        test.BatchFixedState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(fixAllSource ?? fixedSource)));
        if (!HasDiagnosticMarkup(fixedSource))
            test.FixedState.MarkupHandling = MarkupMode.None;
        if (!HasDiagnosticMarkup(fixAllSource ?? fixedSource))
            test.BatchFixedState.MarkupHandling = MarkupMode.None;
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// A fixed source that expects no diagnostic is taken as written: in markup, the <c>$$</c> that starts a raw
    /// interpolated string would be read as a caret position.
    /// </summary>
    private static bool HasDiagnosticMarkup(string source) => source.Contains("{|") || source.Contains("[|");

    /// <summary>A fix whose diagnostic is in one file and whose edit is in another (sources and fixed sources by file).</summary>
    public static async Task CrossFileFixAsync<TCodeFix>(string equivalenceKey, string[] sources, string[] fixedSources, int iterations = 1)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Configure(test, null, withCdk: true);
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", Sources.WithUsings(sources[i])));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", Sources.WithUsings(fixedSources[i])));
        }
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>The diagnostic is reported and the fix offers nothing for it (the source stays as it is).</summary>
    public static async Task NoFixAsync<TCodeFix>([StringSyntax(TestCode.CSharpTest)] string source, string? editorConfig = null)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            // A value reported at its declaration (a const field) is a non-local diagnostic; that is what we test here.
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck,
        };
        Configure(test, editorConfig, withCdk: true);
        test.TestState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(source)));
        test.FixedState.Sources.Add(("/0/Test0.cs", Sources.WithUsings(source)));
        await test.RunAsync(CancellationToken.None);
    }

    private static void Configure<TVerifier>(AnalyzerTest<TVerifier> test, string? editorConfig, bool withCdk,
        ImmutableArray<MetadataReference> references = default)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = CdkReferences.None;
        // As in a real build: a rule that is off by default stays off unless the configuration turns it on.
        foreach (var descriptor in new TAnalyzer().SupportedDiagnostics)
        {
            if (!descriptor.IsEnabledByDefault && editorConfig?.Contains($"dotnet_diagnostic.{descriptor.Id}.severity") != true)
                test.DisabledDiagnostics.Add(descriptor.Id);
        }
        test.TestState.AdditionalReferences.AddRange(!references.IsDefault ? references : withCdk ? CdkReferences.All : CdkReferences.FrameworkOnly);
        if (editorConfig is not null)
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
    }
}

internal static class Sources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using Amazon.CDK;
        using Constructs;

        """;

    public static string WithUsings(string source)
        => source.TrimStart() is var text && (text.StartsWith("using ") || text.StartsWith("global using ")) ? source : Usings + source;
}

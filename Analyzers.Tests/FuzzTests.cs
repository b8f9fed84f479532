using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Seeded, bounded fuzzing: every sample file and every complete test source, mutated the way half-typed code
/// looks (a token deleted, the text cut off, a line doubled or dropped, two string literals swapped). On each input
/// every analyzer runs and every offered fix is applied: nothing may throw, and a fix applied to an input that
/// compiles must produce output that compiles.
/// </summary>
[Trait("Category", "Fuzz")]
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261123;
    private const int MutationsPerSource = 20;

    [Fact]
    public async Task AnalyzersAndFixesSurviveMutatedSources()
    {
        var random = new Random(Seed);
        var inputs = Corpus().SelectMany(source => new[] { source }.Concat(Enumerable.Range(0, MutationsPerSource).Select(_ => Mutate(source, random)))).ToList();
        var failures = new List<string>();
        var fixesApplied = 0;
        var fixesChecked = 0;

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (input, _) =>
        {
            var (applied, checkedOutputs, problems) = await RunAsync(input);
            Interlocked.Add(ref fixesApplied, applied);
            Interlocked.Add(ref fixesChecked, checkedOutputs);
            if (problems.Count > 0)
                lock (failures) failures.AddRange(problems);
        });

        output.WriteLine($"fuzz: {inputs.Count} inputs (seed {Seed}), {fixesApplied} fixes applied, {fixesChecked} fixed outputs compiled");
        Console.WriteLine($"fuzz: {inputs.Count} inputs (seed {Seed}), {fixesApplied} fixes applied, {fixesChecked} fixed outputs compiled");
        Assert.True(inputs.Count >= 300, $"only {inputs.Count} fuzz inputs");
        Assert.True(fixesChecked > 0, "no fix was checked on a compiling input");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
    }

    /// <summary>Sample files, and the raw-string test sources that are whole compilation units (markup removed).</summary>
    private static List<string> Corpus()
    {
        var root = AllAnalyzers.RepositoryRoot;
        var samples = Directory.GetFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText);
        var tests = Directory.GetFiles(Path.Combine(root, "Analyzers.Tests"), "*Tests.cs")
            .OrderBy(p => p, StringComparer.Ordinal)
            .SelectMany(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p)).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                .Select(t => t.ValueText))
            .Where(t => t.Contains("class ") && t.Contains("Amazon.CDK"))
            .Select(t => Regex.Replace(t, @"\{\|CDK\d{3}:|\|\}", ""));
        return samples.Concat(tests).Distinct().ToList();
    }

    private static string Mutate(string source, Random random)
    {
        var lines = source.Split('\n').ToList();
        switch (random.Next(5))
        {
            case 0: // delete one token
                var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
                var token = tokens[random.Next(tokens.Count)];
                return source.Remove(token.SpanStart, token.Span.Length);
            case 1: // stop typing somewhere
                return source.Substring(0, random.Next(source.Length));
            case 2: // duplicate a line
                var duplicated = random.Next(lines.Count);
                lines.Insert(duplicated, lines[duplicated]);
                return string.Join('\n', lines);
            case 3: // drop a line
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
            default: // swap two string literals
                var literals = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).ToList();
                if (literals.Count < 2)
                    return source.Substring(0, random.Next(source.Length));
                var a = literals[random.Next(literals.Count)];
                var b = literals[random.Next(literals.Count)];
                if (a.SpanStart > b.SpanStart)
                    (a, b) = (b, a);
                if (a.Span.IntersectsWith(b.Span))
                    return source;
                return source.Substring(0, a.SpanStart) + b.Text + source.Substring(a.Span.End, b.SpanStart - a.Span.End) + a.Text + source.Substring(b.Span.End);
        }
    }

    private static async Task<(int Applied, int Checked, List<string> Problems)> RunAsync(string source)
    {
        var problems = new List<string>();
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Fuzz", "Fuzz", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            metadataReferences: CdkReferences.All));
        var document = workspace.AddDocument(project.Id, "Stack.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source));
        var compilation = (await document.Project.GetCompilationAsync())!;
        var compiles = !compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error);

        var (diagnostics, exceptions, _) = await AllAnalyzers.RunAsync(compilation);
        problems.AddRange(exceptions.Select(e => $"analyzer threw on:\n{source}\n{e}"));

        var (applied, checkedOutputs, fixProblems) = await EveryFix.ApplyAsync(document.Project, diagnostics, compiles);
        problems.AddRange(fixProblems.Select(p => $"{p}\non:\n{source}"));
        return (applied, checkedOutputs, problems);
    }
}

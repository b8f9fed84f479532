using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace CdkAnalyzers.Tests;

public class ScratchTests
{
    private readonly ITestOutputHelper _out;
    public ScratchTests(ITestOutputHelper output) => _out = output;

    [Fact]
    public async Task Locality()
    {
        var source = System.IO.File.ReadAllText("/tmp/scratch/source.cs");
        var compilation = AllAnalyzers.Compile(new[] { source });
        foreach (var d in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)) _out.WriteLine("COMPILE " + d);
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(Type.GetType(System.IO.File.ReadAllText("/tmp/scratch/analyzer.txt").Trim() + ", CdkAnalyzers")!)!;
        var driver = compilation.WithAnalyzers(ImmutableArray.Create(analyzer));
        var result = await driver.GetAnalysisResultAsync(default);
        foreach (var (tree, map) in result.SemanticDiagnostics.Select(kv => (kv.Key, kv.Value)))
            foreach (var d in map.Values.SelectMany(x => x)) _out.WriteLine("LOCAL " + d);
        foreach (var d in result.CompilationDiagnostics.Values.SelectMany(x => x)) _out.WriteLine("NONLOCAL " + d);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees.First());
        foreach (var d in await driver.GetAnalyzerSemanticDiagnosticsAsync(model, null, default)) _out.WriteLine("SEMANTIC " + d);
    }
}

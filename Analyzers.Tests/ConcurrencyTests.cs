using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace CdkAnalyzers.Tests;

/// <summary>Analysis is deterministic under parallelism, keeps no growing static state, and honours cancellation.</summary>
public class ConcurrencyTests
{
    private static Compilation SamplesCompilation() => AllAnalyzers.Compile(AllAnalyzers.SampleSources());

    [Fact]
    public async Task SameCompilationAnalysedInParallelGivesIdenticalDiagnostics()
    {
        var compilation = SamplesCompilation();
        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var (diagnostics, exceptions, _) = await AllAnalyzers.RunAsync(compilation);
            Assert.Empty(exceptions);
            return diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        })));
        Assert.True(runs[0].Count > 10, "the samples should raise many diagnostics");
        Assert.All(runs, run => Assert.Equal(runs[0], run));
    }

    [Fact]
    public void StaticStateIsReadOnlyAndDoesNotGrow()
    {
        var fields = typeof(CdkAnalyzer).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.Name.Contains("<"))
            .ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            Assert.True(field.IsInitOnly, $"{field.DeclaringType!.Name}.{field.Name} is a mutable static field");
            var type = field.FieldType;
            var isWeakCache = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>);
            var isImmutable = type.Namespace == "System.Collections.Immutable" || type.IsArray;
            var isGrowable = !isImmutable && (typeof(ICollection).IsAssignableFrom(type)
                || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(System.Collections.Generic.ICollection<>)));
            Assert.True(isWeakCache || !isGrowable, $"{field.DeclaringType!.Name}.{field.Name} ({type.Name}) is a static collection that can grow");
        }
    }

    [Fact]
    public async Task CancellationIsHonoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var driver = SamplesCompilation().WithAnalyzers(AllAnalyzers.Analyzers, new AnalyzerOptions(default));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => driver.GetAnalyzerDiagnosticsAsync(cancelled.Token));
    }
}

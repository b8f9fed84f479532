using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers.Benchmarks;

/// <summary>
/// Measures, in process, what is alive when the compilation ends, beside the analyzers being measured: what their
/// caches keep (the compilation itself is alive in every column). Without the attribute on purpose: a compiler
/// given this assembly for the "empty" builds never loads it; the in-process benchmark adds it by hand.
/// </summary>
#pragma warning disable RS1001 // Not an analyzer to load from an assembly (see above).
public sealed class LiveMemoryProbe : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    private static readonly DiagnosticDescriptor Never = new("PROBE", "Never reported", "Never reported", "None", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>Bytes alive after a full collection when the last compilation analysed with this probe ended.</summary>
    public long LiveAtEnd { get; private set; }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // A compilation end action, which runs after every other action of the compilation; a compilation action
        // (what RS1013 suggests) may run before the bodies are analysed, and would measure nothing.
#pragma warning disable RS1013
        context.RegisterCompilationStartAction(start => start.RegisterCompilationEndAction(_ => LiveAtEnd = GC.GetTotalMemory(forceFullCollection: true)));
#pragma warning restore RS1013
    }
}

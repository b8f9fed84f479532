using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers.Benchmarks;

/// <summary>
/// Registers what a CdkAnalyzers rule registers — block-scoped invocation, creation and assignment actions — and does
/// nothing in them: as many of these as we have rules measure what the driver charges for our rules before any of
/// them works. Without the attribute on purpose: a compiler given this assembly for the "empty" builds never loads
/// it; the in-process benchmark adds it by hand.
/// </summary>
#pragma warning disable RS1001 // Not an analyzer to load from an assembly (see above).
public sealed class DispatchOnlyAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
    private static readonly DiagnosticDescriptor Never = new("DISPATCH", "Never reported", "Never reported", "None", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockStartAction(block =>
            block.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment));
    }
}

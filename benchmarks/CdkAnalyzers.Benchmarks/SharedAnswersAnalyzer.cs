using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers.Benchmarks;

/// <summary>
/// Asks the value model, through the package's own shared collection (<see cref="CdkTypes.ValueSinks"/>), for the strings of
/// every value that reaches a CDK API — the answers CDK201–CDK204 share — and reports nothing. Run first, ahead of the
/// rules as analyzers of their own, it takes the shared answers' cost on a line of its own, so that each rule's line
/// is its own work rather than depending on whether it happened to ask first.
/// </summary>
#pragma warning disable RS1001 // Not an analyzer to load from an assembly: the benchmark adds it by hand.
public sealed class SharedAnswersAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1001
{
#pragma warning disable RS2008 // A measuring probe, never shipped: no release to track.
    private static readonly DiagnosticDescriptor Never = new("SHARED", "Never reported", "Never reported", "None", DiagnosticSeverity.Warning, isEnabledByDefault: true);
#pragma warning restore RS2008

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (CdkTypes.For(start.Compilation) is not { } cdk)
                return;
            var registrations = new RuleRegistrations(start);
            cdk.ValueSinks.Register(registrations, (ctx, sink) => sink.Strings(ctx.CancellationToken));
            registrations.RegisterWithDriver();
        });
    }
}

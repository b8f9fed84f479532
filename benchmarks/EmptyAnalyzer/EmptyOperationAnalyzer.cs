using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers.Benchmarks;

/// <summary>
/// Registers an operation block action that does nothing: what the driver costs any analyzer package that looks at
/// method bodies (operation trees built for every body, the callbacks dispatched), before the package does any work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EmptyOperationAnalyzer : DiagnosticAnalyzer
{
    // A warning, though never reported: the command-line compiler skips an analyzer whose every diagnostic is hidden
    // or info (nothing it could report would be shown), and the floor would then measure nothing.
    private static readonly DiagnosticDescriptor Never = new("EMPTY", "Never reported", "Never reported", "None", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationBlockAction(_ => { });
    }
}

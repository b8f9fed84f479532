using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// Base of every rule: skips generated code, runs concurrently, and registers nothing at all on a
/// compilation that does not reference Amazon.CDK.Lib.
/// </summary>
public abstract class CdkAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var cdk = CdkTypes.For(start.Compilation);
            if (cdk is not null)
                OnCdkCompilationStart(start, cdk);
        });
    }

    private protected abstract void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk);

    /// <summary>
    /// An operation action whose diagnostics may land elsewhere in the member being analyzed (the entry a statement
    /// above wrote, the literal a local holds): registered per operation block, the driver counts them as local to
    /// the document, so the IDE shows them while typing. A plain operation action's diagnostics are local only
    /// inside the operation itself.
    /// </summary>
    internal static void RegisterInBlocks(CompilationStartAnalysisContext context, System.Action<OperationAnalysisContext> action, params OperationKind[] kinds)
        => context.RegisterOperationBlockStartAction(block => block.RegisterOperationAction(action, kinds));
}

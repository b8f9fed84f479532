using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

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
}

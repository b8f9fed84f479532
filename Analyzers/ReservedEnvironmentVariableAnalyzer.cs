using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>CDK101: a Lambda environment sets a key the Lambda runtime reserves.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReservedEnvironmentVariableAnalyzer : CdkAnalyzer
{
    /// <summary>The reserved keys, from the Lambda documentation.</summary>
    internal static readonly ImmutableHashSet<string> ReservedKeys = ImmutableHashSet.Create(
        System.StringComparer.Ordinal,
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
        "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
        "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
        "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
        "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ReservedEnvironmentVariable);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        if (cdk.FunctionOptions is null && cdk.FunctionBase is null)
            return;
        var once = new ReportOnce();

        // Analysed per operation block, so that an entry added by a statement elsewhere in the same body
        // (env.Add("K", v) before `Environment = env`) is a local diagnostic the IDE shows as you type.
        context.RegisterOperationBlockAction(ctx =>
        {
            foreach (var block in ctx.OperationBlocks)
            {
                foreach (var (key, _, use) in LambdaEnvironment.Entries(block, cdk, ctx.CancellationToken))
                    Check(ctx, key, use);
            }
        });

        void Check(OperationBlockAnalysisContext ctx, IOperation keyOperation, SyntaxNode use)
        {
            var key = ValueResolver.ResolveString(keyOperation, cdk, ctx.CancellationToken)?.KnownText;
            if (key is not null && ReservedKeys.Contains(key) && once.TryClaim(RuleIds.ReservedEnvironmentVariable, use.GetLocation()))
                ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedEnvironmentVariable, use.GetLocation(), key));
        }
    }
}

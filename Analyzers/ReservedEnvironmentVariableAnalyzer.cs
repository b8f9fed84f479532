using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// CDK101: a Lambda environment sets a key the Lambda runtime reserves. Reported at the entry that writes it, or for a
/// helper that writes the key it is given, at the caller's key.
/// </summary>
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

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        LambdaEnvironment.Register(context, cdk, (ctx, entry) =>
        {
            // A helper's entry is reported where its caller writes the key: removing the helper's line would remove every caller's entry.
            foreach (var key in cdk.Values.Strings(entry.Key, ctx.CancellationToken))
            {
                if (key.KnownText is not { } written || entry.NameIn(written) is not { } text || !ReservedKeys.Contains(text))
                    continue;
                var use = entry.LocationFor(key, cdk.Values, ctx.CancellationToken);
                if (once.TryClaim(RuleIds.ReservedEnvironmentVariable, use))
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.ReservedEnvironmentVariable, use, text));
            }
        });
    }
}

using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// CDK201 (hardcoded account id) and CDK202 (placeholder account id), reported at the literal. Twelve digits are
/// an account only where an account can be: the account field of an ARN, an ECR registry host, a queue URL, or a whole value
/// given as an account (<c>Env.Account</c>, <c>new AccountPrincipal(…)</c>, a key or property named like one).
/// </summary>
public sealed class AccountIdAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedAccountId, Descriptors.PlaceholderAccountId);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        var patterns = cdk.PlaceholderPatterns;
        var stackTests = cdk.StackTests;
        cdk.ValueSinks.Register(context, (ctx, sink) =>
        {
            if (stackTests.Contains(sink.Value.Operation.Syntax.SyntaxTree, ctx.CancellationToken))
                return;
            foreach (var value in sink.Strings(ctx.CancellationToken))
            {
                // Most values hold no run of twelve digits: nothing else is computed for them.
                if (value.Parts.Any(p => p.Kind == ValueKind.Text && Placeholders.MayHoldAccountId(p.Text!)))
                    Check(ctx, sink, value);
            }
        });

        void Check(OperationAnalysisContext ctx, SinkValue sink, StringValue value)
        {
            var shape = value.Shape;
            var isLayerArn = shape.Contains(":lambda:") && shape.Contains(":layer:");
            var hasPlaceholderText = new System.Lazy<bool>(() => value.TextParts.Any(p => p.Part.Syntax.SyntaxTree is { } t
                && Placeholders.FindPlaceholderText(p.Part.Text!, patterns.For(ctx.Options, t)) is not null));
            foreach (var (part, offset) in value.TextParts)
            {
                if (!Placeholders.MayHoldAccountId(part.Text!) || part.Syntax.SyntaxTree is not { } tree || stackTests.Contains(tree, ctx.CancellationToken))
                    continue;
                foreach (Match match in Placeholders.TwelveDigits.Matches(part.Text!))
                {
                    var id = match.Value;
                    if (CdkOptions.GetAllowedAccountIds(ctx.Options, tree).Contains(id)
                        || !IsAccountPosition(shape, offset + match.Index, match.Length, () => IsGivenAsAccount(sink, part, cdk, ctx)))
                    {
                        continue;
                    }
                    var placeholder = Placeholders.IsPlaceholderAccount(id);
                    // A layer ARN names its publisher's account; a value with placeholder text (CDK204) is replaced whole.
                    if (!placeholder && (isLayerArn || hasPlaceholderText.Value))
                        continue;
                    var descriptor = placeholder ? Descriptors.PlaceholderAccountId : Descriptors.HardcodedAccountId;
                    if (once.TryClaim(descriptor.Id, part.Location))
                        ctx.ReportDiagnostic(Diagnostic.Create(descriptor, part.Location, FixValue.Properties(id), id));
                }
            }
        }
    }

    private const string AmazonAwsHost = ".amazonaws.com/";

    /// <summary>
    /// The account field of an ARN (<c>arn:aws:iam::111111111111:root</c>), an ECR registry host
    /// (<c>111111111111.dkr.ecr…</c>), the path of an SQS queue URL, or the whole value where it is given as an account.
    /// </summary>
    private static bool IsAccountPosition(string shape, int index, int length, System.Func<bool> isGivenAsAccount)
    {
        var before = index > 0 ? shape[index - 1] : '\0';
        var after = index + length < shape.Length ? shape.Substring(index + length) : "";
        if (before == ':' && (after.Length == 0 || after[0] is ':' or '/') && shape.StartsWith("arn:", System.StringComparison.Ordinal))
            return true;
        if ((index == 0 || before is '/' or '@') && after.StartsWith(".dkr.ecr.", System.StringComparison.Ordinal))
            return true;
        // An SQS queue URL: https://sqs.eu-west-1.amazonaws.com/111111111111/jobs
        if (before == '/' && after.StartsWith("/", System.StringComparison.Ordinal) && index >= AmazonAwsHost.Length
            && string.CompareOrdinal(shape, index - AmazonAwsHost.Length, AmazonAwsHost, 0, AmazonAwsHost.Length) == 0)
        {
            return true;
        }
        return index == 0 && length == shape.Length && isGivenAsAccount();
    }

    /// <summary>The value reaches a parameter, property or key named like an account, or its literal is declared under such a name.</summary>
    private static bool IsGivenAsAccount(SinkValue sink, ValuePart part, CdkTypes cdk, OperationAnalysisContext context)
        => NamesAnAccount(sink.Name) || NamesAnAccount(cdk.Values.NameGivenAt(part.Location, context.CancellationToken));

    private static bool NamesAnAccount(string? name)
        => name is not null && name.IndexOf("account", System.StringComparison.OrdinalIgnoreCase) >= 0;
}

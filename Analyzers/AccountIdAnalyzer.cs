using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>CDK201 (hardcoded account id) and CDK202 (placeholder account id), reported at the literal.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AccountIdAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedAccountId, Descriptors.PlaceholderAccountId);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        var patterns = new PlaceholderPatterns();
        var stackTests = new StackTestFiles();
        CdkValueSinks.Register(context, cdk, (ctx, operation) =>
        {
            if (stackTests.Contains(operation.Syntax.SyntaxTree, ctx.CancellationToken)
                || ValueResolver.ResolveString(operation, cdk, ctx.CancellationToken) is not { } value)
            {
                return;
            }
            var shape = value.Shape;
            var isLayerArn = shape.Contains(":lambda:") && shape.Contains(":layer:");
            foreach (var (part, offset) in value.TextParts)
            {
                if (!Placeholders.MayHoldAccountId(part.Text!) || part.Location.SourceTree is not { } tree || stackTests.Contains(tree, ctx.CancellationToken))
                    continue;
                foreach (Match match in Placeholders.TwelveDigits.Matches(part.Text!))
                {
                    var id = match.Value;
                    if (!IsAccountPosition(shape, offset + match.Index, match.Length) || CdkOptions.GetAllowedAccountIds(ctx.Options, tree).Contains(id))
                        continue;
                    var placeholder = Placeholders.IsPlaceholderAccount(id);
                    // A layer ARN names its publisher's account; a placeholder text (CDK204) is replaced whole.
                    if (!placeholder && (isLayerArn || Placeholders.FindPlaceholderText(part.Text!, patterns.For(ctx.Options, tree)) is not null))
                        continue;
                    var descriptor = placeholder ? Descriptors.PlaceholderAccountId : Descriptors.HardcodedAccountId;
                    if (once.TryClaim(descriptor.Id, part.Location))
                        ctx.ReportDiagnostic(Diagnostic.Create(descriptor, part.Location, FixValue.Properties(id), id));
                }
            }
        });
    }

    /// <summary>
    /// The whole value, the account field of an ARN (<c>arn:aws:iam::111111111111:root</c>), or an ECR
    /// registry host (<c>111111111111.dkr.ecr…</c>).
    /// </summary>
    private static bool IsAccountPosition(string shape, int index, int length)
    {
        if (index == 0 && length == shape.Length)
            return true;
        var before = index > 0 ? shape[index - 1] : '\0';
        var after = index + length < shape.Length ? shape.Substring(index + length) : "";
        if (before == ':' && (after.Length == 0 || after[0] is ':' or '/') && shape.StartsWith("arn:", System.StringComparison.Ordinal))
            return true;
        return (index == 0 || before is '/' or '@') && after.StartsWith(".dkr.ecr.", System.StringComparison.Ordinal);
    }
}

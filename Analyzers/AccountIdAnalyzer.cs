using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>CDK201 (hardcoded account id) and CDK202 (placeholder account id), reported at the literal.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AccountIdAnalyzer : CdkAnalyzer
{
    /// <summary>Documentation and sample ids that no real account has.</summary>
    internal static readonly ImmutableHashSet<string> PlaceholderIds = ImmutableHashSet.Create(
        "123456789012", "012345678901", "111122223333", "444455556666", "777788889999");

    /// <summary>Twelve digits that stand alone: not part of a longer number.</summary>
    private static readonly Regex TwelveDigits = new(@"(?<![0-9])[0-9]{12}(?![0-9])", RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HardcodedAccountId, Descriptors.PlaceholderAccountId);

    private protected override void OnCdkCompilationStart(CompilationStartAnalysisContext context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        CdkValueSinks.Register(context, (ctx, operation) =>
        {
            if (StackTestFiles.IsStackTest(operation.Syntax.SyntaxTree, ctx.CancellationToken))
                return;
            var value = ValueResolver.ResolveString(operation, cdk, ctx.CancellationToken);
            if (value is null)
                return;
            var shape = Shape(value);
            var isLayerArn = shape.Contains(":lambda:") && shape.Contains(":layer:");
            var offset = 0;
            foreach (var part in value.Parts)
            {
                var start = offset;
                offset += part.Kind == ValueKind.Text ? part.Text!.Length : 1;
                if (part.Kind != ValueKind.Text || StackTestFiles.IsStackTest(part.Location.SourceTree, ctx.CancellationToken))
                    continue;
                foreach (Match match in TwelveDigits.Matches(part.Text!))
                {
                    if (!IsAccountPosition(shape, start + match.Index, match.Length))
                        continue;
                    var id = match.Value;
                    var tree = part.Location.SourceTree ?? operation.Syntax.SyntaxTree;
                    if (CdkOptions.GetAllowedAccountIds(ctx.Options, tree).Contains(id))
                        continue;
                    var descriptor = IsPlaceholder(id) ? Descriptors.PlaceholderAccountId : Descriptors.HardcodedAccountId;
                    if (descriptor == Descriptors.HardcodedAccountId && isLayerArn)
                        continue;
                    if (once.TryClaim(descriptor.Id, part.Location))
                        ctx.ReportDiagnostic(Diagnostic.Create(descriptor, part.Location, id));
                }
            }
        });
    }

    public static bool IsPlaceholder(string id) => PlaceholderIds.Contains(id) || id.All(c => c == id[0]);

    /// <summary>The value's text with every unknown piece as a single NUL, so positions can be checked in context.</summary>
    private static string Shape(StringValue value)
        => string.Concat(value.Parts.Select(p => p.Kind == ValueKind.Text ? p.Text : "\0"));

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

using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>CDK203: a region code inside an ARN or a service endpoint, reported at the literal.</summary>
public sealed class HardcodedRegionAnalyzer : CdkAnalyzer
{
    /// <summary>Region codes of every partition: us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1, …</summary>
    private static readonly Regex RegionCode = new(
        @"(?<![a-z0-9-])(us|eu|ap|sa|ca|me|af|il|mx|cn)(-gov|-iso[a-z]?)?-(north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]{1,2}(?![0-9])",
        RegexOptions.CultureInvariant);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HardcodedRegion);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var once = new ReportOnce();
        var patterns = cdk.PlaceholderPatterns;
        var stackTests = cdk.StackTests;
        var arnRegion = new CdkMembers(cdk, ("Amazon.CDK.ArnComponents", "Region"));
        cdk.ValueSinks.Register(context, (ctx, sink) =>
        {
            if (stackTests.Contains(sink.Value.Operation.Syntax.SyntaxTree, ctx.CancellationToken))
                return;
            // ArnComponents.Region is an ARN's region field, written on its own.
            var isArnField = arnRegion.Contains(sink.Member);
            foreach (var value in sink.Strings(ctx.CancellationToken))
                Check(ctx, sink, value, isArnField);
        });

        void Check(OperationAnalysisContext ctx, SinkValue sink, StringValue value, bool isArnField)
        {
            // A region code has a dash followed by a digit; most text (construct ids) has none.
            if (!value.Parts.Any(p => p.Kind == ValueKind.Text && MayHoldRegion(p.Text!)))
                return;
            // What is written with a placeholder (CDK202/CDK204) is replaced whole: no region diagnostic in it.
            var replacedWhole = Placeholders.WrittenWithPlaceholder(value, sink, patterns, ctx.Options, cdk, ctx.CancellationToken);
            var shape = value.Shape;
            foreach (var (part, offset) in value.TextParts)
            {
                // A cdk.json context value is configuration a deploy can override, not a region written in code.
                if (!MayHoldRegion(part.Text!) || part.IsFromConfiguration || part.Syntax.SyntaxTree is not { } tree || stackTests.Contains(tree, ctx.CancellationToken)
                    || replacedWhole?.Contains(Placeholders.WrittenIn(part.Syntax)) == true)
                {
                    continue;
                }
                foreach (Match match in RegionCode.Matches(part.Text!))
                {
                    var isRegionField = isArnField ? match.Index + offset == 0 && match.Length == shape.Length : IsArnOrEndpointRegion(shape, offset + match.Index, match.Length);
                    if (isRegionField && part.LocationOf(match.Index, match.Length) is var at && once.TryClaim(RuleIds.HardcodedRegion, at))
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.HardcodedRegion, at, FixValue.Properties(match.Value), match.Value));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// An ACM certificate or a global (CloudFront) web ACL in us-east-1: CloudFront takes them from there whatever the
    /// stack's region, so the region is not the stack's, and writing the stack's region instead would break it.
    /// </summary>
    private static bool IsWhereCloudFrontRequires(string shape, int arnStart)
        => StartsAt(shape, arnStart, "arn:aws:acm:us-east-1:")
            || (StartsAt(shape, arnStart, "arn:aws:wafv2:us-east-1:") && shape.IndexOf(":global/", arnStart, System.StringComparison.Ordinal) > 0);

    private static bool StartsAt(string text, int index, string prefix)
        => string.CompareOrdinal(text, index, prefix, 0, prefix.Length) == 0;

    private static bool MayHoldRegion(string text)
    {
        for (var i = text.IndexOf('-'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('-', i + 1))
        {
            if (char.IsDigit(text[i + 1]))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The region field of an ARN (<c>arn:aws:sns:us-east-1:…</c>) or part of an AWS endpoint host
    /// (<c>sqs.eu-west-1.amazonaws.com</c>). A region that is the whole value is configuration; so is the region a
    /// Serverless Application Repository application was published in (its ARN is its id, deployable from any region).
    /// </summary>
    private static bool IsArnOrEndpointRegion(string shape, int index, int length)
    {
        if (Arns.FieldAt(shape, index, out var arnStart) == Arns.RegionField && index + length < shape.Length && shape[index + length] == ':')
            return !IsWhereCloudFrontRequires(shape, arnStart) && !StartsAt(shape, arnStart, "arn:aws:serverlessrepo:");
        var rest = shape.Substring(index + length);
        return rest.StartsWith(".amazonaws.com", System.StringComparison.Ordinal)
            || rest.StartsWith(".api.aws", System.StringComparison.Ordinal)
            || System.Text.RegularExpressions.Regex.IsMatch(rest, @"^\.[a-z0-9.-]*amazonaws\.com");
    }
}

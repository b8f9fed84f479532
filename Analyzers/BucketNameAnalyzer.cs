using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdkAnalyzers;

/// <summary>
/// CDK102: an S3 bucket name that breaks the naming rules (error, at the literal), or that is built from the stack
/// name or a construct id, which may hold uppercase letters (warning, at that expression). ECR repository names:
/// the lowercase rule only. Property <see cref="CanLowercaseProperty"/> tells the fix whether the derived piece is a
/// concrete string at synth (this.StackName, the id parameter, Node.Id) that ToLowerInvariant() can fix.
/// </summary>
public sealed class BucketNameAnalyzer : CdkAnalyzer
{
    public const string CanLowercaseProperty = "CanLowercase";

    private static readonly Regex Ipv4 = new(@"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$", RegexOptions.CultureInvariant);
    private static readonly string[] ReservedPrefixes = { "xn--", "sthree-", "amzn-s3-demo-" };
    private static readonly string[] ReservedSuffixes = { "-s3alias", "--ol-s3", ".mrap", "--x-s3" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidBucketName);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        // The L1 constructs too: the escape hatch ((CfnBucket)bucket.Node.DefaultChild).BucketName = "…".
        var bucketProps = cdk.Types("Amazon.CDK.AWS.S3.BucketProps", "Amazon.CDK.AWS.S3.CfnBucketProps", "Amazon.CDK.AWS.S3.CfnBucket");
        var repositoryProps = cdk.Types("Amazon.CDK.AWS.ECR.RepositoryProps", "Amazon.CDK.AWS.ECR.CfnRepositoryProps", "Amazon.CDK.AWS.ECR.CfnRepository");
        var once = new ReportOnce();
        context.RegisterInBlocks(ctx =>
        {
            var assignment = (ISimpleAssignmentOperation)ctx.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Property: { Name: "BucketName" or "RepositoryName" } property })
                return;
            var isBucket = property.Name == "BucketName" && CdkTypes.IsOneOf(property.ContainingType, bucketProps);
            var isRepository = property.Name == "RepositoryName" && CdkTypes.IsOneOf(property.ContainingType, repositoryProps);
            if (!isBucket && !isRepository)
                return;
            foreach (var value in cdk.Values.Strings(new Origin(assignment.Value), ctx.CancellationToken))
                Check(ctx, value, isBucket, assignment.Value.Syntax);
        }, OperationKind.SimpleAssignment);

        void Check(OperationAnalysisContext ctx, StringValue value, bool isBucket, SyntaxNode given)
        {
            var kind = isBucket ? "Bucket" : "Repository";
            if ((isBucket ? BrokenBucketRule(value) : BrokenLowercaseRule(value)) is { } broken)
            {
                // At the piece that breaks the rule: the first with a capital, else the first with a character the rule
                // forbids, else the first.
                var texts = value.TextParts.Select(p => p.Part).ToList();
                var part = texts.FirstOrDefault(p => p.Text!.Any(char.IsUpper)) is { Syntax: not null } upper ? upper
                    : texts.FirstOrDefault(p => p.Text!.Any(c => !IsAllowed(c))) is { Syntax: not null } forbidden ? forbidden
                    : texts.FirstOrDefault();
                var at = part.WrittenLocation ?? given.GetLocation();
                if (once.TryClaim(RuleIds.InvalidBucketName, at))
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidBucketName, at, $"{kind} name {broken}"));
                return;
            }

            foreach (var part in value.Parts.Where(p => p.Kind is ValueKind.StackName or ValueKind.ConstructId && !p.IsLowercased))
            {
                // new DocsStack(app, "docs") wherever the class is created: its id holds no capital.
                if (part.Kind == ValueKind.ConstructId && cdk.Values.IdsEveryCreationGives(part.Syntax, ctx.CancellationToken) is { } ids
                    && ids.All(id => id.All(IsAllowed)))
                {
                    continue;
                }
                var source = part.Kind == ValueKind.StackName ? "the stack name" : "a construct id";
                var properties = ImmutableDictionary<string, string?>.Empty.Add(CanLowercaseProperty, part.IsToken ? "false" : "true");
                if (once.TryClaim(RuleIds.InvalidBucketName, part.Location))
                {
                    ctx.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidBucketName, part.Location, DiagnosticSeverity.Warning, null, properties,
                        $"{kind} name is built from {source}, which may contain uppercase letters"));
                }
            }
        }
    }

    /// <summary>The S3 naming rule the known parts already break, or null.</summary>
    internal static string? BrokenBucketRule(StringValue value)
    {
        var texts = value.Parts.Select(p => p.Kind == ValueKind.Text ? p.Text! : null).ToList();
        var known = string.Concat(texts.Where(t => t is not null));
        var first = texts.FirstOrDefault();
        var last = texts.LastOrDefault();
        if (BrokenLowercaseRule(value) is { } lowercase)
            return lowercase;
        if (known.Any(c => !IsAllowed(c)))
            return "may only contain lowercase letters, digits, '.' and '-'";
        if (known.Length > 63)
            return $"is {known.Length} characters long; the limit is 63";
        if (value.IsKnown && known.Length < 3)
            return "must be at least 3 characters long";
        if (texts.Any(t => t?.Contains("..") == true))
            return "must not contain '..'";
        if (first is { Length: > 0 } && !char.IsLetterOrDigit(first[0]))
            return "must start with a letter or digit";
        if (last is { Length: > 0 } && !char.IsLetterOrDigit(last[last.Length - 1]))
            return "must end with a letter or digit";
        if (value.IsKnown && Ipv4.IsMatch(known))
            return "must not look like an IP address";
        if (first is not null && ReservedPrefixes.FirstOrDefault(p => first.StartsWith(p, System.StringComparison.Ordinal)) is { } prefix)
            return $"must not start with '{prefix}'";
        if (last is not null && ReservedSuffixes.FirstOrDefault(s => last.EndsWith(s, System.StringComparison.Ordinal)) is { } suffix)
            return $"must not end with '{suffix}'";
        return null;
    }

    private static bool IsAllowed(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-';

    private static string? BrokenLowercaseRule(StringValue value)
        => value.TextParts.Any(p => p.Part.Text!.Any(char.IsUpper)) ? "must not contain uppercase letters" : null;
}

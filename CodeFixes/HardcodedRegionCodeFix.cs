using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK203: interpolate the <c>Aws.REGION</c> token where the ARN or endpoint names a region.</summary>
[FixSummary(RuleIds.HardcodedRegion, "Interpolate `Aws.REGION`")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedRegionCodeFix)), Shared]
public sealed class HardcodedRegionCodeFix : CdkCodeFix
{
    /// <summary>The region becomes the <c>Aws.REGION</c> token, interpolated.</summary>
    public const string UseRegionTokenKey = "CDK203.UseRegionToken";

    public HardcodedRegionCodeFix()
        : base(RuleIds.HardcodedRegion)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        // A literal that is the region alone ("us-east-1", a default) is reported for the ARN it flows into; its other
        // uses may be configuration (an Environment's Region), which the token would change: no fix there.
        if (FixValue.From(site.Diagnostic) is { } region && !IsTheRegionAlone(site.Node, region)
            && TokenInterpolation.Replace(site.Node, region, "REGION") is not null)
            yield return CodeAction.Create("Use the Aws.REGION token", ct => ApplyAsync(site.Document, site.Node, region, ct), UseRegionTokenKey);
    }

    private static bool IsTheRegionAlone(SyntaxNode node, string region)
        => node is LiteralExpressionSyntax literal && literal.Token.ValueText == region;

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode node, string region, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || TokenInterpolation.Replace(node, region, "REGION") is not { } nodes)
            return document;
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(FixEditing.ReplaceWith(root, node, nodes)), cancellationToken).ConfigureAwait(false);
    }
}

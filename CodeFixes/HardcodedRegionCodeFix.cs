using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

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
        if (FixValue.From(site.Diagnostic) is { } region && TokenInterpolation.Replace(site.Node, region, "REGION") is not null)
            yield return CodeAction.Create("Use the Aws.REGION token", ct => ApplyAsync(site.Document, site.Node, region, ct), UseRegionTokenKey);
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode node, string region, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || TokenInterpolation.Replace(node, region, "REGION") is not { } nodes)
            return document;
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(FixEditing.ReplaceWith(root, node, nodes)), cancellationToken).ConfigureAwait(false);
    }
}

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
        // uses may be configuration (an Environment's Region), which the token would change: no fix there — unless it
        // is written as a piece of the ARN itself (string.Format("arn:aws:sqs:{0}:…", "us-east-1", …)).
        if (FixValue.From(site.Diagnostic) is not { } region)
            yield break;
        if (IsTheRegionAlone(site.Node, region))
        {
            if (IsAPieceOfAComposedString(site.Node))
                yield return CodeAction.Create("Use the Aws.REGION token", ct => ApplyTokenAsync(site.Document, site.Node, ct), UseRegionTokenKey);
        }
        else if (TokenInterpolation.Replace(site.Node, region, "REGION") is not null)
        {
            yield return CodeAction.Create("Use the Aws.REGION token", ct => ApplyAsync(site.Document, site.Node, region, ct), UseRegionTokenKey);
        }
    }

    /// <summary>An argument of <c>string.Format</c>, <c>string.Join</c> or <c>string.Concat</c>, written there and nowhere else.</summary>
    private static bool IsAPieceOfAComposedString(SyntaxNode node)
        => node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            && call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Format" or "Join" or "Concat" } member
            && member.Expression.ToString() is "string" or "String" or "System.String";

    private static async Task<Document> ApplyTokenAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        var token = FixEditing.ParseExpression("Amazon.CDK.Aws.REGION", "Amazon.CDK.Aws").WithTriviaFrom(node);
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(root.ReplaceNode(node, token)), cancellationToken).ConfigureAwait(false);
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

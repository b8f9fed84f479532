using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK203: interpolate the <c>Aws.REGION</c> token where the ARN or endpoint names a region.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedRegionCodeFix)), Shared]
public sealed class HardcodedRegionCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardcodedRegion);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (FixValue.From(diagnostic) is not { } region || TokenInterpolation.Replace(node, region, "REGION") is null)
                continue;
            context.RegisterCodeFix(
                CodeAction.Create("Use the Aws.REGION token", ct => ApplyAsync(context.Document, node, region, ct), "CDK203.UseStackRegion"),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode node, string region, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || TokenInterpolation.Replace(node, region, "REGION") is not { } nodes)
            return document;
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(FixEditing.ReplaceWith(root, node, nodes)), cancellationToken).ConfigureAwait(false);
    }
}

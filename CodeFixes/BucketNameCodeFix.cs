using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>
/// CDK102: lowercase the literal; call ToLowerInvariant() on a derived piece that is a concrete string at synth
/// (this.StackName, a construct id); or remove the name and let CloudFormation generate one.
/// </summary>
[FixSummary(RuleIds.InvalidBucketName, "Lowercase; `ToLowerInvariant()`; remove the name")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BucketNameCodeFix)), Shared]
public sealed class BucketNameCodeFix : CdkCodeFix
{
    /// <summary>A literal name is written in lowercase.</summary>
    public const string LowercaseKey = "CDK102.Lowercase";

    /// <summary>A name built from a concrete string (this.StackName, the id) calls ToLowerInvariant().</summary>
    public const string ToLowerInvariantKey = "CDK102.ToLowerInvariant";

    /// <summary>The name is removed and CloudFormation generates one.</summary>
    public const string RemoveNameKey = "CDK102.RemoveName";

    public BucketNameCodeFix()
        : base(RuleIds.InvalidBucketName)
    {
    }

    private protected override async Task<IEnumerable<CodeAction>> FixesAsync(FixSite site, CancellationToken cancellationToken)
    {
        var model = await site.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return Fixes(site, model, cancellationToken).ToList();
    }

    private static IEnumerable<CodeAction> Fixes(FixSite site, SemanticModel? model, CancellationToken cancellationToken)
    {
        var node = site.Node;
        if (Lowercased(node) is { } lowercased)
            yield return CodeAction.Create("Lowercase the name", ct => ReplaceAsync(site.Document, node, lowercased, ct), LowercaseKey);
        if (site.Diagnostic.Properties.TryGetValue(BucketNameAnalyzer.CanLowercaseProperty, out var can) && can == "true" && node is ExpressionSyntax expression)
        {
            var call = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression, expression.WithoutTrivia(), SyntaxFactory.IdentifierName("ToLowerInvariant")))
                .WithTriviaFrom(expression);
            yield return CodeAction.Create("Call ToLowerInvariant()", ct => ReplaceAsync(site.Document, node, call, ct), ToLowerInvariantKey);
        }
        if (NameSetting(node) is { } setting && model is not null && FixEditing.SetsALibraryProperty(setting, model, cancellationToken))
            yield return CodeAction.Create("Remove the name and let CloudFormation generate one", ct => FixEditing.RemoveAsync(site.Document, setting, ct), RemoveNameKey);
    }

    /// <summary>The literal or interpolation text in lowercase, when lowercasing changes it.</summary>
    private static SyntaxNode? Lowercased(SyntaxNode node)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText.Any(char.IsUpper):
                return literal.WithToken(SyntaxFactory.Literal(literal.Token.ValueText.ToLowerInvariant())).WithTriviaFrom(literal);
            case InterpolatedStringTextSyntax text when text.TextToken.ValueText.Any(char.IsUpper):
                var raw = text.TextToken.Text.ToLowerInvariant();
                return text.WithTextToken(SyntaxFactory.Token(default, SyntaxKind.InterpolatedStringTextToken, raw, text.TextToken.ValueText.ToLowerInvariant(), default));
            default:
                return null;
        }
    }

    /// <summary>The <c>BucketName = …</c> / <c>RepositoryName = …</c> setting that holds the node.</summary>
    private static AssignmentExpressionSyntax? NameSetting(SyntaxNode node)
        => node.AncestorsAndSelf().OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: "BucketName" or "RepositoryName" }
                || a.Left is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BucketName" or "RepositoryName" }) is { } setting
            && FixEditing.RemovalOf(setting) is not null
                ? setting
                : null;

    private static async Task<Document> ReplaceAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}

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
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BucketNameCodeFix)), Shared]
public sealed class BucketNameCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.InvalidBucketName);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Lowercased(node) is { } lowercased)
            {
                context.RegisterCodeFix(CodeAction.Create("Lowercase the name",
                    ct => ReplaceAsync(context.Document, node, lowercased, ct), "CDK102.Lowercase"), diagnostic);
            }
            if (diagnostic.Properties.TryGetValue(BucketNameAnalyzer.CanLowercaseProperty, out var can) && can == "true" && node is ExpressionSyntax expression)
            {
                var call = SyntaxFactory.InvocationExpression(SyntaxFactory.MemberAccessExpression(
                    SyntaxKind.SimpleMemberAccessExpression, expression.WithoutTrivia(), SyntaxFactory.IdentifierName("ToLowerInvariant")))
                    .WithTriviaFrom(expression);
                context.RegisterCodeFix(CodeAction.Create("Call ToLowerInvariant()",
                    ct => ReplaceAsync(context.Document, node, call, ct), "CDK102.ToLowerInvariant"), diagnostic);
            }
            if (NameSetting(node) is { } setting)
            {
                context.RegisterCodeFix(CodeAction.Create("Remove the name and let CloudFormation generate one",
                    ct => FixEditing.RemoveAsync(context.Document, setting, ct), "CDK102.RemoveName"), diagnostic);
            }
        }
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
    private static SyntaxNode? NameSetting(SyntaxNode node)
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

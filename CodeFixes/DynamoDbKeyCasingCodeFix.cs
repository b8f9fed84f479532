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

/// <summary>CDK401: rename the key in every place the table's definition writes it (schema and definitions together).</summary>
[FixSummary(RuleIds.DynamoDbKeyCasing, "Rename to the table's convention")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DynamoDbKeyCasingCodeFix)), Shared]
public sealed class DynamoDbKeyCasingCodeFix : CdkCodeFix
{
    /// <summary>Every occurrence of the name in the table's definition is renamed to its convention.</summary>
    public const string RenameKey = "CDK401.Rename";

    public DynamoDbKeyCasingCodeFix()
        : base(RuleIds.DynamoDbKeyCasing)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        if (site.Diagnostic.Properties.TryGetValue(DynamoDbKeyCasingAnalyzer.NewNameProperty, out var newName) && newName is not null
            && Literals(site.Root, site.Diagnostic) is not null)
        {
            yield return CodeAction.Create($"Rename to '{newName}'", ct => RenameAsync(site.Document, site.Diagnostic, newName, ct), RenameKey);
        }
    }

    private static async Task<Document> RenameAsync(Document document, Diagnostic diagnostic, string newName, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || Literals(root, diagnostic) is not { } literals)
            return document;
        var newRoot = root.ReplaceNodes(literals, (original, _) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(newName)).WithTriviaFrom(original));
        return document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The string literal written at each use, or null when one of the uses is not a literal in this document.</summary>
    private static List<LiteralExpressionSyntax>? Literals(SyntaxNode root, Diagnostic diagnostic)
    {
        var literals = new List<LiteralExpressionSyntax>();
        foreach (var location in new[] { diagnostic.Location }.Concat(diagnostic.AdditionalLocations))
        {
            if (location.SourceTree != root.SyntaxTree)
                return null;
            var node = root.FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            // The name written where it is reported (a helper's argument Key("sk"), an element of a list of keys), or assigned
            // in place (Name = "sk"); not a constant's value, which other code may read.
            var literal = node is LiteralExpressionSyntax { Parent: not EqualsValueClauseSyntax } written
                ? written
                : node.FirstAncestorOrSelf<AssignmentExpressionSyntax>()?.Right as LiteralExpressionSyntax;
            if (literal is null || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                return null;
            literals.Add(literal);
        }
        return literals;
    }
}

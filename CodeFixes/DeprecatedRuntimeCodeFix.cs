using System.Collections.Generic;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>
/// CDK108: write the runtime's successor where the runtime is written — <c>Runtime.DOTNET_10</c> when this CDK
/// version has the member, else <c>new Runtime("dotnet10", RuntimeFamily.DOTNET_CORE)</c>; the identifier in a
/// string or in <c>new Runtime("…")</c>.
/// </summary>
[FixSummary(RuleIds.DeprecatedRuntime, "Replace with the runtime's successor")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeprecatedRuntimeCodeFix)), Shared]
public sealed class DeprecatedRuntimeCodeFix : CdkCodeFix
{
    /// <summary>The runtime becomes its successor.</summary>
    public const string UseSuccessorKey = "CDK108.UseSuccessor";

    public DeprecatedRuntimeCodeFix()
        : base(RuleIds.DeprecatedRuntime)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        var properties = site.Diagnostic.Properties;
        if (!properties.TryGetValue(DeprecatedRuntimeAnalyzer.ReplacementProperty, out var replacement) || replacement is null
            || !properties.TryGetValue(DeprecatedRuntimeAnalyzer.FamilyProperty, out var family) || family is null)
        {
            yield break;
        }
        properties.TryGetValue(DeprecatedRuntimeAnalyzer.ReplacementMemberProperty, out var member);
        if (Replace(site.Node, replacement, family, member) is { } edit)
            yield return CodeAction.Create($"Use {replacement}", ct => ApplyAsync(site.Document, edit.Node, edit.Replacement, ct), UseSuccessorKey);
    }

    /// <summary>The node to replace and what replaces it; null where the runtime is not written as a member, a literal or a creation with a literal.</summary>
    private static (SyntaxNode Node, SyntaxNode Replacement)? Replace(SyntaxNode node, string identifier, string family, string? member)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(identifier));
        switch (node)
        {
            case LiteralExpressionSyntax text when text.IsKind(SyntaxKind.StringLiteralExpression):
                return (text, literal.WithTriviaFrom(text));
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } when arguments[0].Expression is LiteralExpressionSyntax name:
                return (name, literal.WithTriviaFrom(name));
            case MemberAccessExpressionSyntax access when member is not null:
                return (access.Name, SyntaxFactory.IdentifierName(member).WithTriviaFrom(access.Name));
            case IdentifierNameSyntax name when member is not null:
                return (name, SyntaxFactory.IdentifierName(member).WithTriviaFrom(name));
            case MemberAccessExpressionSyntax or IdentifierNameSyntax:
                var creation = FixEditing.ParseExpression(
                    $"new global::Amazon.CDK.AWS.Lambda.Runtime(\"{identifier}\", global::Amazon.CDK.AWS.Lambda.RuntimeFamily.{family})",
                    "global::Amazon.CDK.AWS.Lambda.Runtime", "global::Amazon.CDK.AWS.Lambda.RuntimeFamily");
                return (node, creation.WithTriviaFrom(node));
        }
        return null;
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(root.ReplaceNode(node, replacement)), cancellationToken).ConfigureAwait(false);
    }
}

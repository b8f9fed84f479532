using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK101: remove the entry (the element, the index assignment, or the statement that adds it).</summary>
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ReservedEnvironmentVariableCodeFix)), Shared]
public sealed class ReservedEnvironmentVariableCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "CDK101.RemoveEntry";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReservedEnvironmentVariable);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        if (node is null || RemovalOf(node) is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Remove the reserved environment variable", ct => RemoveAsync(context.Document, node, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>What to remove or replace, or null when the entry cannot be removed cleanly.</summary>
    private static (SyntaxNode Node, SyntaxNode? Replacement)? RemovalOf(SyntaxNode node)
    {
        switch (node)
        {
            // { "AWS_REGION", "x" } and ["AWS_REGION"] = "x" inside an initializer.
            case InitializerExpressionSyntax { Parent: InitializerExpressionSyntax }:
            case AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax }:
                return (node, null);
            // env.Add("AWS_REGION", "x"); env["AWS_REGION"] = "x"; fn.AddEnvironment("AWS_REGION", "x");
            case ExpressionSyntax { Parent: ExpressionStatementSyntax statement }:
                return (statement, null);
            // fn.AddEnvironment("A", "b").AddEnvironment("AWS_REGION", "x") in a chain: keep the receiver.
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member }:
                return (node, member.Expression.WithTriviaFrom(node));
            default:
                return null;
        }
    }

    private static async Task<Document> RemoveAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || RemovalOf(node) is not { } removal)
            return document;
        var newRoot = removal.Replacement is null
            ? root.RemoveNode(removal.Node, SyntaxRemoveOptions.KeepUnbalancedDirectives)
            : root.ReplaceNode(removal.Node, removal.Replacement);
        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }
}

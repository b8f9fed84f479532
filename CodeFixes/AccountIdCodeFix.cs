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
/// CDK201: replace a hardcoded account id with the stack's account — <c>Stack.Of(this).Account</c> for a whole
/// value inside a construct, the <c>Aws.ACCOUNT_ID</c> token inside ARNs and other strings.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AccountIdCodeFix)), Shared]
public sealed class AccountIdCodeFix : CodeFixProvider
{
    private const string AwsStack = "global::Amazon.CDK.Stack";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.HardcodedAccountId);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (FixValue.From(diagnostic) is not { } id || Replacement(node, id, model, context.CancellationToken) is not { } replacement)
                continue;
            var title = replacement.UsesStack ? "Use Stack.Of(this).Account" : "Use the Aws.ACCOUNT_ID token";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ApplyAsync(context.Document, node, id, ct), "CDK201.UseStackAccount"),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode node, string id, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Replacement(node, id, model, cancellationToken) is not { } replacement)
            return document;
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(FixEditing.ReplaceWith(root, node, replacement.Nodes)), cancellationToken).ConfigureAwait(false);
    }

    private sealed class Edit
    {
        public Edit(IReadOnlyList<SyntaxNode> nodes, bool usesStack)
        {
            Nodes = nodes;
            UsesStack = usesStack;
        }

        public IReadOnlyList<SyntaxNode> Nodes { get; }
        public bool UsesStack { get; }
    }

    private static Edit? Replacement(SyntaxNode node, string id, SemanticModel model, CancellationToken cancellationToken)
    {
        if (node is LiteralExpressionSyntax literal && literal.Token.ValueText == id)
        {
            // A whole account value becomes the stack's account, which only a construct can name; elsewhere (an
            // Environment in Program.cs, a helper) the right account is the user's call.
            if (TokenInterpolation.MustBeConstant(literal) || !FixEditing.CanUseThisAsConstruct(literal, model, cancellationToken))
                return null;
            var expression = FixEditing.ParseExpression(AwsStack + ".Of(this).Account", AwsStack);
            return new Edit(new[] { expression.WithTriviaFrom(literal) }, true);
        }
        return TokenInterpolation.Replace(node, id, "ACCOUNT_ID") is { } nodes ? new Edit(nodes, false) : null;
    }
}

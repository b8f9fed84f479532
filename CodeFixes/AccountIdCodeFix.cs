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
[FixSummary(RuleIds.HardcodedAccountId, "`Stack.Of(this).Account` / `Aws.ACCOUNT_ID`")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AccountIdCodeFix)), Shared]
public sealed class AccountIdCodeFix : CdkCodeFix
{
    private const string AwsStack = "global::Amazon.CDK.Stack";

    /// <summary>A whole account value becomes <c>Stack.Of(this).Account</c>.</summary>
    public const string UseStackAccountKey = "CDK201.UseStackAccount";

    /// <summary>An account inside an ARN or other string becomes the <c>Aws.ACCOUNT_ID</c> token.</summary>
    public const string UseAccountTokenKey = "CDK201.UseAccountToken";

    public AccountIdCodeFix()
        : base(RuleIds.HardcodedAccountId)
    {
    }

    private protected override async Task<IEnumerable<CodeAction>> FixesAsync(FixSite site, CancellationToken cancellationToken)
    {
        var model = await site.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || FixValue.From(site.Diagnostic) is not { } id || Replacement(site.Node, id, model, cancellationToken) is not { } replacement)
            return Enumerable.Empty<CodeAction>();
        var title = replacement.UsesStack ? "Use Stack.Of(this).Account" : "Use the Aws.ACCOUNT_ID token";
        return new[] { CodeAction.Create(title, ct => ApplyAsync(site.Document, site.Node, id, ct), replacement.UsesStack ? UseStackAccountKey : UseAccountTokenKey) };
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

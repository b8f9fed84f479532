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
/// value inside a construct, the <c>Aws.ACCOUNT_ID</c> token elsewhere and inside ARNs.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AccountIdCodeFix)), Shared]
public sealed class AccountIdCodeFix : CodeFixProvider
{
    private const string EquivalenceKey = "CDK201.UseStackAccount";
    private const string AwsToken = "global::Amazon.CDK.Aws";
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
            var id = root.GetText().ToString(diagnostic.Location.SourceSpan) is var text ? FindAccountId(text) : null;
            if (id is null || Replacement(node, id, model, context.CancellationToken) is not { } replacement)
                continue;
            var title = replacement.UsesStack ? "Use Stack.Of(this).Account" : "Use the Aws.ACCOUNT_ID token";
            context.RegisterCodeFix(
                CodeAction.Create(title, ct => ApplyAsync(context.Document, node, id, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> ApplyAsync(Document document, SyntaxNode node, string id, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || Replacement(node, id, model, cancellationToken) is not { } replacement)
            return document;
        var newRoot = replacement.Nodes.Count == 1
            ? root.ReplaceNode(node, replacement.Nodes[0])
            : root.ReplaceNode(node, replacement.Nodes);
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
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

    private static string? FindAccountId(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, "(?<![0-9])[0-9]{12}(?![0-9])");
        return match.Success ? match.Value : null;
    }

    /// <summary>The replacement for the literal or interpolation text, or null when none compiles there.</summary>
    private static Edit? Replacement(SyntaxNode node, string id, SemanticModel model, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && !MustBeConstant(literal):
            {
                if (literal.Token.ValueText == id)
                {
                    var useStack = CanUseThis(literal, model, cancellationToken);
                    var expression = useStack
                        ? FixEditing.ParseExpression(AwsStack + ".Of(this).Account", AwsStack)
                        : FixEditing.ParseExpression(AwsToken + ".ACCOUNT_ID", AwsToken);
                    return new Edit(new[] { expression.WithTriviaFrom(literal) }, useStack);
                }
                var escaped = SymbolDisplay.FormatLiteral(literal.Token.ValueText, quote: false).Replace("{", "{{").Replace("}", "}}");
                return new Edit(new[] { Interpolated("$\"", escaped, id).WithTriviaFrom(literal) }, false);
            }
            case InterpolatedStringTextSyntax { Parent: InterpolatedStringExpressionSyntax parent } text
                when !parent.StringStartToken.Text.Contains("\"\"\""):
            {
                // The raw text is already escaped for this kind of string, and digits need no escaping.
                var replacement = Interpolated(parent.StringStartToken.Text, text.TextToken.Text, id);
                return new Edit(replacement.Contents.ToList(), false);
            }
            default:
                return null;
        }
    }

    /// <summary>An interpolated string whose escaped text has each occurrence of the id replaced by the account token.</summary>
    private static InterpolatedStringExpressionSyntax Interpolated(string start, string escapedText, string id)
    {
        // No global:: here: inside an interpolation its colon would start a format string.
        const string aws = "Amazon.CDK.Aws";
        var code = start + escapedText.Replace(id, "{" + aws + ".ACCOUNT_ID}") + "\"";
        return (InterpolatedStringExpressionSyntax)FixEditing.ParseExpression(code, aws);
    }

    /// <summary>A const initializer, attribute argument or default value cannot hold a token.</summary>
    private static bool MustBeConstant(SyntaxNode node)
        => node.Ancestors().Any(a => a is AttributeArgumentSyntax or ParameterSyntax or CaseSwitchLabelSyntax
            || (a is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword))
            || (a is LocalDeclarationStatementSyntax local && local.IsConst));

    /// <summary><c>this</c> is usable and is a construct: an instance member body of a construct class.</summary>
    private static bool CanUseThis(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var member = node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax);
        if (member is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax))
            return false;
        if (member is ConstructorDeclarationSyntax { Initializer: { } initializer } && initializer.Span.Contains(node.Span))
            return false;
        var symbol = model.GetEnclosingSymbol(node.SpanStart, cancellationToken);
        for (var s = symbol; s is not null; s = s.ContainingSymbol)
        {
            if (s.IsStatic)
                return false;
            if (s is INamedTypeSymbol type)
                return DerivesFrom(type, "Constructs.Construct");
        }
        return false;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, string fullName)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString() == fullName)
                return true;
        }
        return false;
    }
}

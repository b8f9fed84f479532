using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace CdkAnalyzers.CodeFixes;

/// <summary>What every fix does after its edit: add the usings its new code needs, simplify names, format only what it wrote.</summary>
internal static class FixEditing
{
    /// <summary>
    /// Parses code in which CDK types are written fully qualified and marks just those type names (listed in
    /// <paramref name="types"/>, e.g. <c>global::Amazon.CDK.Aws</c>), so that <see cref="FinishAsync"/> adds the
    /// using and shortens them (<c>Aws.ACCOUNT_ID</c>) without shortening the member access itself.
    /// </summary>
    public static ExpressionSyntax ParseExpression(string code, params string[] types)
        => MarkTypes(SyntaxFactory.ParseExpression(code), types, addImports: true);

    public static StatementSyntax ParseStatement(string code, params string[] types)
        => MarkTypes(SyntaxFactory.ParseStatement(code), types, addImports: true);

    /// <summary>
    /// As <see cref="ParseExpression"/>, but without adding usings: the types are shortened only where that stays
    /// unambiguous. For code that names clashing types (Amazon.CDK.Environment and System.Environment).
    /// </summary>
    public static ExpressionSyntax ParseExpressionWithoutImports(string code, params string[] types)
        => MarkTypes(SyntaxFactory.ParseExpression(code), types, addImports: false);

    private static T MarkTypes<T>(T node, string[] types, bool addImports)
        where T : SyntaxNode
    {
        var typeNodes = node.DescendantNodesAndSelf()
            .Where(n => n is ExpressionSyntax or TypeSyntax && types.Contains(n.ToString()))
            .ToList();
        var annotations = addImports ? new[] { Simplifier.Annotation, Simplifier.AddImportsAnnotation } : new[] { Simplifier.Annotation };
        return node.ReplaceNodes(typeNodes, (_, rewritten) => rewritten.WithAdditionalAnnotations(annotations))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>
    /// How to remove an entry or a property setting: the element of an initializer (<c>{ "K", v }</c>,
    /// <c>["K"] = v</c>, <c>Name = v</c>), or the statement of a call or assignment; in a fluent chain, the call is
    /// replaced by its receiver. Null when it cannot be removed cleanly.
    /// </summary>
    public static (SyntaxNode Node, SyntaxNode? Replacement)? RemovalOf(SyntaxNode node)
        => node switch
        {
            InitializerExpressionSyntax { Parent: InitializerExpressionSyntax } => (node, null),
            AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } => (node, null),
            // An element of an array or a list (new[] { KeyValuePair.Create("K", v), … }, [(…), …]): the element.
            ExpressionSyntax { Parent: InitializerExpressionSyntax } when node.Parent.IsKind(SyntaxKind.ArrayInitializerExpression) || node.Parent.IsKind(SyntaxKind.CollectionInitializerExpression)
                => (node, null),
            ExpressionSyntax { Parent: ExpressionElementSyntax element } => (element, null),
            // The last call of a fluent chain: the rest of the chain stays.
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax } member }
                => (node, member.Expression.WithTriviaFrom(node)),
            // A statement of a block. One that an if without else holds alone goes with the if, where testing the
            // condition does nothing else; one that a loop or an else holds without braces has no place to leave empty.
            ExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } statement } => (statement, null),
            ExpressionSyntax { Parent: ExpressionStatementSyntax { Parent: IfStatementSyntax { Else: null, Parent: BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax } guard } }
                when TestsOnly(guard.Condition) => (guard, null),
            ExpressionSyntax { Parent: ExpressionStatementSyntax } => null,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => (node, member.Expression.WithTriviaFrom(node)),
            _ => null,
        };

    /// <summary>A condition that only reads: no call, creation, assignment, increment or await in it.</summary>
    private static bool TestsOnly(ExpressionSyntax condition)
        => !condition.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or AssignmentExpressionSyntax
            or AwaitExpressionSyntax || n.IsKind(SyntaxKind.PreIncrementExpression) || n.IsKind(SyntaxKind.PreDecrementExpression)
            || n.IsKind(SyntaxKind.PostIncrementExpression) || n.IsKind(SyntaxKind.PostDecrementExpression));

    /// <summary>
    /// A setting of a property the CDK declares (<c>BucketName</c> of <c>BucketProps</c>), not of the app's own options
    /// class: removing it leaves the construct to be named by CloudFormation, where removing the app's own setting
    /// would leave a required member unset or a default in its place.
    /// </summary>
    public static bool SetsALibraryProperty(AssignmentExpressionSyntax setting, SemanticModel model, CancellationToken cancellationToken)
        => model.GetSymbolInfo(setting.Left, cancellationToken).Symbol is IPropertySymbol { DeclaringSyntaxReferences.IsEmpty: true };

    /// <summary>Applies <see cref="RemovalOf"/> to the document; unchanged when the node cannot be removed cleanly.</summary>
    public static async Task<Document> RemoveAsync(Document document, SyntaxNode node, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || RemovalOf(node) is not { } removal)
            return document;
        // The last element of an initializer goes with the comma before it; its trailing space or line break stays
        // before the closing brace (`{ Versioned = true }`, not `{ Versioned = true}`).
        var isLastElement = removal.Node.Parent switch
        {
            InitializerExpressionSyntax initializer => initializer.Expressions.Count > 1 && initializer.Expressions.Last() == removal.Node
                && initializer.Expressions.SeparatorCount < initializer.Expressions.Count,
            CollectionExpressionSyntax collection => collection.Elements.Count > 1 && collection.Elements.Last() == removal.Node
                && collection.Elements.SeparatorCount < collection.Elements.Count,
            _ => false,
        };
        var options = isLastElement ? SyntaxRemoveOptions.KeepUnbalancedDirectives | SyntaxRemoveOptions.KeepTrailingTrivia : SyntaxRemoveOptions.KeepUnbalancedDirectives;
        var newRoot = removal.Replacement is null
            ? root.RemoveNode(removal.Node, options)
            : root.ReplaceNode(removal.Node, removal.Replacement);
        return newRoot is null ? document : document.WithSyntaxRoot(newRoot);
    }

    /// <summary>The statement, directly in a block, at the diagnostic's first additional location in this document.</summary>
    public static StatementSyntax? StatementAtAdditionalLocation(SyntaxNode root, Diagnostic diagnostic)
        => diagnostic.AdditionalLocations.FirstOrDefault() is { } location && location.SourceTree == root.SyntaxTree
            && root.FindNode(location.SourceSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<StatementSyntax>() is { Parent: BlockSyntax } statement
                ? statement
                : null;

    /// <summary>
    /// Inserts the statement <paramref name="build"/> writes right after the statement at the diagnostic's first
    /// additional location (a construct's creation), then finishes the document; unchanged when there is none.
    /// </summary>
    public static async Task<Document> InsertAfterAdditionalLocationAsync(Document document, Diagnostic diagnostic,
        Func<StatementSyntax, SemanticModel, StatementSyntax> build, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || StatementAtAdditionalLocation(root, diagnostic) is not { } statement)
            return document;
        var newRoot = InsertAfter(root, statement, build(statement, model));
        return await FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts a statement right after another, on its own line, indented like it.</summary>
    public static SyntaxNode InsertAfter(SyntaxNode root, StatementSyntax statement, StatementSyntax added)
        => root.InsertNodesAfter(statement, new[]
        {
            added.WithLeadingTrivia(statement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)))
                .WithTrailingTrivia(EndOfLine(root)),
        });

    /// <summary>Replaces a node by one node, or a list element (an interpolated string's text) by several.</summary>
    public static SyntaxNode ReplaceWith(SyntaxNode root, SyntaxNode node, IReadOnlyList<SyntaxNode> replacement)
        => node is InterpolatedStringContentSyntax
            ? root.ReplaceNode(node, replacement)
            : root.ReplaceNode(node, replacement.Single());

    /// <summary><c>this</c> is usable there and is a construct: an instance member body of a construct class.</summary>
    public static bool CanUseThisAsConstruct(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var member = node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax);
        if (member is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax))
            return false;
        if (member is ConstructorDeclarationSyntax { Initializer: { } initializer } && initializer.Span.Contains(node.Span))
            return false;
        for (var symbol = model.GetEnclosingSymbol(node.SpanStart, cancellationToken); symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol.IsStatic)
                return false;
            if (symbol is INamedTypeSymbol type)
                return CdkTypes.For(model.Compilation)?.IsConstruct(type) == true;
        }
        return false;
    }

    /// <summary>The end-of-line the document already uses, so inserted lines match their neighbours.</summary>
    public static SyntaxTrivia EndOfLine(SyntaxNode root)
    {
        var existing = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return SyntaxFactory.ElasticEndOfLine(existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing.ToString() : "\n");
    }

    public static async Task<Document> FinishAsync(Document document, CancellationToken cancellationToken)
    {
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

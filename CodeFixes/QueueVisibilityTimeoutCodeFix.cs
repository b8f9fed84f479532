using System.Collections.Generic;
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
/// CDK109: set the queue's visibility timeout to six times the consuming function's timeout plus its batching
/// window — <c>Duration.Seconds(n)</c> on a Queue, seconds on a CfnQueue — replacing the setting, or adding it to
/// the queue's props (written in place, or added as the props argument).
/// </summary>
[FixSummary(RuleIds.QueueVisibilityTimeout, "Set the visibility timeout")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(QueueVisibilityTimeoutCodeFix)), Shared]
public sealed class QueueVisibilityTimeoutCodeFix : CdkCodeFix
{
    /// <summary>The queue's visibility timeout becomes six times the function's timeout plus the batching window.</summary>
    public const string SetVisibilityTimeoutKey = "CDK109.SetVisibilityTimeout";

    private const string Duration = "global::Amazon.CDK.Duration";

    public QueueVisibilityTimeoutCodeFix()
        : base(RuleIds.QueueVisibilityTimeout)
    {
    }

    private protected override async Task<IEnumerable<CodeAction>> FixesAsync(FixSite site, CancellationToken cancellationToken)
    {
        var model = await site.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || !site.Diagnostic.Properties.TryGetValue(QueueVisibilityTimeoutAnalyzer.SecondsProperty, out var seconds) || seconds is null
            || Edit(site.Node, seconds, model, cancellationToken) is not { } edit)
        {
            return Enumerable.Empty<CodeAction>();
        }
        return new[]
        {
            CodeAction.Create($"Set the visibility timeout to {seconds} seconds", async ct =>
            {
                var root = await site.Document.GetSyntaxRootAsync(ct).ConfigureAwait(false);
                return root is null ? site.Document : await FixEditing.FinishAsync(site.Document.WithSyntaxRoot(root.ReplaceNode(edit.Node, edit.Replacement)), ct).ConfigureAwait(false);
            }, SetVisibilityTimeoutKey),
        };
    }

    private static (SyntaxNode Node, SyntaxNode Replacement)? Edit(SyntaxNode node, string seconds, SemanticModel model, CancellationToken cancellationToken)
    {
        if (CdkTypes.For(model.Compilation) is not { } cdk)
            return null;
        // VisibilityTimeout = …, in an initializer or a statement: a new value.
        if (node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } setting && SyntaxIndex.RightmostName(setting.Left) == "VisibilityTimeout")
        {
            var isDuration = SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(setting.Right, cancellationToken).ConvertedType, cdk.Type("Amazon.CDK.Duration"));
            return (setting.Right, Value(isDuration, seconds).WithTriviaFrom(setting.Right));
        }

        // new Queue(this, "Q", …) with no VisibilityTimeout written: add it.
        if (node is not BaseObjectCreationExpressionSyntax { ArgumentList: { } arguments } queue
            || model.GetSymbolInfo(queue, cancellationToken).Symbol is not IMethodSymbol { Parameters.Length: >= 3 } constructor)
        {
            return null;
        }
        var isL2 = SymbolEqualityComparer.Default.Equals(constructor.Parameters[2].Type, cdk.Type("Amazon.CDK.AWS.SQS.IQueueProps"));
        var assignment = SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, SyntaxFactory.IdentifierName("VisibilityTimeout"), Value(isL2, seconds));
        if (arguments.Arguments.Count >= 3)
        {
            if ((arguments.Arguments[2].Expression as BaseObjectCreationExpressionSyntax ?? PropsOnlyThisQueueUses(arguments.Arguments[2].Expression, model, cancellationToken)) is not { } props)
                return null;
            var initializer = props.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
            return (props, props.WithInitializer(initializer.AddExpressions(assignment)).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation));
        }
        var type = isL2 ? "global::Amazon.CDK.AWS.SQS.QueueProps" : "global::Amazon.CDK.AWS.SQS.CfnQueueProps";
        var newProps = FixEditing.ParseExpression($"new {type} {{ VisibilityTimeout = {Value(isL2, seconds)} }}", type, Duration);
        return (queue, queue.WithArgumentList(arguments.AddArguments(SyntaxFactory.Argument(newProps))));
    }

    /// <summary>
    /// <c>var props = new QueueProps { … }; new Queue(this, "Jobs", props);</c>: the local's creation, when this queue is
    /// the only thing that reads it (a props object shared by other queues is not changed for them); else null.
    /// </summary>
    private static BaseObjectCreationExpressionSyntax? PropsOnlyThisQueueUses(ExpressionSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument is not IdentifierNameSyntax name || model.GetSymbolInfo(name, cancellationToken).Symbol is not ILocalSymbol local
            || local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax props } declarator
            || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope)
        {
            return null;
        }
        var reads = scope.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Count(n => n.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, local));
        return reads == 1 ? props : null;
    }

    /// <summary><c>Duration.Seconds(n)</c> for an L2 queue, <c>n</c> for a CfnQueue.</summary>
    private static ExpressionSyntax Value(bool isDuration, string seconds)
        => isDuration ? FixEditing.ParseExpression($"{Duration}.Seconds({seconds})", Duration) : SyntaxFactory.ParseExpression(seconds);
}

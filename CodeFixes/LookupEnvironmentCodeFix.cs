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
/// CDK107: at the stack's creation (the diagnostic's additional location, often another file), set Env from
/// CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION — adding the props argument, the Env setting, or the missing half.
/// </summary>
[FixSummary(RuleIds.LookupWithoutEnvironment, "Add `Env` at the creation")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LookupEnvironmentCodeFix)), Shared]
public sealed class LookupEnvironmentCodeFix : CdkCodeFix
{
    private const string Account = "Account = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_ACCOUNT\")";
    private const string Region = "Region = System.Environment.GetEnvironmentVariable(\"CDK_DEFAULT_REGION\")";
    private static readonly string[] Types = { "Amazon.CDK.Environment", "System.Environment", "Amazon.CDK.StackProps" };

    /// <summary>The fix that sets Env at the stack's creation.</summary>
    public const string AddEnvironmentKey = "CDK107.AddEnv";

    public LookupEnvironmentCodeFix()
        : base(RuleIds.LookupWithoutEnvironment)
    {
    }

    private protected override async Task<IEnumerable<CodeAction>> FixesAsync(FixSite site, CancellationToken cancellationToken)
    {
        // Offered when there is an edit to make; the edit itself is formatted only when the fix is chosen.
        if (site.Diagnostic.AdditionalLocations.FirstOrDefault() is not { SourceTree: { } tree } creation
            || site.Document.Project.Solution.GetDocument(tree) is not { } document
            || await EditedRootAsync(document, creation, cancellationToken).ConfigureAwait(false) is null)
        {
            return Enumerable.Empty<CodeAction>();
        }
        return new[]
        {
            CodeAction.Create("Create the stack with Env from CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION",
                ct => ApplyAsync(document, creation, ct), AddEnvironmentKey),
        };
    }

    private static async Task<Solution> ApplyAsync(Document document, Location creation, CancellationToken cancellationToken)
    {
        if (await EditedRootAsync(document, creation, cancellationToken).ConfigureAwait(false) is not { } newRoot)
            return document.Project.Solution;
        var edited = await FixEditing.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
        return edited.Project.Solution;
    }

    /// <summary>The document's root with Env added at the creation, before formatting; null when there is nothing to add.</summary>
    private static async Task<SyntaxNode?> EditedRootAsync(Document document, Location creation, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(creation.SourceSpan, getInnermostNodeForTie: true) is not BaseObjectCreationExpressionSyntax node || model is null
            || model.GetSymbolInfo(node, cancellationToken).Symbol is not IMethodSymbol constructor)
        {
            return null;
        }
        var cdk = CdkTypes.For(model.Compilation);
        var stackProps = cdk?.Type("Amazon.CDK.IStackProps");
        var propsParameter = cdk is null ? null : constructor.Parameters.FirstOrDefault(p => cdk.Implements(p.Type, stackProps));
        if (propsParameter is null)
            return null;

        var arguments = node.ArgumentList?.Arguments ?? default;
        var propsArgument = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == propsParameter.Name);
        if (propsArgument is null && propsParameter.Ordinal < arguments.Count && arguments[propsParameter.Ordinal].NameColon is null)
            propsArgument = arguments[propsParameter.Ordinal];

        SyntaxNode newRoot;
        if (propsArgument is null)
        {
            var props = FixEditing.ParseExpressionWithoutImports($"new Amazon.CDK.StackProps {{ Env = new Amazon.CDK.Environment {{ {Account}, {Region} }} }}", Types);
            var argument = SyntaxFactory.Argument(props);
            if (propsParameter.Ordinal != arguments.Count)
                argument = argument.WithNameColon(SyntaxFactory.NameColon(propsParameter.Name));
            var list = node.ArgumentList ?? SyntaxFactory.ArgumentList();
            newRoot = root.ReplaceNode(node, node.WithArgumentList(list.AddArguments(argument)));
        }
        else if (propsArgument.Expression is BaseObjectCreationExpressionSyntax propsCreation)
        {
            var initializer = propsCreation.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
            var env = initializer.Expressions.OfType<AssignmentExpressionSyntax>().FirstOrDefault(a => a.Left.ToString() == "Env");
            ExpressionSyntax replacement;
            if (env is null)
            {
                var setting = (AssignmentExpressionSyntax)FixEditing.ParseExpressionWithoutImports($"Env = new Amazon.CDK.Environment {{ {Account}, {Region} }}", Types);
                replacement = propsCreation.WithInitializer(initializer.AddExpressions(setting));
            }
            else if (env.Right is BaseObjectCreationExpressionSyntax envCreation)
            {
                var envInitializer = envCreation.Initializer ?? SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression);
                var present = envInitializer.Expressions.OfType<AssignmentExpressionSyntax>().Select(a => a.Left.ToString()).ToList();
                var missing = new[] { ("Account", Account), ("Region", Region) }.Where(m => !present.Contains(m.Item1))
                    .Select(m => FixEditing.ParseExpressionWithoutImports(m.Item2, Types)).ToArray();
                if (missing.Length == 0)
                    return null;
                replacement = propsCreation.ReplaceNode(envCreation, envCreation.WithInitializer(envInitializer.AddExpressions(missing)));
            }
            else
            {
                return null;
            }
            newRoot = root.ReplaceNode(propsCreation, replacement);
        }
        else
        {
            return null;
        }
        return newRoot;
    }
}

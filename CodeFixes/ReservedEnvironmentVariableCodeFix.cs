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
        // AddEnvironment is reported at its key: the call is what goes.
        if (node?.FirstAncestorOrSelf<ArgumentSyntax>() is { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } })
            node = call;
        if (node is null || FixEditing.RemovalOf(node) is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Remove the reserved environment variable", ct => FixEditing.RemoveAsync(context.Document, node, ct), EquivalenceKey),
                diagnostic);
        }
    }
}

using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK103: remove the ReservedConcurrentExecutions setting.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReservedConcurrencyCodeFix)), Shared]
public sealed class ReservedConcurrencyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ReservedConcurrency);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
        if (node is null || FixEditing.RemovalOf(node) is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            context.RegisterCodeFix(
                CodeAction.Create("Remove the reserved concurrency", ct => FixEditing.RemoveAsync(context.Document, node, ct), "CDK103.Remove"),
                diagnostic);
        }
    }
}

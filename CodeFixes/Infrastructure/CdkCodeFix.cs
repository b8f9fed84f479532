using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CdkAnalyzers.CodeFixes;

/// <summary>A diagnostic to fix, with the document and the node it is reported on.</summary>
public sealed class FixSite
{
    internal FixSite(Document document, SyntaxNode root, SyntaxNode node, Diagnostic diagnostic)
    {
        Document = document;
        Root = root;
        Node = node;
        Diagnostic = diagnostic;
    }

    public Document Document { get; }
    public SyntaxNode Root { get; }
    public SyntaxNode Node { get; }
    public Diagnostic Diagnostic { get; }
}

/// <summary>
/// Base of every fix: each diagnostic is fixed at the node it is reported on, and Fix-All applies the same fix to
/// every diagnostic in batch. A fix offers an action only when its edit applies cleanly, and computes the edit only
/// when the action is invoked (the light bulb asks often).
/// </summary>
public abstract class CdkCodeFix : CodeFixProvider
{
    private protected CdkCodeFix(params string[] ruleIds) => FixableDiagnosticIds = ImmutableArray.Create(ruleIds);

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    public override FixAllProvider GetFixAllProvider() => new KeyedFixAll(WellKnownFixAllProviders.BatchFixer);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
            return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var site = new FixSite(context.Document, root, node, diagnostic);
            foreach (var action in await FixesAsync(site, context.CancellationToken).ConfigureAwait(false))
                context.RegisterCodeFix(action, diagnostic);
        }
    }

    /// <summary>The fixes offered for one diagnostic; override this or <see cref="FixesAsync"/>.</summary>
    private protected virtual IEnumerable<CodeAction> Fixes(FixSite site) => Enumerable.Empty<CodeAction>();

    /// <summary>As <see cref="Fixes"/>, for fixes that need the semantic model to decide.</summary>
    private protected virtual Task<IEnumerable<CodeAction>> FixesAsync(FixSite site, CancellationToken cancellationToken)
        => Task.FromResult(Fixes(site));
}

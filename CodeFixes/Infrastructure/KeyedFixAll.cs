using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CdkAnalyzers.CodeFixes;

/// <summary>
/// Fix-All for a caller that asks without an equivalence key. An editor passes the key of the action the user chose;
/// <c>dotnet format analyzers</c> passes the key of the first action our fix registers for the first diagnostic the
/// analyzer reported — whatever its rule, since one analyzer runs many rules — and so no key when that diagnostic is
/// another rule's. Then the key is taken from the first diagnostic in scope that this fix offers an action for.
/// </summary>
internal sealed class KeyedFixAll : FixAllProvider
{
    private readonly FixAllProvider _inner;

    public KeyedFixAll(FixAllProvider inner) => _inner = inner;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => _inner.GetSupportedFixAllScopes();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeActionEquivalenceKey is not null)
            return await _inner.GetFixAsync(fixAllContext).ConfigureAwait(false);

        var key = await FirstKeyAsync(fixAllContext).ConfigureAwait(false);
        if (key is null)
            return null;
        var diagnostics = new SameDiagnostics(fixAllContext);
        var keyed = fixAllContext.Document is { } document
            ? new FixAllContext(document, fixAllContext.CodeFixProvider, fixAllContext.Scope, key, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken)
            : new FixAllContext(fixAllContext.Project, fixAllContext.CodeFixProvider, fixAllContext.Scope, key, fixAllContext.DiagnosticIds, diagnostics, fixAllContext.CancellationToken);
        return await _inner.GetFixAsync(keyed).ConfigureAwait(false);
    }

    private static async Task<string?> FirstKeyAsync(FixAllContext context)
    {
        var diagnostics = context.Document is { } document && context.Scope == FixAllScope.Document
            ? await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
            : await context.GetAllDiagnosticsAsync(context.Project).ConfigureAwait(false);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree || context.Solution.GetDocument(tree) is not { } inDocument)
                continue;
            string? key = null;
            var fixContext = new CodeFixContext(inDocument, diagnostic, (action, _) => key ??= action.EquivalenceKey, context.CancellationToken);
            await context.CodeFixProvider.RegisterCodeFixesAsync(fixContext).ConfigureAwait(false);
            if (key is not null)
                return key;
        }
        return null;
    }

    private sealed class SameDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly FixAllContext _context;

        public SameDiagnostics(FixAllContext context) => _context = context;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => AsEnumerable(_context.GetDocumentDiagnosticsAsync(document));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => AsEnumerable(_context.GetProjectDiagnosticsAsync(project));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => AsEnumerable(_context.GetAllDiagnosticsAsync(project));

        private static async Task<IEnumerable<Diagnostic>> AsEnumerable(Task<System.Collections.Immutable.ImmutableArray<Diagnostic>> diagnostics)
            => await diagnostics.ConfigureAwait(false);
    }
}

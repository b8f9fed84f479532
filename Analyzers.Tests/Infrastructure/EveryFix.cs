using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace CdkAnalyzers.Tests;

/// <summary>
/// Applies every code action every fix offers for each diagnostic, one at a time, to the project the diagnostics were
/// reported in; where the project compiled before, the fixed project must compile too.
/// </summary>
internal static class EveryFix
{
    public static async Task<(int Applied, int Checked, List<string> Problems)> ApplyAsync(Project project, IEnumerable<Diagnostic> diagnostics, bool compiles)
    {
        var problems = new List<string>();
        var applied = 0;
        var checkedOutputs = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree!);
            if (document is null)
                continue;
            foreach (var fix in AllAnalyzers.CodeFixes.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                try
                {
                    var actions = new List<CodeAction>();
                    await fix.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                    foreach (var action in actions)
                    {
                        var change = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
                        applied++;
                        if (!compiles)
                            continue;
                        var fixedCompilation = (await change.ChangedSolution.GetProject(project.Id)!.GetCompilationAsync())!;
                        var errors = fixedCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                        checkedOutputs++;
                        if (errors.Count > 0)
                        {
                            var fixedText = (await change.ChangedSolution.GetDocument(document.Id)!.GetTextAsync()).ToString();
                            problems.Add($"{fix.GetType().Name} '{action.Title}' broke compiling code ({errors[0]}):\n{fixedText}");
                        }
                        else if (await Unformatted(document, change.ChangedSolution) is { } unformatted)
                        {
                            problems.Add($"{fix.GetType().Name} '{action.Title}' left its edit unformatted:\n{unformatted}");
                        }
                    }
                }
                catch (Exception e)
                {
                    problems.Add($"{fix.GetType().Name} threw on {diagnostic}:\n{e}");
                }
            }
        }
        return (applied, checkedOutputs, problems);
    }

    /// <summary>
    /// The fixed document's changed lines where the formatter would write the fix's edit otherwise; null when it would
    /// not. What the formatter would change away from the edit was there before the fix (a half-typed line).
    /// </summary>
    private static async Task<string?> Unformatted(Document original, Solution fixedSolution)
    {
        foreach (var changed in fixedSolution.GetChanges(original.Project.Solution).GetProjectChanges().SelectMany(p => p.GetChangedDocuments()))
        {
            var before = original.Project.Solution.GetDocument(changed)!;
            var after = fixedSolution.GetDocument(changed)!;
            var text = await after.GetTextAsync();
            var edits = (await after.GetTextChangesAsync(before)).OrderBy(e => e.Span.Start).ToList();
            var edited = new List<TextSpan>();
            var shift = 0;
            foreach (var edit in edits)
            {
                edited.Add(new TextSpan(edit.Span.Start + shift, edit.NewText!.Length));
                shift += edit.NewText.Length - edit.Span.Length;
            }
            var lines = edited.Select(e => text.Lines.GetLineFromPosition(Math.Min(e.Start, text.Length)).LineNumber).Distinct().ToList();
            var spans = lines.Select(l => text.Lines[l].Span).ToList();
            var formattedDocument = await Formatter.FormatAsync(after, spans);
            var formatting = await formattedDocument.GetTextChangesAsync(after);
            if (formatting.Any(f => edited.Any(e => f.Span.IntersectsWith(e) || f.Span.End == e.Start || f.Span.Start == e.End)))
            {
                var formatted = await formattedDocument.GetTextAsync();
                var written = text.Lines.Select(l => l.ToString()).ToList();
                var wanted = formatted.Lines.Select(l => l.ToString()).ToList();
                var differing = Enumerable.Range(0, Math.Min(written.Count, wanted.Count)).Where(i => written[i] != wanted[i]).Take(3);
                return string.Join("\n", differing.Select(i => $"  line {i + 1}: '{written[i]}'\n  formatted: '{wanted[i]}'"));
            }
        }
        return null;
    }
}

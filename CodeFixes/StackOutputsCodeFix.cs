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
/// CDK301 and CDK304: append <c>new CfnOutput(this, "Id", new CfnOutputProps { Value = x.Prop });</c> to the
/// constructor, one per key resource not yet exported. The analyzer plans the outputs (ids unique among the
/// stack's construct ids) and names the constructor.
/// </summary>
[FixSummary(RuleIds.StackWithoutOutputs, "Add a `CfnOutput` per key resource")]
[FixSummary(RuleIds.KeyResourceWithoutOutput, "Add a `CfnOutput`")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StackOutputsCodeFix)), Shared]
public sealed class StackOutputsCodeFix : CdkCodeFix
{
    private const string CfnOutput = "global::Amazon.CDK.CfnOutput";
    private const string CfnOutputProps = "global::Amazon.CDK.CfnOutputProps";

    /// <summary>One output per key resource the stack holds is added at the end of its constructor.</summary>
    public const string AddOutputsKey = "CDK301.AddOutputs";

    /// <summary>An output for one key resource is added at the end of the stack's constructor.</summary>
    public const string AddOutputKey = "CDK304.AddOutput";

    public StackOutputsCodeFix()
        : base(RuleIds.StackWithoutOutputs, RuleIds.KeyResourceWithoutOutput)
    {
    }

    public override FixAllProvider GetFixAllProvider() => new KeyedFixAll(new FixAll());

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        var diagnostic = site.Diagnostic;
        var outputs = PlannedOutputs(diagnostic);
        if (outputs.Count == 0 || diagnostic.AdditionalLocations.Count == 0)
            yield break;
        var title = outputs.Count == 1 ? $"Add a CfnOutput for {outputs[0].Value}" : $"Add {outputs.Count} CfnOutputs";
        yield return CodeAction.Create(title, ct => AddOutputsAsync(site.Document, new[] { diagnostic }, ct),
            diagnostic.Id == RuleIds.StackWithoutOutputs ? AddOutputsKey : AddOutputKey);
    }

    private static async Task<Document> AddOutputsAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
            return document;

        // Outputs per constructor, each value once (Fix-All of CDK304 plans the same ids as CDK301 would).
        var byConstructor = new Dictionary<ConstructorDeclarationSyntax, List<(string Id, string Value)>>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan) is not ConstructorDeclarationSyntax { Body: not null } constructor)
            {
                continue;
            }
            if (!byConstructor.TryGetValue(constructor, out var list))
                byConstructor[constructor] = list = new List<(string, string)>();
            foreach (var output in PlannedOutputs(diagnostic))
            {
                if (!list.Any(o => o.Value == output.Value))
                    list.Add(output);
            }
        }

        var endOfLine = FixEditing.EndOfLine(root);
        var newRoot = root.ReplaceNodes(byConstructor.Keys, (original, rewritten) =>
            rewritten.WithBody(rewritten.Body!.AddStatements(byConstructor[original].Select(o => Statement(o, endOfLine)).ToArray())));
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
    }

    private static StatementSyntax Statement((string Id, string Value) output, SyntaxTrivia endOfLine)
        => FixEditing.ParseStatement(
            $"new {CfnOutput}(this, {SymbolDisplay.FormatLiteral(output.Id, quote: true)}, new {CfnOutputProps} {{ Value = {output.Value} }});",
            CfnOutput, CfnOutputProps)
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(endOfLine);

    private static List<(string Id, string Value)> PlannedOutputs(Diagnostic diagnostic)
    {
        var outputs = new List<(string, string)>();
        if (!diagnostic.Properties.TryGetValue(StackOutputsAnalyzer.OutputsProperty, out var planned) || planned is null)
            return outputs;
        foreach (var entry in planned.Split(new[] { ';' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = entry.IndexOf('=');
            if (equals > 0)
                outputs.Add((entry.Substring(0, equals), entry.Substring(equals + 1)));
        }
        return outputs;
    }

    /// <summary>All outputs of a document in one edit: several fixes appending to one constructor would collide.</summary>
    private sealed class FixAll : DocumentBasedFixAllProvider
    {
        protected override string GetFixAllTitle(FixAllContext fixAllContext) => "Add the missing CfnOutputs";

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
            => await AddOutputsAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}

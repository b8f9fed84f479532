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

/// <summary>CDK104: right after the role is created, add one statement allowing the eight log-delivery actions on *.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StateMachineLoggingRoleCodeFix)), Shared]
public sealed class StateMachineLoggingRoleCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StateMachineLoggingRole);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || FixEditing.StatementAtAdditionalLocation(root, diagnostic) is null
                || !diagnostic.Properties.TryGetValue(StateMachineLoggingRoleAnalyzer.RoleProperty, out var role) || role is null)
            {
                continue;
            }
            context.RegisterCodeFix(
                CodeAction.Create($"Allow '{role}' to deliver logs", ct => AddStatementAsync(context.Document, diagnostic, role, ct), "CDK104.AddStatement"),
                diagnostic);
        }
    }

    private static async Task<Document> AddStatementAsync(Document document, Diagnostic diagnostic, string role, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || FixEditing.StatementAtAdditionalLocation(root, diagnostic) is not { } statement)
            return document;
        // Written out line by line, indented like the role's statement, as a person would lay it out.
        var eol = FixEditing.EndOfLine(root).ToString();
        var indent = string.Concat(statement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()));
        var lines = new[] { $"{role}.AddToPolicy(new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps", "{", "    Actions = new[]", "    {" }
            .Concat(StateMachineLoggingRoleAnalyzer.RequiredActions.Select(a => $"        \"{a}\","))
            .Concat(new[] { "    },", "    Resources = new[] { \"*\" },", "}));" });
        var code = string.Join(eol, lines.Select((line, i) => i == 0 ? line : indent + line));
        var added = FixEditing.ParseStatement(code, "Amazon.CDK.AWS.IAM.PolicyStatement", "Amazon.CDK.AWS.IAM.PolicyStatementProps");
        var newRoot = FixEditing.InsertAfter(root, statement, added);
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
    }
}

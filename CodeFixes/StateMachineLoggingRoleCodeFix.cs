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

/// <summary>CDK104: right after the role is created, add one statement allowing the eight log-delivery actions on *.</summary>
[FixSummary(RuleIds.StateMachineLoggingRole, "Add the policy statement")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StateMachineLoggingRoleCodeFix)), Shared]
public sealed class StateMachineLoggingRoleCodeFix : CdkCodeFix
{
    /// <summary>A statement allowing the eight log-delivery actions is added to the role.</summary>
    public const string AddStatementKey = "CDK104.AddStatement";

    public StateMachineLoggingRoleCodeFix()
        : base(RuleIds.StateMachineLoggingRole)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        if (FixEditing.StatementAtAdditionalLocation(site.Root, site.Diagnostic) is not null
            && site.Diagnostic.Properties.TryGetValue(StateMachineLoggingRoleAnalyzer.RoleProperty, out var role) && role is not null)
        {
            yield return CodeAction.Create($"Allow '{role}' to deliver logs", ct => AddStatementAsync(site.Document, site.Diagnostic, role, ct), AddStatementKey);
        }
    }

    private static Task<Document> AddStatementAsync(Document document, Diagnostic diagnostic, string role, CancellationToken cancellationToken)
        => FixEditing.InsertAfterAdditionalLocationAsync(document, diagnostic, (statement, _) =>
        {
            // Written out line by line, indented like the role's statement, as a person would lay it out.
            var eol = FixEditing.EndOfLine(statement.SyntaxTree.GetRoot(cancellationToken)).ToString();
            var indent = string.Concat(statement.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Select(t => t.ToString()));
            var lines = new[] { $"{role}.AddToPolicy(new Amazon.CDK.AWS.IAM.PolicyStatement(new Amazon.CDK.AWS.IAM.PolicyStatementProps", "{", "    Actions = new[]", "    {" }
                .Concat(StateMachineLoggingRoleAnalyzer.RequiredActions.Select(a => $"        \"{a}\","))
                .Concat(new[] { "    },", "    Resources = new[] { \"*\" },", "}));" });
            var code = string.Join(eol, lines.Select((line, i) => i == 0 ? line : indent + line));
            return FixEditing.ParseStatement(code, "Amazon.CDK.AWS.IAM.PolicyStatement", "Amazon.CDK.AWS.IAM.PolicyStatementProps");
        }, cancellationToken);
}

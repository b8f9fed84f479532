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
/// CDK105: right after the key is created, grant it to the CloudWatch Logs service principal:
/// <c>key.GrantEncryptDecrypt(new ServicePrincipal($"logs.{Stack.Of(this).Region}.amazonaws.com"));</c>
/// </summary>
[FixSummary(RuleIds.LogGroupKeyWithoutGrant, "Add the grant")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogGroupKeyCodeFix)), Shared]
public sealed class LogGroupKeyCodeFix : CdkCodeFix
{
    /// <summary>The key is granted to the CloudWatch Logs service principal right after its creation.</summary>
    public const string AddGrantKey = "CDK105.AddGrant";

    public LogGroupKeyCodeFix()
        : base(RuleIds.LogGroupKeyWithoutGrant)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        if (FixEditing.StatementAtAdditionalLocation(site.Root, site.Diagnostic) is not null
            && site.Diagnostic.Properties.TryGetValue(LogGroupKeyAnalyzer.KeyProperty, out var key) && key is not null)
        {
            yield return CodeAction.Create($"Grant '{key}' to CloudWatch Logs", ct => AddGrantAsync(site.Document, site.Diagnostic, key, ct), AddGrantKey);
        }
    }

    private static Task<Document> AddGrantAsync(Document document, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
        => FixEditing.InsertAfterAdditionalLocationAsync(document, diagnostic, (statement, model) =>
        {
            var region = FixEditing.CanUseThisAsConstruct(statement, model, cancellationToken) ? "Amazon.CDK.Stack.Of(this).Region" : "Amazon.CDK.Aws.REGION";
            return FixEditing.ParseStatement(
                $"{key}.GrantEncryptDecrypt(new Amazon.CDK.AWS.IAM.ServicePrincipal($\"logs.{{{region}}}.amazonaws.com\"));",
                "Amazon.CDK.AWS.IAM.ServicePrincipal", "Amazon.CDK.Stack", "Amazon.CDK.Aws");
        }, cancellationToken);
}

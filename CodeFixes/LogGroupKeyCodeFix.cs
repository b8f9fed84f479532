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
    public LogGroupKeyCodeFix()
        : base(RuleIds.LogGroupKeyWithoutGrant)
    {
    }

    /// <summary>The key is granted to the CloudWatch Logs service principal right after its creation.</summary>
    public const string AddGrantKey = "CDK105.AddGrant";



    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        if (FixEditing.StatementAtAdditionalLocation(site.Root, site.Diagnostic) is not null
            && site.Diagnostic.Properties.TryGetValue(LogGroupKeyAnalyzer.KeyProperty, out var key) && key is not null)
        {
            yield return CodeAction.Create($"Grant '{key}' to CloudWatch Logs", ct => AddGrantAsync(site.Document, site.Diagnostic, key, ct), AddGrantKey);
        }
    }

    private static async Task<Document> AddGrantAsync(Document document, Diagnostic diagnostic, string key, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || FixEditing.StatementAtAdditionalLocation(root, diagnostic) is not { } statement)
            return document;
        var region = FixEditing.CanUseThisAsConstruct(statement, model, cancellationToken) ? "Amazon.CDK.Stack.Of(this).Region" : "Amazon.CDK.Aws.REGION";
        var grant = FixEditing.ParseStatement(
                $"{key}.GrantEncryptDecrypt(new Amazon.CDK.AWS.IAM.ServicePrincipal($\"logs.{{{region}}}.amazonaws.com\"));",
                "Amazon.CDK.AWS.IAM.ServicePrincipal", "Amazon.CDK.Stack", "Amazon.CDK.Aws");
        var newRoot = FixEditing.InsertAfter(root, statement, grant);
        return await FixEditing.FinishAsync(document.WithSyntaxRoot(newRoot), cancellationToken).ConfigureAwait(false);
    }
}

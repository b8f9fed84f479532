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
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LogGroupKeyCodeFix)), Shared]
public sealed class LogGroupKeyCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.LogGroupKeyWithoutGrant);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null || FixEditing.StatementAtAdditionalLocation(root, diagnostic) is null || !diagnostic.Properties.TryGetValue(LogGroupKeyAnalyzer.KeyProperty, out var key) || key is null)
                continue;
            context.RegisterCodeFix(
                CodeAction.Create($"Grant '{key}' to CloudWatch Logs", ct => AddGrantAsync(context.Document, diagnostic, key, ct), "CDK105.AddGrant"),
                diagnostic);
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

using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK205: remove the fixed name; CloudFormation then generates a unique one for each deployment of the stack.</summary>
[FixSummary(RuleIds.FixedNameInRepeatedStack, "Remove the name")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(FixedNameInRepeatedStackCodeFix)), Shared]
public sealed class FixedNameInRepeatedStackCodeFix : CdkCodeFix
{
    /// <summary>The name setting is removed.</summary>
    public const string RemoveNameKey = "CDK205.RemoveName";

    public FixedNameInRepeatedStackCodeFix()
        : base(RuleIds.FixedNameInRepeatedStack)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        if (site.Node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is { } setting && FixEditing.RemovalOf(setting) is not null)
            yield return CodeAction.Create("Remove the name and let CloudFormation generate one", ct => FixEditing.RemoveAsync(site.Document, setting, ct), RemoveNameKey);
    }
}

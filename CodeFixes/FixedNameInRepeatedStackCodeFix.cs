using System.Collections.Generic;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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

    private protected override async Task<IEnumerable<CodeAction>> FixesAsync(FixSite site, CancellationToken cancellationToken)
    {
        var model = await site.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || site.Node.FirstAncestorOrSelf<AssignmentExpressionSyntax>() is not { } setting || FixEditing.RemovalOf(setting) is null
            || !FixEditing.SetsALibraryProperty(setting, model, cancellationToken))
        {
            return Enumerable.Empty<CodeAction>();
        }
        return new[] { CodeAction.Create("Remove the name and let CloudFormation generate one", ct => FixEditing.RemoveAsync(site.Document, setting, ct), RemoveNameKey) };
    }
}

using System.Collections.Generic;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK101: remove the entry (the element, the index assignment, or the statement that adds it).</summary>
[FixSummary(RuleIds.ReservedEnvironmentVariable, "Remove the entry")]
[ExportCodeFixProvider(Microsoft.CodeAnalysis.LanguageNames.CSharp, Name = nameof(ReservedEnvironmentVariableCodeFix)), Shared]
public sealed class ReservedEnvironmentVariableCodeFix : CdkCodeFix
{
    /// <summary>The entry, index assignment or call that writes the reserved key is removed.</summary>
    public const string RemoveEntryKey = "CDK101.RemoveEntry";

    public const string RemoveEntryTitle = "Remove the reserved environment variable";

    public ReservedEnvironmentVariableCodeFix()
        : base(RuleIds.ReservedEnvironmentVariable)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        var node = site.Node;
        // AddEnvironment and an override of one variable are reported at the key: the call is what goes.
        // A tuple or record made into a dictionary (variables.ToDictionary(v => v.Key, v => v.Value)) is reported as a
        // whole: as an element of a list it goes with its separator; as a call's argument it is left (params or not).
        if (node is TupleExpressionSyntax or BaseObjectCreationExpressionSyntax)
        {
            if (node.Parent is ExpressionElementSyntax { Parent: CollectionExpressionSyntax } or InitializerExpressionSyntax && FixEditing.RemovalOf(node) is not null)
                yield return CodeAction.Create(RemoveEntryTitle, ct => FixEditing.RemoveAsync(site.Document, node, ct), RemoveEntryKey);
            yield break;
        }
        // A link of a builder's chain (.WithVariable("AWS_REGION", …)) goes; a helper of this app called as a statement
        // (Wire(fn, "AWS_REGION", …)) is left: it may do more than add the variable.
        if (node.FirstAncestorOrSelf<ArgumentSyntax>() is { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } })
        {
            if (call.Parent is ExpressionStatementSyntax && SyntaxIndex.RightmostName(call.Expression) is not ("AddEnvironment" or "AddPropertyOverride" or "AddOverride"))
                yield break;
            node = call;
        }
        if (FixEditing.RemovalOf(node) is not null)
            yield return CodeAction.Create(RemoveEntryTitle, ct => FixEditing.RemoveAsync(site.Document, node, ct), RemoveEntryKey);
    }

}

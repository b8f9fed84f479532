using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdkAnalyzers.CodeFixes;

/// <summary>CDK103: remove the ReservedConcurrentExecutions setting.</summary>
[FixSummary(RuleIds.ReservedConcurrency, "Remove the property")]
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReservedConcurrencyCodeFix)), Shared]
public sealed class ReservedConcurrencyCodeFix : CdkCodeFix
{
    /// <summary>The reservation is removed.</summary>
    public const string RemoveReservationKey = "CDK103.RemoveReservation";

    public ReservedConcurrencyCodeFix()
        : base(RuleIds.ReservedConcurrency)
    {
    }

    private protected override IEnumerable<CodeAction> Fixes(FixSite site)
    {
        // Only the setting itself goes: a reservation reported where a list's element or a call gives its number is
        // changed there, not removed with the element (that would remove the function too).
        if (site.Node is AssignmentExpressionSyntax { Left: var property } && SyntaxIndex.RightmostName(property) == "ReservedConcurrentExecutions"
            && FixEditing.RemovalOf(site.Node) is not null)
            yield return CodeAction.Create("Remove the reserved concurrency", ct => FixEditing.RemoveAsync(site.Document, site.Node, ct), RemoveReservationKey);
    }
}

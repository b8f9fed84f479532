using System;

namespace CdkAnalyzers.CodeFixes;

/// <summary>What a fix does for one rule, in a few words: the "Fix" column of the catalog's generated tables.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class FixSummaryAttribute : Attribute
{
    public FixSummaryAttribute(string ruleId, string summary)
    {
        RuleId = ruleId;
        Summary = summary;
    }

    public string RuleId { get; }
    public string Summary { get; }
}

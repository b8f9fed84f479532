using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>CDK001: an option value we do not understand is named once per compilation, not silently ignored.</summary>
public sealed class InvalidOptionAnalyzer : CdkAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidOption);

    private protected override void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk)
    {
        var reported = new ConcurrentDictionary<(string Key, string Value), bool>();
        context.RegisterSyntaxTreeAction(tree =>
        {
            foreach (var option in CdkOptions.All)
            {
                if (CdkOptions.GetRaw(tree.Options, tree.Tree, option) is not { } value || option.IsValid(value))
                    continue;
                if (reported.TryAdd((option.Key, value), true))
                {
                    var shownDefault = option.DefaultValue.Length == 0 ? "(none)" : option.DefaultValue;
                    tree.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidOption, Location.None, option.Key, value, shownDefault, option.Expected));
                }
            }
        });
    }
}

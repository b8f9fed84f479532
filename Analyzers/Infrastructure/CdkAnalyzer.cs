using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// Base of every rule. The package runs the rules inside <see cref="CdkRulesAnalyzer"/> and
/// <see cref="CdkCompilationRulesAnalyzer"/>; a rule can also run alone (the tests do), through the same code.
/// Either way: generated code is skipped, analysis runs concurrently, a compilation that does not reference
/// Amazon.CDK.Lib gets nothing but the compilation start action, and a rule that is turned off does no work.
/// </summary>
public abstract class CdkAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        RegisterRules(context, ImmutableArray.Create(this));
    }

    private protected abstract void OnCdkCompilationStart(RuleRegistrations context, CdkTypes cdk);

    internal static void RegisterRules(AnalysisContext context, ImmutableArray<CdkAnalyzer> rules)
        => context.RegisterCompilationStartAction(start =>
        {
            var cdk = CdkTypes.For(start.Compilation);
            if (cdk is null)
                return;
            cdk.ReadContext(start.Options, start.CancellationToken);
            var registrations = new RuleRegistrations(start);
            foreach (var rule in rules)
            {
                if (!IsTurnedOff(rule, start.Compilation, start.Options, start.CancellationToken))
                    rule.OnCdkCompilationStart(registrations, cdk);
            }
            registrations.RegisterWithDriver();
        });

    /// <summary>
    /// Whether every diagnostic the rule reports is off for this compilation, decided as the driver decides it for an
    /// analyzer of its own: off by default or set to none for the whole compilation (NoWarn, a global config), and
    /// turned back on by no file's .editorconfig. When in doubt the rule runs: the driver drops what is off anyway.
    /// </summary>
    internal static bool IsTurnedOff(DiagnosticAnalyzer rule, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        foreach (var descriptor in rule.SupportedDiagnostics)
        {
            if (!IsTurnedOff(descriptor, compilation, options, cancellationToken))
                return false;
        }
        return true;
    }

    private static bool IsTurnedOff(DiagnosticDescriptor descriptor, Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var perFile = compilation.Options.SyntaxTreeOptionsProvider;
        var off = !descriptor.IsEnabledByDefault;
        if ((compilation.Options.SpecificDiagnosticOptions.TryGetValue(descriptor.Id, out var configured)
                || perFile?.TryGetGlobalDiagnosticValue(descriptor.Id, cancellationToken, out configured) == true)
            && configured != ReportDiagnostic.Default)
        {
            off = configured == ReportDiagnostic.Suppress;
        }
        if (!off || perFile is null)
            return off;

        var categoryKey = $"dotnet_analyzer_diagnostic.category-{descriptor.Category}.severity";
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (perFile.TryGetDiagnosticValue(tree, descriptor.Id, cancellationToken, out var inFile) && inFile != ReportDiagnostic.Suppress)
                return false;
            // A severity for all rules or for the category (bulk configuration) applies to rules that are on by default.
            if (descriptor.IsEnabledByDefault && SetsBulkSeverity(options.AnalyzerConfigOptionsProvider.GetOptions(tree), categoryKey))
                return false;
        }
        return true;
    }

    private static bool SetsBulkSeverity(AnalyzerConfigOptions options, string categoryKey)
        => options.TryGetValue("dotnet_analyzer_diagnostic.severity", out var all) && all != "none"
            || options.TryGetValue(categoryKey, out var ofCategory) && ofCategory != "none";
}

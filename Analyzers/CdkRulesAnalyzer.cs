using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// The rules whose diagnostics are all reported per document, as the code is typed: one of the two analyzers the
/// package ships.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CdkRulesAnalyzer : RuleGroupAnalyzer
{
    public CdkRulesAnalyzer()
        : base(needsTheWholeCompilation: false)
    {
    }
}

/// <summary>
/// The rules with a diagnostic that needs the whole compilation (tagged CompilationEnd): a separate analyzer, so
/// that editors, which treat an analyzer with such a diagnostic as one for builds and full-solution analysis, still
/// treat every other rule as live.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CdkCompilationRulesAnalyzer : RuleGroupAnalyzer
{
    public CdkCompilationRulesAnalyzer()
        : base(needsTheWholeCompilation: true)
    {
    }
}

/// <summary>
/// An analyzer that runs a group of rules together (<see cref="RuleRegistrations"/> merges their operation actions):
/// the driver's cost grows with the number of analyzers, not with the number of rules inside one.
/// </summary>
public abstract class RuleGroupAnalyzer : DiagnosticAnalyzer
{
    private readonly ImmutableArray<CdkAnalyzer> _rules;

    private protected RuleGroupAnalyzer(bool needsTheWholeCompilation)
    {
        _rules = CdkRules.All.Where(r => CdkRules.NeedsTheWholeCompilation(r) == needsTheWholeCompilation).ToImmutableArray();
        SupportedDiagnostics = _rules.SelectMany(r => r.SupportedDiagnostics).Distinct().ToImmutableArray();
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        CdkAnalyzer.RegisterRules(context, _rules);
    }
}

/// <summary>Every rule the package runs. A new rule is added here (a test checks that none is missing).</summary>
internal static class CdkRules
{
    public static ImmutableArray<CdkAnalyzer> All { get; } = ImmutableArray.Create<CdkAnalyzer>(
        new AccountIdAnalyzer(),
        new BucketNameAnalyzer(),
        new ClosedServiceAnalyzer(),
        new ConstructIdCollisionAnalyzer(),
        new DeprecatedRuntimeAnalyzer(),
        new DynamoDbKeyCasingAnalyzer(),
        new EmptyRepositoryImageAnalyzer(),
        new EnvironmentServiceMismatchAnalyzer(),
        new FixedNameInRepeatedStackAnalyzer(),
        new HardcodedRegionAnalyzer(),
        new InvalidOptionAnalyzer(),
        new LogGroupKeyAnalyzer(),
        new LookupEnvironmentAnalyzer(),
        new MissingAssetAnalyzer(),
        new NestedStackOutputAnalyzer(),
        new PhysicalNameAnalyzer(),
        new PlaceholderValueAnalyzer(),
        new QueueVisibilityTimeoutAnalyzer(),
        new ReservedConcurrencyAnalyzer(),
        new ReservedEnvironmentVariableAnalyzer(),
        new SecretInSourceAnalyzer(),
        new StackOutputsAnalyzer(),
        new StateMachineLoggingRoleAnalyzer());

    public static bool NeedsTheWholeCompilation(CdkAnalyzer rule)
        => rule.SupportedDiagnostics.Any(d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
}

using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdkAnalyzers;

/// <summary>
/// The rules whose diagnostics are all reported per document, as the code is typed: the analyzer the package ships
/// for them. The rules run together (<see cref="RuleRegistrations"/> merges their operation actions) because the
/// driver's cost grows with the number of analyzers, not with the number of rules inside one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CdkRulesAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<CdkAnalyzer> Rules = CdkRules.All.Where(r => !CdkRules.NeedsTheWholeCompilation(r)).ToImmutableArray();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = CdkRules.Descriptors(Rules);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        CdkAnalyzer.RegisterRules(context, Rules);
    }
}

/// <summary>
/// The rules with a diagnostic that needs the whole compilation (tagged CompilationEnd): a separate analyzer, so
/// that editors, which treat an analyzer with such a diagnostic as one for builds and full-solution analysis, still
/// treat every other rule as live.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CdkCompilationRulesAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<CdkAnalyzer> Rules = CdkRules.All.Where(CdkRules.NeedsTheWholeCompilation).ToImmutableArray();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = CdkRules.Descriptors(Rules);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        CdkAnalyzer.RegisterRules(context, Rules);
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

    public static ImmutableArray<DiagnosticDescriptor> Descriptors(ImmutableArray<CdkAnalyzer> rules)
        => rules.SelectMany(r => r.SupportedDiagnostics).Distinct().ToImmutableArray();
}

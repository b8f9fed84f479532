using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using static CdkAnalyzers.Tests.TestCode;

namespace CdkAnalyzers.Tests;

/// <summary>
/// A build loads two analyzers, each running a group of rules with their operation actions merged: every rule is in
/// exactly one, together they report what each rule reports alone, and a rule that is turned off does no work.
/// </summary>
public class ShippedAnalyzersTests
{
    [Fact]
    public void EveryRuleRunsInExactlyOneShippedAnalyzer()
    {
        var ruleTypes = typeof(CdkAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(CdkAnalyzer).IsAssignableFrom(t)).ToList();
        Assert.Equal(ruleTypes.Select(t => t.Name).Order(), AllAnalyzers.Rules.Select(r => r.GetType().Name).Order());
        Assert.All(ruleTypes, t => Assert.False(t.IsDefined(typeof(DiagnosticAnalyzerAttribute), false), $"{t.Name} would also run on its own"));
        Assert.Equal(new[] { nameof(CdkCompilationRulesAnalyzer), nameof(CdkRulesAnalyzer) }, AllAnalyzers.Analyzers.Select(a => a.GetType().Name));

        var shipped = AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.Equal(AllAnalyzers.Descriptors.Select(d => d.Id), shipped.Order());
        var live = AllAnalyzers.Analyzers.OfType<CdkRulesAnalyzer>().Single().SupportedDiagnostics;
        Assert.DoesNotContain(live, d => d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
    }

    [Fact]
    public async Task TogetherTheRulesReportWhatEachReportsAlone()
    {
        var sources = AllAnalyzers.SampleSources().Append(Stack("""
                var bucket = new Bucket(this, "Uploads");
                new Table(this, "A", new TableProps { TableName = "accounts", PartitionKey = new Attribute { Name = "pk", Type = AttributeType.STRING } });
                new Table(this, "B", new TableProps { PartitionKey = new Attribute { Name = "PK", Type = AttributeType.STRING } });
                Vpc.FromLookup(this, "Vpc", new VpcLookupOptions { IsDefault = true });
        """, "S3 DynamoDB EC2"));
        var compilation = AllAnalyzers.Compile(sources);
        var (together, exceptions, _) = await AllAnalyzers.RunAsync(compilation);
        Assert.Empty(exceptions);

        var everyRuleOn = AllAnalyzers.WithEveryRuleOn(compilation);
        var alone = new List<Diagnostic>();
        foreach (var rule in AllAnalyzers.Rules)
            alone.AddRange(await everyRuleOn.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(rule)).GetAnalyzerDiagnosticsAsync());

        var ids = together.Select(d => d.Id).ToHashSet();
        Assert.True(ids.Count >= 15, "the samples should raise most rules: " + string.Join(", ", ids.Order()));
        Assert.Contains("CDK402", ids);
        Assert.Equal(Describe(alone), Describe(together));
    }

    private static readonly string WithKeyResources = TestCode.Usings("S3") + """
        class Orders : Stack
        {
            public Orders(Construct scope, string id) : base(scope, id)
            {
                var bucket = new Bucket(this, "Uploads");
                new CfnOutput(this, "Region", new CfnOutputProps { Value = Region });
            }
        }
        """;

    /// <summary>
    /// CDK301 and CDK304 are StackOutputsAnalyzer's, the only rule that registers a symbol start action: whether the
    /// shipped analyzer registered one tells whether that rule runs.
    /// </summary>
    [Theory]
    [InlineData("", "", true)]
    [InlineData("", "is_global = true\ndotnet_diagnostic.CDK301.severity = none\n", false)]
    [InlineData("dotnet_diagnostic.CDK304.severity = warning\n", "is_global = true\ndotnet_diagnostic.CDK301.severity = none\n", true)]
    [InlineData("dotnet_diagnostic.CDK301.severity = none\n", "", true)]
    public async Task ARuleRunsUnlessTurnedOffForTheWholeCompilation(string editorConfig, string globalConfig, bool runs)
    {
        var analyzer = new CdkRulesAnalyzer();
        var driver = EditorConfigCompilation.Driver(WithKeyResources, editorConfig, globalConfig.Length > 0 ? globalConfig : null, analyzer);
        var diagnostics = await driver.GetAnalyzerDiagnosticsAsync();
        var telemetry = await driver.GetAnalyzerTelemetryInfoAsync(analyzer, default);
        Assert.Equal(runs ? 1 : 0, telemetry.SymbolStartActionsCount);
        Assert.Equal(editorConfig.Contains("CDK304"), diagnostics.Any(d => d.Id == "CDK304"));
        Assert.DoesNotContain(diagnostics, d => d.Id == "CDK301");
    }

    private static List<string> Describe(IEnumerable<Diagnostic> diagnostics)
        => diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath}{d.Location.SourceSpan} {d.GetMessage()}").Order(StringComparer.Ordinal).ToList();
}

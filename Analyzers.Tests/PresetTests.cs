using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CdkAnalyzers.Tests;

/// <summary>
/// The presets the package ships, pinned: what severity every rule ends up with under each. A descriptor's default
/// changing, or a preset drifting from it, fails here before a user's build changes colour.
/// </summary>
public class PresetTests
{
    /// <summary>What the catalog promises: the severity of every rule with no preset and with "recommended".</summary>
    private static readonly Dictionary<string, ReportDiagnostic> CatalogSeverities = new()
    {
        ["CDK001"] = ReportDiagnostic.Warn,
        ["CDK101"] = ReportDiagnostic.Error,
        ["CDK102"] = ReportDiagnostic.Error,
        ["CDK103"] = ReportDiagnostic.Warn,
        ["CDK104"] = ReportDiagnostic.Error,
        ["CDK105"] = ReportDiagnostic.Error,
        ["CDK106"] = ReportDiagnostic.Error,
        ["CDK107"] = ReportDiagnostic.Error,
        ["CDK108"] = ReportDiagnostic.Warn,
        ["CDK109"] = ReportDiagnostic.Error,
        ["CDK110"] = ReportDiagnostic.Error,
        ["CDK111"] = ReportDiagnostic.Error,
        ["CDK201"] = ReportDiagnostic.Warn,
        ["CDK202"] = ReportDiagnostic.Error,
        ["CDK203"] = ReportDiagnostic.Warn,
        ["CDK204"] = ReportDiagnostic.Warn,
        ["CDK205"] = ReportDiagnostic.Warn,
        ["CDK301"] = ReportDiagnostic.Warn,
        ["CDK302"] = ReportDiagnostic.Warn,
        ["CDK303"] = ReportDiagnostic.Warn,
        ["CDK304"] = ReportDiagnostic.Suppress,
        ["CDK305"] = ReportDiagnostic.Warn,
        ["CDK401"] = ReportDiagnostic.Warn,
        ["CDK402"] = ReportDiagnostic.Warn,
        ["CDK501"] = ReportDiagnostic.Warn,
        ["CDK502"] = ReportDiagnostic.Warn,
        ["CDK601"] = ReportDiagnostic.Error,
    };

    public static TheoryData<string> Presets => new() { "none", "recommended", "strict" };

    [Theory]
    [MemberData(nameof(Presets))]
    public void EveryRuleHasItsPinnedSeverity(string preset)
    {
        var expected = preset == "strict"
            ? CatalogSeverities.ToDictionary(p => p.Key, _ => ReportDiagnostic.Error)
            : CatalogSeverities;
        var configured = Configured(preset);
        var effective = AllAnalyzers.Descriptors.ToDictionary(d => d.Id, d => configured.TryGetValue(d.Id, out var set) ? set : Default(d));
        Assert.Equal(expected.OrderBy(p => p.Key), effective.OrderBy(p => p.Key));
    }

    [Fact]
    public void RecommendedSetsNothingTheDescriptorsAlreadySay() => Assert.Empty(Configured("recommended"));

    /// <summary>CDK102 reports a derived name as a warning and an invalid literal as an error; a preset that sets the id sets both.</summary>
    [Theory]
    [InlineData("none", DiagnosticSeverity.Error, DiagnosticSeverity.Warning)]
    [InlineData("recommended", DiagnosticSeverity.Error, DiagnosticSeverity.Warning)]
    [InlineData("strict", DiagnosticSeverity.Error, DiagnosticSeverity.Error)]
    public async Task BucketNameSeverities(string preset, DiagnosticSeverity invalidLiteral, DiagnosticSeverity derivedName)
    {
        var source = TestCode.Stack("""
                new Bucket(this, "Literal", new BucketProps { BucketName = "Orders_Data" });
                new Bucket(this, "Derived", new BucketProps { BucketName = $"{StackName}-data" });
        """, "S3");
        Assert.Equal(new[] { invalidLiteral, derivedName }, await SeveritiesAsync(preset, source, new BucketNameAnalyzer()));
    }

    /// <summary>CDK601 reports an access key id as an error and a password as a warning; a preset that sets the id sets both.</summary>
    [Theory]
    [InlineData("none", DiagnosticSeverity.Error, DiagnosticSeverity.Warning)]
    [InlineData("recommended", DiagnosticSeverity.Error, DiagnosticSeverity.Warning)]
    [InlineData("strict", DiagnosticSeverity.Error, DiagnosticSeverity.Error)]
    public async Task SecretSeverities(string preset, DiagnosticSeverity accessKeyId, DiagnosticSeverity password)
    {
        var source = TestCode.Stack("""
                var key = "AKIA2E0A8F3B244C9986";
                new CfnDBInstance(this, "Db", new CfnDBInstanceProps { DbInstanceClass = "db.t3.micro", MasterUserPassword = "Orders2024!" });
        """, "RDS");
        Assert.Equal(new[] { accessKeyId, password }, await SeveritiesAsync(preset, source, new SecretInSourceAnalyzer()));
    }

    private static async Task<DiagnosticSeverity[]> SeveritiesAsync(string preset, string source, Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer analyzer)
    {
        var diagnostics = await EditorConfigCompilation.AnalyzeAsync(source, "", PresetText(preset), analyzer);
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Severity).ToArray();
    }

    private static ReportDiagnostic Default(DiagnosticDescriptor descriptor)
        => !descriptor.IsEnabledByDefault ? ReportDiagnostic.Suppress
            : descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => ReportDiagnostic.Error,
                DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
                DiagnosticSeverity.Info => ReportDiagnostic.Info,
                _ => ReportDiagnostic.Hidden,
            };

    private static string? PresetText(string preset)
        => preset == "none" ? null : File.ReadAllText(Path.Combine(AllAnalyzers.RepositoryRoot, "Package", "build", $"CdkAnalyzers.{preset}.globalconfig"));

    /// <summary>The severities a preset sets, as the compiler reads the shipped file.</summary>
    private static ImmutableDictionary<string, ReportDiagnostic> Configured(string preset)
    {
        if (PresetText(preset) is not { } text)
            return ImmutableDictionary<string, ReportDiagnostic>.Empty;
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(text, "/preset/CdkAnalyzers.globalconfig")));
        return set.GlobalConfigOptions.TreeOptions;
    }
}

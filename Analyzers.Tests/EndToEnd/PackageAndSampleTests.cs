using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// The product as a user gets it: the packed nupkg's layout, and the samples built against it by PackageReference
/// from the local folder feed — "before" fails with exactly its expected ids, "after" builds clean and synthesizes.
/// </summary>
[Trait("Category", "EndToEnd")]
public class PackageAndSampleTests : IClassFixture<PackedPackageFixture>
{
    private readonly PackedPackageFixture _package;

    public PackageAndSampleTests(PackedPackageFixture package) => _package = package;

    private static string Sample(string name, string variant) => Path.Combine(AllAnalyzers.RepositoryRoot, "samples", name, variant);

    [Fact]
    public void PackageHoldsBothAssembliesUnderAnalyzersAndNothingUnderLib()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/CdkAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CdkAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        Assert.DoesNotContain(entries, e => e.EndsWith("Amazon.CDK.Lib.dll") || e.Contains("Microsoft.CodeAnalysis"));

        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec"));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        string? Metadata(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("CdkAnalyzers", Metadata("id"));
        Assert.Equal(_package.Version, Metadata("version"));
        Assert.Equal("true", Metadata("developmentDependency"));
        Assert.Equal("README.md", Metadata("readme"));
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void BeforeSampleFailsWithExactlyTheExpectedIds()
    {
        var folder = Sample("OrdersApp", "before");
        var expected = File.ReadAllLines(Path.Combine(folder, "expected-diagnostics.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ')[0])
            .ToHashSet();

        var build = DotnetCli.Run(folder, null, "build", "-warnaserror", "-p:CdkAnalyzersVersion=" + _package.Version);

        Assert.NotEqual(0, build.ExitCode);
        var reported = Regex.Matches(build.Output, @"error (CDK\d{3}):").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.True(expected.SetEquals(reported),
            $"expected {string.Join(", ", expected.Order())}, reported {string.Join(", ", reported.Order())}\n{build.Output}");
        // Nothing else failed the build: every error is one of ours.
        Assert.DoesNotMatch(@"error (?!CDK\d{3})[A-Z]+\d+:", build.Output);
    }

    [Fact]
    public void AfterSampleBuildsCleanAndSynthesizes()
    {
        var folder = Sample("OrdersApp", "after");
        var build = DotnetCli.Run(folder, null, "build", "-warnaserror", "-p:CdkAnalyzersVersion=" + _package.Version);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(@"(warning|error) CDK\d{3}", build.Output);

        var outDir = Directory.CreateTempSubdirectory("cdk-synth-").FullName;
        try
        {
            var synth = DotnetCli.Run(folder, new Dictionary<string, string> { ["CDK_OUTDIR"] = outDir },
                "run", "--no-build", "-p:CdkAnalyzersVersion=" + _package.Version);
            Assert.True(synth.ExitCode == 0, synth.Output);

            using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "OrdersStack.template.json")));
            var types = template.RootElement.GetProperty("Resources").EnumerateObject()
                .Select(r => r.Value.GetProperty("Type").GetString())
                .ToHashSet();
            Assert.Superset(new HashSet<string?> { "AWS::DynamoDB::Table", "AWS::Lambda::Function", "AWS::IAM::Role" }, types);
            var outputs = template.RootElement.GetProperty("Outputs").EnumerateObject().Select(o => o.Name).ToList();
            Assert.Contains("OrdersTableName", outputs);
            Assert.Contains("ProcessorFunctionName", outputs);
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}

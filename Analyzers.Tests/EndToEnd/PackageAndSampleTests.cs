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
[Collection(PackedPackageCollection.Name)]
public class PackageAndSampleTests
{
    private readonly PackedPackageFixture _package;

    public PackageAndSampleTests(PackedPackageFixture package) => _package = package;

    private static string Sample(string name, string variant) => PackedPackageFixture.Sample(name, variant);

    [Fact]
    public void PackageHoldsBothAssembliesUnderAnalyzersAndNothingUnderLib()
    {
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/CdkAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/CdkAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains("icon.png", entries);
        Assert.Contains("build/CdkAnalyzers.props", entries);
        Assert.Contains("build/CdkAnalyzers.targets", entries);
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
        Assert.Equal("icon.png", Metadata("icon"));
        // Release notes come from the analyzer release file: every rule, with its category and severity.
        var notes = Metadata("releaseNotes") ?? "";
        Assert.All(AllAnalyzers.Descriptors, d => Assert.Contains($"{d.Id} ({d.Category}, ", notes));
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void CdkJsonFolderGivesAssetPathsAndContextValues()
    {
        // An app whose project sits two folders below cdk.json: paths resolve from the cdk.json folder, and its
        // context values reach the rules.
        var app = Directory.CreateTempSubdirectory("cdk-assets-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(app, "cdk.json"), "{ \"app\": \"dotnet run --project src/AssetsApp\", \"context\": { \"bucket\": \"Assets_Bucket\" } }");
            Directory.CreateDirectory(Path.Combine(app, "lambda"));
            File.WriteAllText(Path.Combine(app, "lambda", "index.py"), "def handler(event, context):\n    return event\n");
            var project = Directory.CreateDirectory(Path.Combine(app, "src", "AssetsApp")).FullName;
            File.WriteAllText(Path.Combine(app, "NuGet.config"), _package.LocalFeedConfig);
            File.WriteAllText(Path.Combine(project, "AssetsApp.csproj"), _package.CdkAppProject(withPackage: true));
            File.WriteAllText(Path.Combine(project, "Program.cs"), """
                using Amazon.CDK;
                using Amazon.CDK.AWS.Lambda;

                var app = new App();
                var stack = new Stack(app, "Assets");
                new Function(stack, "Exists", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromAsset("lambda") });
                new Function(stack, "Missing", new FunctionProps { Runtime = Runtime.PYTHON_3_12, Handler = "index.handler", Code = Code.FromAsset("missing/handler.zip") });
                new Amazon.CDK.AWS.S3.Bucket(stack, "Data", new Amazon.CDK.AWS.S3.BucketProps { BucketName = (string)app.Node.TryGetContext("bucket") });
                new CfnOutput(stack, "Done", new CfnOutputProps { Value = "yes" });
                app.Synth();
                """);

            File.WriteAllText(Path.Combine(project, "appsettings.json"), "{ \"Stack\": { \"Account\": \"123456789012\" } }");

            var first = DotnetCli.Run(project, null, "build");
            var reported = Regex.Matches(first.Output, @"(error|warning) CDK106: Asset path '([^']+)'").Select(m => m.Groups[2].Value).Distinct().ToList();
            Assert.True(reported.SequenceEqual(new[] { "missing/handler.zip" }), first.Output);
            Assert.Matches(@"Program\.cs\(8,\d+\): error CDK102", first.Output);

            // An unchanged tree leaves the listing untouched, so the next build stays incremental.
            var listing = Directory.GetFiles(Path.Combine(project, "obj"), "CdkAnalyzers.AssetListing.txt", SearchOption.AllDirectories).Single();
            Assert.Contains("lambda/index.py", File.ReadAllLines(listing));
            var written = File.GetLastWriteTimeUtc(listing);
            DotnetCli.Run(project, null, "build");
            Assert.Equal(written, File.GetLastWriteTimeUtc(listing));

            // The settings files in the project folder reach the analyzers too, cdk.json once.
            var passed = DotnetCli.Run(project, null, "msbuild", "-getItem:AdditionalFiles").Output;
            using var items = JsonDocument.Parse(passed[passed.IndexOf('{')..]);
            var files = items.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
                .Select(item => Path.GetFileName(item.GetProperty("Identity").GetString()!)).ToList();
            Assert.Contains("appsettings.json", files);
            Assert.Single(files, file => file == "cdk.json");
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    /// <summary>
    /// The log a code-scanning upload reads: valid by the SARIF project's own validator (the multitool's validate verb,
    /// the specification's rules), and every result of ours carries its rule id, the rule's title and help URI, and
    /// the source region (CDK001, about a configuration value, has none).
    /// </summary>
    [Fact]
    public void SarifLogPassesTheSarifValidatorAndCarriesRuleHelpAndRegion()
    {
        var log = Path.Combine(Path.GetTempPath(), $"cdkanalyzers-{_package.Version}.sarif");
        var validation = Path.ChangeExtension(log, ".validation.sarif");
        try
        {
            // MSBuild unescapes %2C and %3D: the compiler gets ErrorLog=<file>,version=2.1.
            DotnetCli.Run(Sample("CiCdPipeline", "before"), null, "build", "--no-incremental", "-p:CdkAnalyzersVersion=" + _package.Version, $"-p:ErrorLog={log}%2Cversion%3D2.1");

            var validate = DotnetCli.RunProgram(ClientTools.SarifMultitool(), AllAnalyzers.RepositoryRoot, null, "validate", log, "--output", validation);
            Assert.True(validate.ExitCode == 0, validate.Output);
            using (var report = JsonDocument.Parse(File.ReadAllText(validation)))
            {
                var validatorRun = report.RootElement.GetProperty("runs")[0];
                Assert.True(validatorRun.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), validate.Output);
                var errors = validatorRun.GetProperty("results").EnumerateArray()
                    .Where(r => r.TryGetProperty("level", out var level) && level.GetString() == "error")
                    .Select(r => r.GetProperty("message").ToString())
                    .ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
            }

            using var sarif = JsonDocument.Parse(File.ReadAllText(log));
            var run = sarif.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
            var ours = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("CDK")).ToList();
            Assert.NotEmpty(ours);
            foreach (var result in ours)
            {
                var id = result.GetProperty("ruleId").GetString()!;
                var descriptor = AllAnalyzers.Descriptors.Single(d => d.Id == id);
                Assert.Equal(descriptor.Title.ToString(), rules[id].GetProperty("shortDescription").GetProperty("text").GetString());
                Assert.Equal($"{CdkAnalyzers.Descriptors.HelpLinkBase}{id}.md", rules[id].GetProperty("helpUri").GetString());
                // CDK001 is about a configuration value, reported for the compilation; every other result has a line.
                if (id == RuleIds.InvalidOption)
                    continue;
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                Assert.EndsWith(".cs", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
                Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() > 0, result.ToString());
                Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() > 0, result.ToString());
            }
        }
        finally
        {
            File.Delete(log);
            File.Delete(validation);
        }
    }

    [Fact]
    public void StrictPresetTurnsWarningsIntoErrorsAndEditorConfigStillWins()
    {
        var folder = Sample("CiCdPipeline", "before");
        var recommended = DotnetCli.Run(folder, null, "build", "--no-incremental", "-p:CdkAnalyzersVersion=" + _package.Version);
        var strict = DotnetCli.Run(folder, null, "build", "--no-incremental", "-p:CdkAnalyzersVersion=" + _package.Version, "-p:CdkAnalyzersPreset=strict");

        Assert.Contains("warning CDK203", recommended.Output);
        Assert.Contains("error CDK203", strict.Output);
        Assert.Contains("error CDK204", strict.Output);
        Assert.DoesNotContain("warning CDK203", strict.Output);
        // The sample's .editorconfig sets CDK304 to warning; the strict preset's error does not override it.
        Assert.Contains("warning CDK304", strict.Output);
        Assert.DoesNotContain("error CDK304", strict.Output);

        var unknown = DotnetCli.Run(folder, null, "build", "--no-incremental", "-p:CdkAnalyzersVersion=" + _package.Version, "-p:CdkAnalyzersPreset=stricter");
        Assert.Contains("CdkAnalyzersPreset 'stricter' is unknown", unknown.Output);
    }

    [Fact]
    public void DotnetFormatAppliesOurFixesToACopyOfABeforeSample()
    {
        var copy = Directory.CreateTempSubdirectory("cdk-format-").FullName;
        try
        {
            var project = _package.CopySample(copy, "OrdersApp");
            var version = "-p:CdkAnalyzersVersion=" + _package.Version;
            Assert.Equal(0, DotnetCli.Run(project, null, "restore").ExitCode);

            var format = DotnetCli.Run(project, null,
                "format", "analyzers", "OrdersApp.csproj", "--diagnostics", "CDK101", "CDK201", "CDK301", "CDK401", "--severity", "info", "--no-restore");
            Assert.True(format.ExitCode == 0, format.Output);

            var build = DotnetCli.Run(project, null, "build", "-warnaserror", version);
            var reported = Regex.Matches(build.Output, @"error (CDK\d{3}):").Select(m => m.Groups[1].Value).ToHashSet();
            // Only the rule without a fix is left; nothing else fails to compile.
            Assert.True(reported.SetEquals(new[] { "CDK202" }), build.Output);
            Assert.DoesNotMatch(@"error CS\d+", build.Output);
            var stack = File.ReadAllText(Path.Combine(project, "OrdersStack.cs"));
            Assert.DoesNotContain("AWS_REGION", stack);
            Assert.Contains("$\"arn:aws:iam::{Aws.ACCOUNT_ID}:root\"", stack);
            Assert.Contains("\"GSI1PK\"", stack);
            Assert.Contains("new CfnOutput(this, ", stack);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task WorkspaceLoadsASampleAndAppliesAFixTheWayEditorsDo()
    {
        var copy = Directory.CreateTempSubdirectory("cdk-workspace-").FullName;
        try
        {
            var project = _package.CopySample(copy, "OrdersApp");
            Assert.Equal(0, DotnetCli.Run(project, null, "restore").ExitCode);

            using var workspace = Microsoft.CodeAnalysis.MSBuild.MSBuildWorkspace.Create();
            var loaded = await workspace.OpenProjectAsync(Path.Combine(project, "OrdersApp.csproj"));

            // The analyzers come from the package, through the project's analyzer references.
            var packageReference = loaded.AnalyzerReferences.Single(r => r.FullPath?.Contains("cdkanalyzers", System.StringComparison.OrdinalIgnoreCase) == true
                && r.FullPath.EndsWith("CdkAnalyzers.dll"));
            Assert.Contains(_package.Version, packageReference.FullPath!);
            var analyzers = packageReference.GetAnalyzers(Microsoft.CodeAnalysis.LanguageNames.CSharp);
            var compilation = (await loaded.GetCompilationAsync())!;
            var diagnostics = await Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerExtensions
                .WithAnalyzers(compilation, analyzers, loaded.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
            Assert.Contains(diagnostics, d => d.Id == "CDK101");

            // The CDK101 fix, applied through the workspace to the files on disk.
            var diagnostic = diagnostics.First(d => d.Id == "CDK101");
            var document = loaded.GetDocument(diagnostic.Location.SourceTree!)!;
            var actions = new List<Microsoft.CodeAnalysis.CodeActions.CodeAction>();
            await new CodeFixes.ReservedEnvironmentVariableCodeFix().RegisterCodeFixesAsync(
                new Microsoft.CodeAnalysis.CodeFixes.CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), default));
            var change = (await actions.Single().GetOperationsAsync(default)).OfType<Microsoft.CodeAnalysis.CodeActions.ApplyChangesOperation>().Single();
            Assert.True(workspace.TryApplyChanges(change.ChangedSolution));
            Assert.DoesNotContain("AWS_REGION", File.ReadAllText(Path.Combine(project, "OrdersStack.cs")));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    /// <summary>Every sample: a folder under samples/ with a "before" and an "after" variant.</summary>
    public static TheoryData<string> Samples
    {
        get
        {
            var samples = new TheoryData<string>();
            foreach (var folder in Directory.GetDirectories(Path.Combine(AllAnalyzers.RepositoryRoot, "samples")).Order())
            {
                if (File.Exists(Path.Combine(folder, "before", "expected-diagnostics.txt")))
                    samples.Add(Path.GetFileName(folder));
            }
            return samples;
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void BeforeSampleFailsWithExactlyTheExpectedIds(string sample)
        => AssertFailsWithExactlyTheExpectedIds(Sample(sample, "before"), Sample(sample, "before"));

    /// <summary>The oldest Amazon.CDK.Lib that restores here, and the version the samples pin.</summary>
    public const string OldestCdk = "2.103.0";

    /// <summary>
    /// The same ids on the oldest CDK the README promises: a copy of the sample pinned to it. Rules whose CDK types or
    /// members an older version lacks are simply not looked for (no analyzer exception, no other error).
    /// </summary>
    [Theory]
    [InlineData("CiCdPipeline")]
    [InlineData("MediaJobs")]
    public void BeforeSampleOnTheOldestCdkFailsWithTheSameIds(string sample)
    {
        var copy = Directory.CreateTempSubdirectory("cdk-oldest-").FullName;
        try
        {
            var project = _package.CopySample(copy, sample);
            var csproj = Directory.GetFiles(project, "*.csproj").Single();
            File.WriteAllText(csproj, File.ReadAllText(csproj)
                .Replace("Include=\"Amazon.CDK.Lib\" Version=\"2.160.0\"", $"Include=\"Amazon.CDK.Lib\" Version=\"{OldestCdk}\"")
                // Its JSII runtime dependency is served one patch higher here (NU1603), which -warnaserror would fail on.
                .Replace("</Nullable>", "</Nullable>\n    <NoWarn>$(NoWarn);NU1603</NoWarn>"));
            Assert.Contains(OldestCdk, File.ReadAllText(csproj));
            // Python 3.12 came to the CDK after 2.103.0; 3.11 is what an app on that version writes.
            foreach (var file in Directory.GetFiles(project, "*.cs"))
                File.WriteAllText(file, File.ReadAllText(file).Replace("Runtime.PYTHON_3_12", "Runtime.PYTHON_3_11"));
            AssertFailsWithExactlyTheExpectedIds(Sample(sample, "before"), project);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private void AssertFailsWithExactlyTheExpectedIds(string sampleFolder, string buildFolder)
    {
        var expected = File.ReadAllLines(Path.Combine(sampleFolder, "expected-diagnostics.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ')[0])
            .ToHashSet();

        var build = DotnetCli.Run(buildFolder, null, "build", "-warnaserror", "-p:CdkAnalyzersVersion=" + _package.Version);

        Assert.NotEqual(0, build.ExitCode);
        var reported = Regex.Matches(build.Output, @"error (CDK\d{3}):").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.True(expected.SetEquals(reported),
            $"expected {string.Join(", ", expected.Order())}, reported {string.Join(", ", reported.Order())}\n{build.Output}");
        // Nothing else failed the build: every error is one of ours.
        Assert.DoesNotMatch(@"error (?!CDK\d{3})[A-Z]+\d+:", build.Output);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void AfterSampleBuildsCleanAndSynthesizes(string sample)
    {
        var folder = Sample(sample, "after");
        var build = DotnetCli.Run(folder, null, "build", "-warnaserror", "-p:CdkAnalyzersVersion=" + _package.Version);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(@"(warning|error) CDK\d{3}", build.Output);

        var outDir = Directory.CreateTempSubdirectory("cdk-synth-").FullName;
        try
        {
            // As the CDK CLI does: the output folder, and the account and region it resolved (context lookups need them).
            var environment = new Dictionary<string, string>
            {
                ["CDK_OUTDIR"] = outDir,
                ["CDK_DEFAULT_ACCOUNT"] = "000000000000",
                ["CDK_DEFAULT_REGION"] = "us-east-1",
            };
            var synth = DotnetCli.Run(folder, environment,
                "run", "--no-build", "-p:CdkAnalyzersVersion=" + _package.Version);
            Assert.True(synth.ExitCode == 0, synth.Output);

            var expectations = File.ReadAllLines(Path.Combine(folder, "expected-template.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => l.Split('|', 2).Select(p => p.Trim()).ToArray());
            Assert.NotEmpty(expectations);
            foreach (var (file, what) in expectations.Select(e => (e[0], e[1])))
            {
                using var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, file)));
                if (what.StartsWith("output "))
                {
                    var outputs = template.RootElement.GetProperty("Outputs").EnumerateObject().Select(o => o.Name);
                    Assert.Contains(what.Substring("output ".Length), outputs);
                }
                else
                {
                    var types = template.RootElement.GetProperty("Resources").EnumerateObject().Select(r => r.Value.GetProperty("Type").GetString());
                    Assert.Contains(what, types);
                }
            }
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}

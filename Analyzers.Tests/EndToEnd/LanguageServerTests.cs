using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CdkAnalyzers.CodeFixes;
using Xunit;
using Xunit.Abstractions;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// The editor path through a real language server (csharp-ls): a copy of a "before" sample, restored against the packed
/// package, opened as an editor opens it. The diagnostics the server pulls must be the ones the build reports.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackedPackageCollection.Name)]
public class LanguageServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly PackedPackageFixture _package;
    private readonly ITestOutputHelper _output;

    public LanguageServerTests(PackedPackageFixture package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public async Task DiagnosticsArriveAsTheBuildReportsThemAndTheServerOffersNoPackageFixes()
    {
        var server = ClientTools.LanguageServer();
        var copy = Directory.CreateTempSubdirectory("cdk-lsp-").FullName;
        try
        {
            var project = _package.CopySample(copy, "OrdersApp");
            var stackFile = Path.Combine(project, "OrdersStack.cs");
            var build = DotnetCli.Run(project, null, "build");
            var built = Regex.Matches(build.Output, @"OrdersStack\.cs\((\d+),(\d+)\): (?:error|warning) (CDK\d{3}): (.*?)(?: \(https?://[^)]*\))? \[")
                .Select(m => (Id: m.Groups[3].Value, Line: int.Parse(m.Groups[1].Value) - 1, Column: int.Parse(m.Groups[2].Value) - 1, Message: m.Groups[4].Value))
                .ToHashSet();
            Assert.True(built.Count >= 4, build.Output);

            using var client = new LanguageServerClient(server, project);
            var uri = new Uri(stackFile).AbsoluteUri;
            await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = new Uri(project).AbsoluteUri,
                ["capabilities"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject(), ["codeAction"] = new JsonObject() },
                    ["workspace"] = new JsonObject { ["configuration"] = true },
                },
            }, Patience);
            client.Notify("initialized", new JsonObject());
            client.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(stackFile) },
            });

            // Pull diagnostics until the project is loaded and analyzed.
            var pulled = Array.Empty<JsonNode>();
            var deadline = DateTime.UtcNow + Patience;
            while (DateTime.UtcNow < deadline)
            {
                var report = await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } }, Patience);
                pulled = report?["items"]?.AsArray().Where(d => ((string?)d?["code"])?.StartsWith("CDK") == true).Select(d => d!).ToArray() ?? [];
                if (pulled.Length >= built.Count)
                    break;
                await Task.Delay(TimeSpan.FromSeconds(3));
            }
            var seen = pulled.Select(d => (Id: (string)d["code"]!, Line: (int)d["range"]!["start"]!["line"]!, Column: (int)d["range"]!["start"]!["character"]!, Message: (string)d["message"]!))
                .ToHashSet();
            Assert.True(built.SetEquals(seen), $"build: {string.Join("; ", built.Order())}\nserver: {string.Join("; ", seen.Order())}\nServer log:\n{client.Log}");

            // Code actions at the CDK101 range: the server computes fixes only from Roslyn's own feature assemblies, for
            // compiler diagnostics, so ours are not offered. When a server version offers them, apply and build here.
            var reserved = pulled.First(d => (string?)d["code"] == "CDK101");
            var actions = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri },
                ["range"] = reserved["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(reserved.DeepClone()) },
            }, Patience);
            var titles = actions?.AsArray().Select(a => (string?)a?["title"]).ToList() ?? [];
            _output.WriteLine($"csharp-ls {ClientTools.LanguageServerVersion} code actions at CDK101: {string.Join(", ", titles)}");
            Assert.DoesNotContain(ReservedEnvironmentVariableCodeFix.RemoveEntryTitle, titles);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }
}

using System;
using System.IO;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// The clients users meet the package through, installed on first use into artifacts/tools from the package registries
/// (NuGet, npm) at pinned versions; later runs reuse them.
/// </summary>
internal static class ClientTools
{
    public const string LanguageServerVersion = "0.28.0";
    public const string SarifMultitoolVersion = "5.7.0";

    private static readonly string Root = Path.Combine(AllAnalyzers.RepositoryRoot, "artifacts", "tools");
    private static readonly object Gate = new();

    /// <summary>csharp-ls, a Roslyn-based C# language server (a dotnet tool), speaking LSP over stdio.</summary>
    public static string LanguageServer() => Installed($"csharp-ls-{LanguageServerVersion}", "csharp-ls",
        folder => DotnetCli.Run(Root, null, "tool", "install", "csharp-ls", "--version", LanguageServerVersion, "--tool-path", folder));

    /// <summary>The SARIF project's multitool (its validate verb checks a log against the specification's rules).</summary>
    public static string SarifMultitool() => Installed($"sarif-multitool-{SarifMultitoolVersion}", Path.Combine("node_modules", ".bin", "sarif-multitool"),
        folder => DotnetCli.RunProgram("npm", Root, null, "install", "--no-audit", "--no-fund", "--prefix", folder, $"@microsoft/sarif-multitool@{SarifMultitoolVersion}"));

    private static string Installed(string name, string executable, Func<string, DotnetCli.Result> install)
    {
        lock (Gate)
        {
            var folder = Path.Combine(Root, name);
            var path = Path.Combine(folder, executable);
            if (File.Exists(path))
                return path;
            Directory.CreateDirectory(Root);
            var result = install(folder);
            if (result.ExitCode != 0 || !File.Exists(path))
                throw new InvalidOperationException($"Installing {name} failed (exit code {result.ExitCode}):\n{result.Output}");
            return path;
        }
    }
}

using System;
using System.IO;
using System.Linq;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// Packs the package once per test run, under a version of its own, so that NuGet's global cache (which never
/// re-reads a version it has seen) cannot hand the samples an older build.
/// </summary>
public sealed class PackedPackageFixture
{
    public PackedPackageFixture()
    {
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
        PackagesFolder = Path.Combine(AllAnalyzers.RepositoryRoot, "artifacts", "packages");
        Directory.CreateDirectory(PackagesFolder);
        foreach (var old in Directory.GetFiles(PackagesFolder, "CdkAnalyzers.*.nupkg"))
            File.Delete(old);

        var pack = DotnetCli.Run(AllAnalyzers.RepositoryRoot, null,
            "pack", "Package/CdkAnalyzers.Package.csproj", "-c", "Release", "-o", PackagesFolder, "-p:Version=" + Version);
        if (pack.ExitCode != 0)
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        PackagePath = Directory.GetFiles(PackagesFolder, $"CdkAnalyzers.{Version}.nupkg").Single();
    }

    public string Version { get; }
    public string PackagesFolder { get; }
    public string PackagePath { get; }
}

using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CdkAnalyzers.Tests.EndToEnd;

/// <summary>
/// Packs the package once per test run, under a version of its own, so that NuGet's global cache (which never
/// re-reads a version it has seen) cannot hand the samples an older build. Shared by every end-to-end class.
/// </summary>
public sealed class PackedPackageFixture
{
    public PackedPackageFixture()
    {
        Version = ReleaseVersion + "-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");
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

    /// <summary>The version set in version.props, the one place the package's version is written.</summary>
    public static string ReleaseVersion { get; } = System.Xml.Linq.XDocument.Load(Path.Combine(AllAnalyzers.RepositoryRoot, "version.props"))
        .Descendants("CdkAnalyzersReleaseVersion").Single().Value;

    public string Version { get; }
    public string PackagesFolder { get; }
    public string PackagePath { get; }

    /// <summary>A NuGet.config that adds the folder the package was packed into as a source.</summary>
    public string LocalFeedConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="cdkanalyzers-local" value="{PackagesFolder}" />
          </packageSources>
        </configuration>
        """;

    /// <summary>A CDK app's project file as a user writes it, with the packed package when <paramref name="withPackage"/>.</summary>
    public string CdkAppProject(bool withPackage) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Amazon.CDK.Lib" Version="2.160.0" />
            <PackageReference Include="Constructs" Version="10.0.5" />{(withPackage ? $"\n    <PackageReference Include=\"CdkAnalyzers\" Version=\"{Version}\" PrivateAssets=\"all\" />" : "")}
          </ItemGroup>
        </Project>
        """;

    public static string Sample(string name, string variant) => Path.Combine(AllAnalyzers.RepositoryRoot, "samples", name, variant);

    /// <summary>
    /// A copy of samples/ holding one sample variant, wired to the packed package (its version and the local feed);
    /// returns the project folder.
    /// </summary>
    public string CopySample(string copy, string sample, string variant = "before")
    {
        var samples = Path.Combine(AllAnalyzers.RepositoryRoot, "samples");
        File.Copy(Path.Combine(samples, "Directory.Packages.props"), Path.Combine(copy, "Directory.Packages.props"));
        File.WriteAllText(Path.Combine(copy, "Directory.Build.props"), File.ReadAllText(Path.Combine(samples, "Directory.Build.props"))
            .Replace("<Import Project=\"../version.props\" />", "")
            .Replace("<CdkAnalyzersVersion Condition=\"'$(CdkAnalyzersVersion)' == ''\">$(CdkAnalyzersReleaseVersion)</CdkAnalyzersVersion>", $"<CdkAnalyzersVersion>{Version}</CdkAnalyzersVersion>"));
        File.WriteAllText(Path.Combine(copy, "NuGet.config"), File.ReadAllText(Path.Combine(samples, "NuGet.config"))
            .Replace("../artifacts/packages", PackagesFolder));
        var project = Directory.CreateDirectory(Path.Combine(copy, sample, variant)).FullName;
        CopyFolder(Sample(sample, variant), project);
        return project;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
            CopyFolder(folder, Directory.CreateDirectory(Path.Combine(to, Path.GetFileName(folder))).FullName);
    }
}

/// <summary>The end-to-end classes share one packed package.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "Packed package";
}

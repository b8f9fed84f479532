# Sourced by the benchmark scripts: packs CdkAnalyzers under a fresh prerelease version (so no cached package of an
# earlier build is restored) and builds the benchmark program that writes the generated apps.
# Sets $version and $packages. The label is a full timestamp: NuGet rejects numeric labels with a leading zero.
release=$(sed -n 's:.*<CdkAnalyzersReleaseVersion>\(.*\)</CdkAnalyzersReleaseVersion>.*:\1:p' version.props)
version="$release-bench.$(date -u +%Y%m%d%H%M%S)"
packages="$PWD/artifacts/packages"
rm -f "$packages"/CdkAnalyzers.*.nupkg
dotnet pack Package/CdkAnalyzers.Package.csproj -c Release -o "$packages" -p:Version="$version" -nologo -v quiet
dotnet build benchmarks/CdkAnalyzers.Benchmarks -c Release -nologo -v quiet

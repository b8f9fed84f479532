#!/usr/bin/env bash
# The main job: build and pack CdkAnalyzers, then build the "before" sample against the packed package
# (PackageReference from the local folder feed) and show the diagnostics it reports.
# Exits 0 when the sample reports exactly the ids written in its expected-diagnostics.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

sample=samples/OrdersApp/before
# A version of its own for every run: NuGet's global cache never re-reads a version it has seen.
release=$(sed -n 's:.*<CdkAnalyzersReleaseVersion>\(.*\)</CdkAnalyzersReleaseVersion>.*:\1:p' version.props)
version="$release-local.$(date -u +%Y%m%d%H%M%S)"

rm -f artifacts/packages/CdkAnalyzers.*.nupkg
dotnet pack Package/CdkAnalyzers.Package.csproj -c Release -o artifacts/packages -p:Version="$version" -nologo -v quiet
echo "Packed artifacts/packages/CdkAnalyzers.$version.nupkg"
echo "Building $sample against it (expected to fail with our errors):"
echo

output=$(dotnet build "$sample" -warnaserror -nologo -p:CdkAnalyzersVersion="$version" 2>&1 || true)
echo "$output" | grep -E '(error|warning) CDK[0-9]{3}' | sed -E "s#^$PWD/##; s# \[[^]]*\]\$##" | sort -u

expected=$(grep -E '^CDK[0-9]{3}' "$sample/expected-diagnostics.txt" | cut -d' ' -f1 | sort -u | tr '\n' ' ')
reported=$(echo "$output" | grep -oE 'error CDK[0-9]{3}' | cut -d' ' -f2 | sort -u | tr '\n' ' ')
echo
echo "expected: $expected"
echo "reported: $reported"
[ "$expected" = "$reported" ]

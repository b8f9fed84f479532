#!/usr/bin/env bash
# dotnet build of generated CDK apps with and without the packed CdkAnalyzers package, with -p:ReportAnalyzer=true.
# Usage: bash benchmarks/build-report.sh [sizes, default "50 200 800"]. Prints build times and the compiler's
# analyzer report lines for CdkAnalyzers. Takes several minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"50 200 800"}
release=$(sed -n 's:.*<CdkAnalyzersReleaseVersion>\(.*\)</CdkAnalyzersReleaseVersion>.*:\1:p' version.props)
version="$release-bench.$(date -u +%Y%m%d%H%M%S)"
packages="$PWD/artifacts/packages"
rm -f "$packages"/CdkAnalyzers.*.nupkg
dotnet pack Package/CdkAnalyzers.Package.csproj -c Release -o "$packages" -p:Version="$version" -nologo -v quiet
dotnet build benchmarks/CdkAnalyzers.Benchmarks -c Release -nologo -v quiet

for n in $sizes; do
  app=$(mktemp -d "/tmp/cdk-bench-$n-XXXX")
  dotnet run -c Release --no-build --project benchmarks/CdkAnalyzers.Benchmarks -- --write-app "$app" --stacks "$n" --version "$version" --packages "$packages"
  dotnet restore "$app" -nologo -v quiet
  dotnet restore "$app" -nologo -v quiet -p:WithCdkAnalyzers=false
  for with in false true; do
    dotnet restore "$app" -nologo -v quiet -p:WithCdkAnalyzers=$with
    dotnet build "$app" --no-restore -nologo -v quiet -p:WithCdkAnalyzers=$with >/dev/null 2>&1 || true  # warm-up
    start=$(date +%s.%N)
    out=$(dotnet build "$app" --no-restore --no-incremental -nologo -v detailed -p:WithCdkAnalyzers=$with -p:ReportAnalyzer=true 2>&1 || true)
    end=$(date +%s.%N)
    printf 'stacks=%s with_cdkanalyzers=%s build_seconds=%.1f\n' "$n" "$with" "$(echo "$end - $start" | bc)"
    echo "$out" | grep -E "Total analyzer execution time|CdkAnalyzers, Version" | sed "s/^ */    /" | head -3 || true
  done
  rm -rf "$app"
done

#!/usr/bin/env bash
# What CdkAnalyzers costs the compiler itself, without MSBuild around it (docs/performance.md, third round).
#
# Builds the generated app once to capture the compiler's command line, then runs that same compiler on that same
# command line, with and without the package's /analyzer: arguments, interleaved, each run in a fresh process (as a
# CI build's compiler is). Per run: wall and processor seconds, peak memory, the package's time in the compiler's
# report, and the JIT's counts from the runtime: methods compiled in all, and methods recompiled with probes
# ("Instrumented Tier1") — the runtime's re-optimization of code that turned hot, which is most of what our rules
# cost a fresh compiler (docs/performance.md says how that was found).
#
# Usage: bash benchmarks/compiler-report.sh [--stacks 800] [--runs 3] [--env NAME=VALUE]...
# --env sets a runtime setting for every compiler run, e.g. DOTNET_TieredPGO=0. About 2 minutes per run at 800 stacks.
set -euo pipefail
cd "$(dirname "$0")/.."

stacks=800
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --stacks) stacks="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --env) export "${2?--env takes NAME=VALUE}"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

source benchmarks/pack-for-benchmark.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

app=$(mktemp -d "/tmp/cdk-compiler-$stacks-XXXX")
dotnet run -c Release --no-build --project benchmarks/CdkAnalyzers.Benchmarks -- --write-app "$app" --stacks "$stacks" \
  --version "$version" --packages "$packages" --without-mistakes
cd "$app"
dotnet restore -nologo -v quiet >/dev/null
dotnet build --no-restore -nologo -v normal -p:UseSharedCompilation=false -p:ReportAnalyzer=true > build.log 2>&1
# The Csc task logs the whole command line on one line: the compiler's path, then its arguments.
line=$(grep -m1 -E '/Roslyn/bincore/csc ' build.log) || { echo "compiler-report: no compiler command line in $app/build.log" >&2; exit 1; }
compiler=$(echo "$line" | sed -E 's:^ *([^ ]*/Roslyn/bincore/csc) .*:\1:')
echo "$line" | sed -E 's:^ *[^ ]*/Roslyn/bincore/csc ::' > cdk.rsp
sed -E 's# /(analyzer|analyzerconfig):[^ ]*/cdkanalyzers/[^ ]*##g' cdk.rsp > none.rsp
grep -q '/cdkanalyzers/' cdk.rsp && ! grep -q '/cdkanalyzers/' none.rsp \
  || { echo "compiler-report: the package's /analyzer: arguments were not found in the command line" >&2; exit 1; }

printf '%-5s %3s %8s %10s %8s %10s %12s %14s\n' config run wall_s processor_s peak_mb package_s jitted recompiled_with_probes
for run in $(seq 1 "$runs"); do
  for config in none cdk; do
    rm -f jit.txt
    DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$app/jit.txt" /usr/bin/time -f '%e %U %M' -o time.txt \
      "$compiler" "@$config.rsp" > report.txt 2>&1 || { echo "compiler-report: the compiler failed, see $app/report.txt" >&2; exit 1; }
    read -r wall user peak < time.txt
    package=$(grep -m1 'CdkAnalyzers, Version' report.txt | awk '{ print $1 }' || true)
    printf '%-5s %3s %8s %10s %8.0f %10s %12s %14s\n' "$config" "$run" "$wall" "$user" "$((peak / 1024))" "${package:--}" \
      "$(grep -c 'JIT compiled' jit.txt)" "$(grep -c 'Instrumented Tier1' jit.txt)"
  done
done
cd / && rm -rf "$app"

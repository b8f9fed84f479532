#!/usr/bin/env bash
# The reference measurement of what CdkAnalyzers costs a build (docs/performance.md).
#
# For each variant of the generated app (without and with the catalog's mistakes) and each size, builds the same app
# four ways, interleaved in pairs so that the machine's drift hits all four alike:
#   none    no analyzer package (the SDK's own default analyzers still run, in every column)
#   empty   with an analyzer that does nothing but look at every method body (benchmarks/EmptyAnalyzer): the floor
#           any such analyzer package starts from (operation trees built, callbacks dispatched)
#   cdk     with the packed CdkAnalyzers package
#   anchor  with Meziantou.Analyzer instead (an analyzer package many teams already run), in the same run
# Each build is `dotnet build --no-incremental` of a warm, restored app, with the compiler in its own process
# (UseSharedCompilation=false) so that /usr/bin/time -v sees its peak memory, and -p:ReportAnalyzer=true so that the
# compiler reports each analyzer's time.
#
# With --compiler shared the builds go to the compiler server instead, as `dotnet build` does by default: after the
# warm-up builds the server has every analyzer loaded and compiled, as in a developer's edit-build loop (peak memory
# is then the server's business and not reported).
#
# With --env NAME=VALUE (repeatable) every build, and the compiler it starts, runs with that environment variable:
# for runtime settings such as DOTNET_TieredPGO=0 (docs/performance.md says why that one matters).
#
# Usage: bash benchmarks/build-report.sh [--sizes "200 800 1600"] [--pairs 3] [--variants "without with"] [--compiler own|shared] [--env NAME=VALUE]
# Prints one row per build (also in artifacts/build-report/builds.tsv), then medians, ranges and overheads; the
# compiler's per-analyzer report of the middle CdkAnalyzers build of each app goes to artifacts/build-report/.
# Takes long: about 40 minutes with the defaults on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="200 800 1600"
pairs=3
variants="without with"
compiler=own
envtag=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --pairs) pairs="$2"; shift 2 ;;
    --variants) variants="$2"; shift 2 ;;
    --compiler) compiler="$2"; shift 2 ;;
    --env) export "${2?--env takes NAME=VALUE}"; envtag="$envtag-$(echo "$2" | tr -c 'A-Za-z0-9_\n' '-')"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

source benchmarks/pack-for-benchmark.sh
report="$PWD/artifacts/build-report"
mkdir -p "$report"

case "$compiler" in
  own) compiler_flag="-p:UseSharedCompilation=false"; warmups=1 ;;
  # Explicitly on: an environment variable UseSharedCompilation=false (set on some machines and CI images) would
  # otherwise turn the server off without a word.
  # The server's own code and every analyzer's take three or four builds to reach their steady speed (the runtime
  # optimizes what runs often, in steps): three warm-up rounds.
  shared) compiler_flag="-p:UseSharedCompilation=true"; warmups=3; dotnet build-server shutdown >/dev/null 2>&1 || true ;;
  *) echo "unknown --compiler value: $compiler (own or shared)" >&2; exit 2 ;;
esac
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
properties() {
  case "$1" in
    none) echo "-p:WithCdkAnalyzers=false" ;;
    cdk) echo "-p:WithCdkAnalyzers=true" ;;
    anchor) echo "-p:WithCdkAnalyzers=false -p:WithAnchor=true" ;;
    empty) echo "-p:WithCdkAnalyzers=false -p:EmptyAnalyzerPath=$PWD/benchmarks/EmptyAnalyzer/bin/Release/netstandard2.0/EmptyAnalyzer.dll" ;;
  esac
}

suffix=""; [ "$compiler" = shared ] && suffix="-shared"
suffix="$suffix$envtag"
rows="$report/builds$suffix.tsv"
printf 'variant\tstacks\tconfig\tpair\tseconds\tpeak_mb\tanalyzers_s\tpackage_s\ttop_analyzer\ttop_analyzer_s\n' > "$rows"
printf '%-8s %6s %-7s %4s %8s %8s %12s %10s  %s\n' variant stacks config pair seconds peak_mb analyzers_s package_s "top analyzer"

for variant in $variants; do
  for n in $sizes; do
    app=$(mktemp -d "/tmp/cdk-report-$variant-$n-XXXX")
    flag=""; [ "$variant" = without ] && flag="--without-mistakes"
    dotnet run -c Release --no-build --project benchmarks/CdkAnalyzers.Benchmarks -- --write-app "$app" --stacks "$n" --version "$version" --packages "$packages" $flag
    for round in $(seq 1 "$warmups"); do
      for config in none empty cdk anchor; do
        # shellcheck disable=SC2046
        dotnet restore "$app" -nologo -v quiet $(properties $config) >/dev/null
        # shellcheck disable=SC2046
        dotnet build "$app" --no-restore --no-incremental -nologo -v quiet $compiler_flag $(properties $config) >/dev/null 2>&1 || true
      done
    done
    for pair in $(seq 1 "$pairs"); do
      for config in none empty cdk anchor; do
        log="$app/build-$config-$pair.log"
        # The properties change the restore graph: restore again so the build reads the right assets file.
        # shellcheck disable=SC2046
        dotnet restore "$app" -nologo -v quiet $(properties $config) >/dev/null
        # shellcheck disable=SC2046
        /usr/bin/time -v -o "$app/time.txt" dotnet build "$app" --no-restore --no-incremental -nologo -v:detailed \
          -p:ReportAnalyzer=true $compiler_flag $(properties $config) >"$log" 2>&1 || true
        if [ "$compiler" = shared ] && ! grep -q "CompilerServer: server" "$log"; then
          echo "build-report: the $config build did not go to the compiler server (see $log)" >&2; exit 1
        fi
        seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s }' "$app/time.txt")
        peak=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$app/time.txt")
        [ "$compiler" = shared ] && peak=0 # the build client's, not the compiler server's
        analyzers=$(awk '/Total analyzer execution time:/ { print $(NF-1); exit }' "$log")
        package="-"; top="-"; top_s="-"
        case "$config" in
          cdk) assembly="CdkAnalyzers, Version" ; prefix="CdkAnalyzers\\." ;;
          anchor) assembly="Meziantou.Analyzer, Version" ; prefix="Meziantou\\." ;;
          empty) assembly="EmptyAnalyzer, Version" ; prefix="CdkAnalyzers\\.Benchmarks\\." ;;
          *) assembly="" ;;
        esac
        if [ -n "$assembly" ]; then
          package=$(grep -m1 "$assembly" "$log" | awk '{ print $1 }' || true)
          # The analyzer lines follow the assembly line, most expensive first. CdkAnalyzers' are its two groups of
          # rules; the shares of single rules come from the in-process benchmark (--first-diagnostic).
          read -r top_s top < <(grep -A400 -m1 "$assembly" "$log" | grep -E "^\s+<?[0-9.]+\s+<?[0-9]+\s+$prefix" | grep -v ", Version=" | head -1 | awk '{ print $1, $3 }') || true
          if [ "$config" = cdk ] && [ "$pair" = $(( (pairs + 1) / 2 )) ]; then
            grep -A400 -m1 "$assembly" "$log" | grep -E "^\s+<?[0-9.]+\s+<?[0-9]+\s+($prefix|$assembly)" > "$report/analyzers-$variant-$n$suffix.txt" || true
          fi
        fi
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$variant" "$n" "$config" "$pair" "$seconds" "$peak" "${analyzers:--}" "${package:--}" "${top:--}" "${top_s:--}" >> "$rows"
        printf '%-8s %6s %-7s %4s %8s %8s %12s %10s  %s %s\n' "$variant" "$n" "$config" "$pair" "$seconds" "$peak" "${analyzers:--}" "${package:--}" "${top:--}" "${top_s:--}"
      done
    done
    rm -rf "$app"
  done
done

[ "$compiler" = shared ] && { dotnet build-server shutdown >/dev/null 2>&1 || true; }
echo
echo "Medians [ranges] over $pairs pairs; overhead = median of each pair's ratio to the build without a package:"
awk -F'\t' '
  NR == 1 { next }
  {
    key = $1 SUBSEP $2 SUBSEP $3; keys[key] = 1
    n[key]++; secs[key, n[key]] = $5; peak[key, n[key]] = $6; pkg[key, n[key]] = $8
    base[$1 SUBSEP $2 SUBSEP $4 SUBSEP $3] = $5; basepeak[$1 SUBSEP $2 SUBSEP $4 SUBSEP $3] = $6
  }
  function median(arr, key, count,    i, j, v, t) {
    for (i = 1; i <= count; i++) v[i] = arr[key, i]
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    lo = v[1]; hi = v[count]
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }
  END {
    printf "%-8s %6s %-7s %16s %16s %10s %10s %10s\n", "variant", "stacks", "config", "seconds", "peak_mb", "package_s", "time +%", "memory +%"
    for (key in keys) order[++k] = key
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (order[j] < order[i]) { t = order[i]; order[i] = order[j]; order[j] = t }
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, f, SUBSEP); c = n[key]
      m = median(secs, key, c); range = sprintf("%.1f [%.1f-%.1f]", m, lo, hi)
      pm = median(peak, key, c); prange = sprintf("%.0f [%.0f-%.0f]", pm, lo, hi)
      pk = (pkg[key, 1] == "-") ? "-" : sprintf("%.2f", median(pkg, key, c))
      over = "-"; memover = "-"
      if (f[3] != "none") {
        for (p = 1; p <= c; p++) {
          ratio[key, p] = 100 * (base[f[1] SUBSEP f[2] SUBSEP p SUBSEP f[3]] / base[f[1] SUBSEP f[2] SUBSEP p SUBSEP "none"] - 1)
          nonepeak = basepeak[f[1] SUBSEP f[2] SUBSEP p SUBSEP "none"]
          memratio[key, p] = nonepeak > 0 ? 100 * (basepeak[f[1] SUBSEP f[2] SUBSEP p SUBSEP f[3]] / nonepeak - 1) : 0
        }
        over = sprintf("%+.0f%%", median(ratio, key, c)); memover = nonepeak > 0 ? sprintf("%+.0f%%", median(memratio, key, c)) : "-"
      }
      printf "%-8s %6s %-7s %16s %16s %10s %10s %10s\n", f[1], f[2], f[3], range, prange, pk, over, memover
    }
  }' "$rows"

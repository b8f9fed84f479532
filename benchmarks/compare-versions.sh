#!/usr/bin/env bash
# Builds the same generated app with CdkAnalyzers packed from several commits, side by side through one warm compiler
# server, interleaved in rounds with a build without the package: which of two versions costs less, on a machine whose
# speed drifts too much between runs for two build reports to tell. Prints every build and, per version, the median
# overhead and the compiler's median report for CdkAnalyzers. See docs/performance.md (fifth round).
#
#   bash benchmarks/compare-versions.sh [--stacks 800] [--rounds 6] REV [REV ...]
set -euo pipefail
cd "$(dirname "$0")/.."

stacks=800
rounds=6
revs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --stacks) stacks="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    -*) echo "unknown argument: $1" >&2; exit 2 ;;
    *) revs+=("$(git rev-parse --short "$1")"); shift ;;
  esac
done
[ ${#revs[@]} -ge 1 ] || { echo "usage: compare-versions.sh [--stacks N] [--rounds N] REV [REV ...]" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
work=$(mktemp -d /tmp/cdk-compare-XXXX)
trap 'for rev in "${revs[@]}"; do git worktree remove --force "$work/src-$rev" >/dev/null 2>&1 || true; done; rm -rf "$work"; dotnet build-server shutdown >/dev/null 2>&1 || true' EXIT

# One app per version: the same generated sources, each referencing its own freshly packed package.
for rev in "${revs[@]}"; do
  git worktree add --detach "$work/src-$rev" "$rev" >/dev/null 2>&1
  (cd "$work/src-$rev" && source benchmarks/pack-for-benchmark.sh >/dev/null 2>&1 \
    && dotnet run -c Release --no-build --project benchmarks/CdkAnalyzers.Benchmarks -- \
      --write-app "$work/app-$rev" --stacks "$stacks" --version "$version" --packages "$packages" --without-mistakes >/dev/null)
done

build() { # name app with-package
  dotnet restore "$2" -nologo -v quiet -p:WithCdkAnalyzers="$3" >/dev/null
  local start end
  start=$(date +%s.%N)
  dotnet build "$2" --no-restore --no-incremental -nologo -v:detailed -p:ReportAnalyzer=true -p:UseSharedCompilation=true \
    -p:WithCdkAnalyzers="$3" > "$work/build.log" 2>&1 || true
  end=$(date +%s.%N)
  local report
  report=$(grep -m1 "CdkAnalyzers, Version" "$work/build.log" | awk '{ print $1 }' || true)
  printf '%s\t%s\t%.2f\t%s\n' "$round" "$1" "$(echo "$end - $start" | bc)" "${report:--}"
}

dotnet build-server shutdown >/dev/null 2>&1 || true
first="${revs[0]}"
for round in warmup-1 warmup-2 warmup-3; do
  build none "$work/app-$first" false >/dev/null
  for rev in "${revs[@]}"; do build "$rev" "$work/app-$rev" true >/dev/null; done
done
printf 'round\tbuild\tseconds\treport_s\n' | tee "$work/rows.tsv"
for round in $(seq 1 "$rounds"); do
  build none "$work/app-$first" false | tee -a "$work/rows.tsv"
  for rev in "${revs[@]}"; do build "$rev" "$work/app-$rev" true | tee -a "$work/rows.tsv"; done
done

echo
echo "Per version, over $rounds rounds: median overhead against the build without the package of the same round, median report:"
awk -F'\t' '
  NR == 1 { next }
  $2 == "none" { none[$1] = $3; next }
  { n[$2]++; over[$2, n[$2]] = 100 * ($3 / none[$1] - 1); rep[$2, n[$2]] = $4; order[$2] = order[$2] ? order[$2] : ++versions; name[order[$2]] = $2 }
  function median(arr, key, count,    i, j, v, t) {
    for (i = 1; i <= count; i++) v[i] = arr[key, i]
    for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2
  }
  END {
    for (k = 1; k <= versions; k++) {
      rev = name[k]; pairs = ""
      for (i = 1; i <= n[rev]; i++) pairs = pairs sprintf("%s%+.0f", i > 1 ? ", " : "", over[rev, i])
      printf "%-10s overhead %+.0f %% (%s)   report %.2f s\n", rev, median(over, rev, n[rev]), pairs, median(rep, rev, n[rev])
    }
  }' "$work/rows.tsv"

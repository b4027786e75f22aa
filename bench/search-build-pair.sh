#!/usr/bin/env bash
# Issue 21's second target: reader-4000 with search on, StaticReader's whole build against the pair a Hugo user runs
# for search (Hugo, then Pagefind 1.6.0 over Hugo's output), alternating, RUNS times. Outputs on tmpfs.
#
#   bench/search-build-pair.sh [RUNS]
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${1:-3}"
[ -d "$BENCH/corpora/reader-4000/staticreader" ] || python3 "$BENCH/generate-corpus.py" reader-4000 >/dev/null
[ -d "$BENCH/node_modules/playwright-core" ] || npm ci --prefix "$BENCH" --no-audit --no-fund --loglevel=error >/dev/null
dotnet build -c Release "$ROOT/src/StaticReader" -nologo -v q >/dev/null
TOOL="$ROOT/src/StaticReader/bin/Release/net10.0/StaticReader.dll"
WORK=/dev/shm/sr-search-pair
rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$BENCH/corpora/reader-4000/staticreader" "$WORK/input"
sed -i 's/^search: .*/search: true/' "$WORK/input/site.yml"
echo "| run | StaticReader, search on | Hugo | Pagefind | Hugo + Pagefind | ratio |"
echo "|---|---|---|---|---|---|"
for run in $(seq "$RUNS"); do
  a=$(date +%s.%N)
  dotnet "$TOOL" build --input "$WORK/input" --theme "$ROOT/theme" --output "$WORK/sr" -q
  b=$(date +%s.%N)
  hugo --quiet -s "$BENCH/corpora/reader-4000/hugo" -d "$WORK/hugo" >/dev/null
  c=$(date +%s.%N)
  "$BENCH/node_modules/.bin/pagefind" --site "$WORK/hugo" --quiet >/dev/null 2>&1
  d=$(date +%s.%N)
  printf '| %s | %.2f s | %.2f s | %.2f s | %.2f s | %.2f× |\n' "$run" "$(echo "$b - $a" | bc)" "$(echo "$c - $b" | bc)" \
    "$(echo "$d - $c" | bc)" "$(echo "$d - $b" | bc)" "$(echo "($b - $a) / ($d - $b)" | bc -l)"
done

#!/usr/bin/env bash
# Search on a benchmark corpus, StaticReader against Pagefind 1.6.0, side by side on the same pages:
#   1. index build time: StaticReader's `search` stage (--verbose, median of RUNS builds of the corpus with
#      `search: true`) against Pagefind's indexing of the built site (median of RUNS runs);
#   2. bytes a reader downloads for a first query, and the time from the last byte to results on screen
#      (bench/search-bytes.mjs, headless Chromium).
#
#   bench/search-corpus.sh CORPUS [RUNS] [QUERY...]     e.g. bench/search-corpus.sh reader-4000 3
#
# The corpus is made by bench/generate-corpus.py when missing. Sites are written under $OUT (default /dev/shm).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
CORPUS="${1:?usage: bench/search-corpus.sh CORPUS [RUNS] [QUERY...]}"
RUNS="${2:-3}"
shift; shift || true
[ $# -gt 0 ] || set -- "cloudmatrix" "export controls" "scale up"
OUT="${OUT:-/dev/shm}/sr-search-$CORPUS"
[ -d "$BENCH/corpora/$CORPUS/staticreader" ] || python3 "$BENCH/generate-corpus.py" "$CORPUS" >/dev/null
[ -d "$BENCH/node_modules/playwright-core" ] || npm ci --prefix "$BENCH" --no-audit --no-fund --loglevel=error >/dev/null
dotnet build -c Release "$ROOT/src/StaticReader" -nologo -v q >/dev/null
TOOL="$ROOT/src/StaticReader/bin/Release/net10.0/StaticReader.dll"

# The corpora set `search: false` (the peers of the plain benchmark build no index): a copy turns it on.
rm -rf "$OUT" && mkdir -p "$OUT"
cp -r "$BENCH/corpora/$CORPUS/staticreader" "$OUT/input"
sed -i 's/^search: .*/search: true/' "$OUT/input/site.yml"
grep -q '^search:' "$OUT/input/site.yml" || echo 'search: true' >> "$OUT/input/site.yml"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

ours=()
theirs=()
for _ in $(seq "$RUNS"); do
  ms=$(dotnet "$TOOL" build --input "$OUT/input" --theme "$ROOT/theme" --output "$OUT/site" --verbose 2>&1 |
    awk '$1 == "search" { print $2 }')
  ours+=("$ms")
  rm -rf "$OUT/site/pagefind"
  start=$(date +%s.%N)
  "$BENCH/node_modules/.bin/pagefind" --site "$OUT/site" --output-subdir pagefind --quiet >/dev/null 2>&1
  end=$(date +%s.%N)
  theirs+=("$(echo "($end - $start) * 1000" | bc)")
done
ours_ms=$(printf '%s\n' "${ours[@]}" | median)
theirs_ms=$(printf '%s\n' "${theirs[@]}" | median)
echo "## $CORPUS: search index build (median of $RUNS)"
echo
echo "| StaticReader search stage | Pagefind indexing | ratio |"
echo "|---|---|---|"
printf '| %.0f ms | %.0f ms | %.2f× |\n' "$ours_ms" "$theirs_ms" "$(echo "$ours_ms / $theirs_ms" | bc -l)"
echo
echo "## $CORPUS: first query"
echo
node "$BENCH/search-bytes.mjs" "$OUT/site" "$@"

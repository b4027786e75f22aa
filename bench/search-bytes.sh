#!/usr/bin/env bash
# First-query download size, StaticReader's sharded search against Pagefind 1.6.0 on the same built site, in
# headless Chromium (bench/search-bytes.mjs); also Pagefind's indexing time. Prints a markdown table.
#
#   bench/search-bytes.sh [SITE_DIR] [QUERY...]
#     SITE_DIR  a StaticReader build (default: the reader site of input/, built into bench/work/search-bytes/site)
#     QUERY     default: "cloudmatrix" "export controls" "scale up"
#
# For a corpus: python3 bench/generate-corpus.py reader-4000, build it with StaticReader, pass its output folder.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
SITE="${1:-}"
shift || true
[ $# -gt 0 ] || set -- "cloudmatrix" "export controls" "scale up"
[ -d "$BENCH/node_modules/playwright-core" ] || npm ci --prefix "$BENCH" --no-audit --no-fund --loglevel=error >/dev/null
if [ -z "$SITE" ]; then
  SITE="$BENCH/work/search-bytes/site"
  dotnet build -c Release "$ROOT/src/StaticReader" -nologo -v q >/dev/null
  dotnet "$ROOT/src/StaticReader/bin/Release/net10.0/StaticReader.dll" build --quiet --input "$ROOT/input" --output "$SITE"
fi
start=$(date +%s.%N)
"$BENCH/node_modules/.bin/pagefind" --site "$SITE" --output-subdir pagefind --quiet >/dev/null 2>&1 || "$BENCH/node_modules/.bin/pagefind" --site "$SITE" --output-subdir pagefind
end=$(date +%s.%N)
echo "Pagefind indexing: $(echo "$end - $start" | bc) s"
echo
node "$BENCH/search-bytes.mjs" "$SITE" "$@"

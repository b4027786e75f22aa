#!/usr/bin/env bash
# Search index build time: StaticReader's C# lunr index builder against lunr.js 2.3.9 in Node, on
# the same documents (the search/docs.json of a StaticReader build of CORPUS), and a check that
# both serialize to the same bytes. Prints a markdown section on stdout.
#
#   bench/search-index.sh [CORPUS] [CSHARP_RUNS]      defaults: glossary-4000 3
#
# Uses tests/lunr/build-index.js (the harness of the compatibility tests, lunr pinned there) and
# bench/search-index/ (a small console program over StaticReader.Core). Run by bench/run.sh after
# the builds; on its own it builds the site first when the output is missing.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
CORPUS="${1:-glossary-4000}"
RUNS="${2:-3}"
HARNESS="$ROOT/tests/lunr"
WORK="$BENCH/work/search"
# The one-file lunr format (search: lunr): the corpus's own site is built with the sharded default, which has no
# docs.json, so a copy of the corpus set to lunr is built into a folder of its own.
SITE="${OUT:-$BENCH/work/out}/$CORPUS/staticreader-lunr"
mkdir -p "$WORK"

[ -f "$HARNESS/build-index.js" ] || { echo "search-index.sh: $HARNESS/build-index.js is missing" >&2; exit 1; }
[ -d "$HARNESS/node_modules/lunr" ] || npm ci --prefix "$HARNESS" --no-audit --no-fund --loglevel=error >/dev/null
dotnet build -c Release "$BENCH/search-index" -nologo -v q >/dev/null

if [ ! -f "$SITE/search/docs.json" ]; then
  python3 "$BENCH/generate-corpus.py" "$CORPUS" >&2
  theme="$BENCH/themes/minimal"; case "$CORPUS" in glossary-*) theme="$ROOT/theme" ;; esac
  rm -rf "$WORK/input" && cp -r "$BENCH/corpora/$CORPUS/staticreader" "$WORK/input"
  if grep -q '^search:' "$WORK/input/site.yml"; then sed -i 's/^search:.*/search: lunr/' "$WORK/input/site.yml"; else echo 'search: lunr' >> "$WORK/input/site.yml"; fi
  dotnet build -c Release "$ROOT/src/StaticReader" -nologo -v q >/dev/null
  dotnet "$ROOT/src/StaticReader/bin/Release/net10.0/StaticReader.dll" build --quiet \
    --input "$WORK/input" --output "$SITE" --theme "$theme"
fi

# StaticReader: one process, RUNS builds; the first is cold (JIT), as in a real build.
/usr/bin/time -f "%e %M" -o "$WORK/cs.time" \
  dotnet "$BENCH/search-index/bin/Release/net10.0/SearchIndexBench.dll" \
  "$SITE/search/docs.json" "$WORK/lunr-input.json" "$RUNS" > "$WORK/cs.jsonl"

# lunr.js: build-index.js reports its own build and stringify time (not reading stdin).
LUNR_TIMING=1 /usr/bin/time -f "%e %M" -o "$WORK/lunr.time" \
  node "$HARNESS/build-index.js" < "$WORK/lunr-input.json" 2> "$WORK/lunr.err" | sha256sum > "$WORK/lunr.sha"

python3 - "$WORK" "$CORPUS" "$(node -p "require('$HARNESS/node_modules/lunr/package.json').version")" "$(node --version)" <<'EOF'
import json, statistics, sys
work, corpus, lunr_version, node_version = sys.argv[1:5]
cs = [json.loads(line) for line in open(f"{work}/cs.jsonl")]
lunr = json.loads([l for l in open(f"{work}/lunr.err") if l.startswith("{")][-1])
lunr_sha = open(f"{work}/lunr.sha").read().split()[0]
cs_rss = int(open(f"{work}/cs.time").read().split()[-1]) / 1024
lunr_rss = int(open(f"{work}/lunr.time").read().split()[-1]) / 1024
first = cs[0]["buildMs"] + cs[0]["serializeMs"]
warm = statistics.median([r["buildMs"] + r["serializeMs"] for r in cs[1:]]) if len(cs) > 1 else None
js = lunr["buildMs"] + lunr["stringifyMs"]
same = "yes" if cs[0]["sha256"] == lunr_sha else "**no**"
print("## Search index build (StaticReader C# vs lunr.js)")
print()
print(f"Documents of `{corpus}` as StaticReader indexes them (one per page and term): "
      f"{cs[0]['documents']:,}; serialized index {cs[0]['bytes'] / 1e6:,.1f} MB. Time in-process, "
      "excluding reading the documents.")
print()
print("| builder | build | serialize | total | vs lunr.js | process peak RSS |")
print("|---|---|---|---|---|---|")
print(f"| StaticReader, first run (cold JIT) | {cs[0]['buildMs']:,.0f} ms | {cs[0]['serializeMs']:,.0f} ms "
      f"| {first:,.0f} ms | {first / js:.2f}× | {cs_rss:,.0f} MB |")
if warm is not None:
    print(f"| StaticReader, median of runs 2–{len(cs)} (warm) | | | {warm:,.0f} ms | {warm / js:.2f}× | |")
print(f"| lunr.js {lunr_version} (Node {node_version}) | {lunr['buildMs']:,.0f} ms | {lunr['stringifyMs']:,.0f} ms "
      f"| {js:,.0f} ms | 1.00× | {lunr_rss:,.0f} MB |")
print()
print(f"Byte-identical serialized index (SHA-256): {same}.")
EOF

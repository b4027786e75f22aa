#!/usr/bin/env bash
# StaticReader benchmark: StaticReader (Release) against Hugo and Eleventy on the same corpora.
#
#   bench/run.sh                       everything (about 10-15 minutes on 2 cores)
#   bench/run.sh --runs 3 --corpora "stub-4000 reader-4000"
#
# Options (or the environment variables in brackets):
#   --runs N            timed runs per tool on the 4,000-page corpora            [RUNS=5]
#   --large-runs N      timed runs per tool on reader-40000                      [LARGE_RUNS=3]
#   --corpora "A B"     corpora to run (stub-4000 reader-4000 glossary-4000 reader-40000)
#   --large-tools "T"   tools on reader-40000 (staticreader hugo eleventy)       [LARGE_TOOLS="staticreader hugo"]
#   --out DIR           where the tools write their sites                        [OUT=bench/work/out]
#                       (put it on tmpfs, e.g. /dev/shm/bench-out, when the disk throttles writes)
#   --theme T           StaticReader's theme: "full" (theme/, what a site is built with) or
#                       "minimal" (bench/themes/minimal, the peers' tiny shell)   [THEME=full]
#                       glossary-4000 always uses theme/ (its notes and previews need it)
#   --no-install        do not apt-get / npm ci (fail if something is missing)
#
# From a fresh clone it installs what it needs (Debian 'time' and 'hugo', the pinned Eleventy
# with npm ci), builds StaticReader in Release, writes the corpora when missing, then for every
# corpus builds each site once to create its output folder and N times more, alternating the
# tools, each into its existing output folder as a writer rebuilds. Wall time and peak RSS come
# from /usr/bin/time -f "%e %M". It prints medians and ratios as markdown; raw figures, the
# table and StaticReader's --verbose stage timings are kept in bench/work/results/.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${RUNS:-5}"
LARGE_RUNS="${LARGE_RUNS:-3}"
CORPORA="${CORPORA:-stub-4000 reader-4000 glossary-4000 reader-40000}"
LARGE_TOOLS="${LARGE_TOOLS:-staticreader hugo}"
THEME="${THEME:-full}"
INSTALL=1

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --large-runs) LARGE_RUNS="$2"; shift 2 ;;
    --corpora) CORPORA="$2"; shift 2 ;;
    --large-tools) LARGE_TOOLS="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --theme) THEME="$2"; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '>> %s\n' "$*" >&2; }

# theme_for CORPUS: the StaticReader theme folder for a corpus under --theme.
theme_for() {
  case "$1" in glossary-*) echo "$ROOT/theme"; return ;; esac
  case "$THEME" in
    full) echo "$ROOT/theme" ;;
    minimal) echo "$BENCH/themes/minimal" ;;
    *) echo "run.sh: --theme is 'full' or 'minimal', not '$THEME'" >&2; exit 2 ;;
  esac
}

# ---- tools ----------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  [ "$INSTALL" = 1 ] || { echo "run.sh: '$1' is missing (apt-get install -y $1)" >&2; exit 1; }
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"; apt-get update -qq; APT_UPDATED=1
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null || apt_install hugo
command -v python3 >/dev/null || apt_install python3
command -v node >/dev/null || apt_install nodejs npm
command -v dotnet >/dev/null || { echo "run.sh: the .NET 10 SDK is required" >&2; exit 1; }

ELEVENTY="$BENCH/node_modules/@11ty/eleventy/cmd.cjs"
WANT_ELEVENTY="$(node -p "require('$BENCH/package.json').devDependencies['@11ty/eleventy']")"
HAVE_ELEVENTY="$(node -p "try { require('$BENCH/node_modules/@11ty/eleventy/package.json').version } catch { '' }")"
if [ "$HAVE_ELEVENTY" != "$WANT_ELEVENTY" ]; then
  [ "$INSTALL" = 1 ] || { echo "run.sh: Eleventy $WANT_ELEVENTY missing (npm ci --prefix bench)" >&2; exit 1; }
  log "npm ci --prefix bench"
  npm ci --prefix "$BENCH" --no-audit --no-fund --loglevel=error >/dev/null
fi

# Published ReadyToRun: precompiled code spares each build most of its JIT start-up.
log "dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true src/StaticReader"
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$ROOT/bench/work/staticreader" "$ROOT/src/StaticReader" -nologo -v q >/dev/null
SR_DLL="$ROOT/bench/work/staticreader/StaticReader.dll"
[ -f "$SR_DLL" ] || { echo "run.sh: $SR_DLL was not built" >&2; exit 1; }

log "corpora: $CORPORA"
python3 "$BENCH/generate-corpus.py" $CORPORA >&2

# ---- measurement ----------------------------------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH/work/results"
OUT="${OUT:-$BENCH/work/out}"
mkdir -p "$RESULTS" "$OUT"
TSV="$RESULTS/$STAMP.tsv"
STAGES="$RESULTS/$STAMP.stages.tsv"
printf 'corpus\ttool\trun\twall_s\trss_kb\texit\n' > "$TSV"
printf 'corpus\trun\tstage\tms\n' > "$STAGES"
TIMEFILE="$(mktemp)"
trap 'rm -f "$TIMEFILE"' EXIT

# run_tool CORPUS TOOL RUN: one build; RUN 0 is the untimed build that creates the output folder.
run_tool() {
  local corpus="$1" tool="$2" run="$3" dir="$BENCH/corpora/$1" out="$OUT/$1/$2" status=0 theme
  mkdir -p "$OUT/$corpus"
  case "$tool" in
    staticreader)
      theme="$(theme_for "$corpus")"
      /usr/bin/time -f "%e %M" -o "$TIMEFILE" dotnet "$SR_DLL" build --verbose \
        --input "$dir/staticreader" --output "$out" --theme "$theme" > "$RESULTS/last-sr.log" 2>&1 || status=$?
      awk -v c="$corpus" -v r="$run" '$2 ~ /^[0-9.]+$/ && $3 == "ms" { printf "%s\t%s\t%s\t%s\n", c, r, $1, $2 }' \
        "$RESULTS/last-sr.log" >> "$STAGES"
      # StaticReader swaps the new tree in and leaves the old one to a detached 'rm -rf' that outlives
      # the process. Wait for it, so that its disk and CPU work is not charged to the next tool, and
      # record how long it took (off StaticReader's critical path, so not in its wall time).
      local t0 t1
      t0="$(date +%s.%N)"
      while compgen -G "$OUT/$corpus/.$tool-trash-*" >/dev/null; do sleep 0.05; done
      t1="$(date +%s.%N)"
      [ "$run" = 0 ] || awk -v c="$corpus" -v r="$run" -v a="$t0" -v b="$t1" \
        'BEGIN { printf "%s\t%s\tbackground-delete\t%.0f\n", c, r, (b - a) * 1000 }' >> "$STAGES"
      ;;
    hugo)
      /usr/bin/time -f "%e %M" -o "$TIMEFILE" hugo --quiet \
        --source "$dir/hugo" --destination "$out" > "$RESULTS/last-hugo.log" 2>&1 || status=$?
      ;;
    eleventy)
      ( cd "$dir/eleventy" && /usr/bin/time -f "%e %M" -o "$TIMEFILE" node "$ELEVENTY" --quiet \
        --output="$out" > "$RESULTS/last-eleventy.log" 2>&1 ) || status=$?
      ;;
  esac
  if [ "$status" != 0 ]; then
    log "$tool on $corpus failed (exit $status); see $RESULTS/last-*.log"
    cp "$RESULTS/last-$([ "$tool" = staticreader ] && echo sr || echo "$tool").log" "$RESULTS/$STAMP.$corpus.$tool.failed.log" || true
  fi
  LAST_STATUS="$status"
  if [ "$run" != 0 ] || [ "$status" != 0 ]; then
    read -r wall rss < <(tail -1 "$TIMEFILE")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$corpus" "$tool" "$run" "$wall" "$rss" "$status" >> "$TSV"
    log "$corpus $tool run $run: ${wall}s $((rss / 1024)) MB"
  fi
}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  echo "cpu: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "dotnet: $(dotnet --version)"
  echo "hugo: $(hugo version | awk '{ print $2 }')"
  echo "eleventy: $(node "$ELEVENTY" --version)"
  echo "node: $(node --version)"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) (src/ last changed in $(git -C "$ROOT" log -1 --format=%h -- src 2>/dev/null || echo unknown))"
  echo "runs: $RUNS (reader-40000: $LARGE_RUNS), after one untimed build per tool into the same output folder"
  echo "staticreader theme: $THEME ($(theme_for reader-4000)); glossary-4000: theme/"
  echo "output: $OUT ($(df --output=fstype "$OUT" | tail -1))"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULTS/$STAMP.env"

for corpus in $CORPORA; do
  tools="staticreader hugo eleventy"; runs="$RUNS"
  case "$corpus" in *-40000) tools="$LARGE_TOOLS"; runs="$LARGE_RUNS" ;; esac
  log "$corpus: warm-up build per tool (untimed)"
  ok_tools=""
  for tool in $tools; do
    run_tool "$corpus" "$tool" 0
    # A tool that cannot build the corpus at all is recorded once (run 0) and not run again.
    if [ "$LAST_STATUS" = 0 ]; then ok_tools="$ok_tools $tool"; fi
  done
  for run in $(seq 1 "$runs"); do
    for tool in $ok_tools; do run_tool "$corpus" "$tool" "$run"; done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/$STAMP.env"

# ---- search index (C# vs lunr.js) -----------------------------------------------------------
# Only glossary-4000 has search on (the plain corpora set search: false, as the peers build no index).
if [ ! -f "$ROOT/tests/lunr/build-index.js" ]; then
  echo "search: skipped: no lunr.js harness in this tree (tests/lunr/build-index.js absent)" >> "$RESULTS/$STAMP.env"
elif case " $CORPORA " in *" glossary-4000 "*) false ;; *) true ;; esac; then
  echo "search: skipped: glossary-4000 (the corpus with search on) was not in this run" >> "$RESULTS/$STAMP.env"
else
  log "search index build on glossary-4000: StaticReader vs lunr.js"
  OUT="$OUT" "$BENCH/search-index.sh" glossary-4000 > "$RESULTS/$STAMP.search.md" || log "search index comparison failed"
fi
# ---- serve: one edited file -> reload event ------------------------------------------------------
for corpus in reader-4000 glossary-4000; do
  case " $CORPORA " in *" $corpus "*) ;; *) continue ;; esac
  theme="$(theme_for "$corpus")"
  log "serve latency on $corpus"
  python3 "$BENCH/serve-latency.py" --dll "$SR_DLL" --corpus "$corpus" --theme "$theme" \
    --work "$OUT/serve-$corpus" >> "$RESULTS/$STAMP.serve.md" || log "serve latency on $corpus failed"
  echo >> "$RESULTS/$STAMP.serve.md"
done

python3 "$BENCH/summarize.py" "$RESULTS/$STAMP" | tee "$RESULTS/$STAMP.md"
cp "$RESULTS/$STAMP.md" "$RESULTS/latest.md"
log "raw figures: $TSV; stage timings: $STAGES; table: $RESULTS/latest.md"

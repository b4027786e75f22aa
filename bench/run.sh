#!/usr/bin/env bash
# StaticReader benchmark: StaticReader (Release) against Hugo and Eleventy on the same corpora, and the six targets of
# issue 21 in one run (the "Targets (issue 21)" table of bench/summarize.py).
#
#   bench/run.sh                       everything (about 15-20 minutes on 2 cores)
#   bench/run.sh --runs 3 --corpora "stub-4000 reader-4000"
#
# Options (or the environment variables in brackets):
#   --runs N            timed runs per tool on the 4,000-page corpora            [RUNS=5]
#   --large-runs N      timed runs per tool on reader-40000                      [LARGE_RUNS=3]
#   --corpora "A B"     corpora to run (stub-4000 reader-4000 glossary-4000 reader-40000)
#   --tools "T"         tools on the 4,000-page corpora                          [TOOLS="staticreader hugo eleventy
#                       staticreader-search hugo+pagefind"]; the last two run on reader-4000 only: StaticReader
#                       with search on (a copy of the corpus with "search: true", theme/) against Hugo followed by
#                       Pagefind over Hugo's output (issue 21's second target)
#   --large-tools "T"   tools on reader-40000 (staticreader hugo eleventy)       [LARGE_TOOLS="staticreader hugo"]
#   --out DIR           where the tools write their sites                        [OUT=bench/work/out]
#                       (put it on tmpfs, e.g. /dev/shm/bench-out, when the disk throttles writes)
#   --theme T           StaticReader's theme: "full" (theme/, what a site is built with) or
#                       "minimal" (bench/themes/minimal, the peers' tiny shell)   [THEME=full]
#                       glossary-4000 and staticreader-search always use theme/ (notes, previews, the search box)
#   --startup-runs N    runs of the packed tool's --version (0: no pack, start-up not measured) [STARTUP_RUNS=10]
#   --no-install        do not apt-get / npm ci (fail if something is missing)
#
# From a fresh clone it installs what it needs (Debian 'time' and 'hugo', the pinned Eleventy and Pagefind
# with npm ci), builds StaticReader in Release, packs it and installs the package as a tool, writes the corpora
# when missing, then for every corpus builds each site once to create its output folder and N times more,
# alternating the tools, each into its existing output folder as a writer rebuilds. Wall time, peak RSS and CPU
# time come from /usr/bin/time -f "%e %M %U %S". Then it times the packed tool's --version, runs the search index
# comparison (glossary-4000) and serve latency (reader-4000, glossary-4000; when the tools include staticreader).
# It prints medians, ratios and the targets as markdown; raw figures, the table and StaticReader's --verbose stage
# timings are kept in bench/work/results/.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
RUNS="${RUNS:-5}"
LARGE_RUNS="${LARGE_RUNS:-3}"
CORPORA="${CORPORA:-stub-4000 reader-4000 glossary-4000 reader-40000}"
TOOLS="${TOOLS:-staticreader hugo eleventy staticreader-search hugo+pagefind}"
LARGE_TOOLS="${LARGE_TOOLS:-staticreader hugo}"
STARTUP_RUNS="${STARTUP_RUNS:-10}"
THEME="${THEME:-full}"
INSTALL=1

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --large-runs) LARGE_RUNS="$2"; shift 2 ;;
    --corpora) CORPORA="$2"; shift 2 ;;
    --tools) TOOLS="$2"; shift 2 ;;
    --large-tools) LARGE_TOOLS="$2"; shift 2 ;;
    --startup-runs) STARTUP_RUNS="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --theme) THEME="$2"; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
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
PAGEFIND="$BENCH/node_modules/.bin/pagefind"
# want_have PACKAGE: the version bench/package.json pins and the one installed ("" when absent).
want_have() {
  node -p "require('$BENCH/package.json').devDependencies['$1'] + ' ' +
    (() => { try { return require('$BENCH/node_modules/$1/package.json').version } catch { return '' } })()"
}
NPM_OK=1
for package in @11ty/eleventy pagefind; do
  read -r want have < <(want_have "$package")
  [ "$want" = "${have:-}" ] || NPM_OK=0
done
# Pagefind's npm package runs a native binary from an optional dependency for the platform; check it starts.
"$PAGEFIND" --version >/dev/null 2>&1 || NPM_OK=0
if [ "$NPM_OK" = 0 ]; then
  [ "$INSTALL" = 1 ] || { echo "run.sh: the pinned Eleventy or Pagefind is missing (npm ci --prefix bench)" >&2; exit 1; }
  log "npm ci --prefix bench"
  npm ci --prefix "$BENCH" --no-audit --no-fund --loglevel=error >/dev/null
fi

# Published ReadyToRun: precompiled code spares each build most of its JIT start-up.
log "dotnet publish -c Release -r linux-x64 -p:PublishReadyToRun=true src/StaticReader"
dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$ROOT/bench/work/staticreader" "$ROOT/src/StaticReader" -nologo -v q >/dev/null
SR_DLL="$ROOT/bench/work/staticreader/StaticReader.dll"
[ -f "$SR_DLL" ] || { echo "run.sh: $SR_DLL was not built" >&2; exit 1; }

# The tool as a user installs it (issue 21's fifth target): the pointer package StaticReader, which names
# StaticReader.linux-x64 (ReadyToRun) and StaticReader.any. A fresh --tool-path each run: the installed copy lives
# in its .store, so a previous run's package of the same version cannot be picked up instead.
PACKAGES="$BENCH/work/pack"
TOOL_PATH="$BENCH/work/tool"
BENCH_VERSION="0.0.0-bench"
if [ "$STARTUP_RUNS" -gt 0 ]; then
  log "dotnet pack src/StaticReader -c Release -p:Version=$BENCH_VERSION; dotnet tool install --tool-path $TOOL_PATH"
  rm -rf "$PACKAGES" "$TOOL_PATH"
  dotnet pack "$ROOT/src/StaticReader" -c Release -o "$PACKAGES" -p:Version="$BENCH_VERSION" -nologo -v q >/dev/null
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 dotnet tool install StaticReader --tool-path "$TOOL_PATH" \
    --add-source "$PACKAGES" --version "$BENCH_VERSION" >/dev/null
  [ -x "$TOOL_PATH/staticreader" ] || { echo "run.sh: the packed tool was not installed in $TOOL_PATH" >&2; exit 1; }
fi

log "corpora: $CORPORA"
python3 "$BENCH/generate-corpus.py" $CORPORA >&2

# ---- measurement ----------------------------------------------------------------------------
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RESULTS="$BENCH/work/results"
OUT="${OUT:-$BENCH/work/out}"
mkdir -p "$RESULTS" "$OUT"
TSV="$RESULTS/$STAMP.tsv"
STAGES="$RESULTS/$STAMP.stages.tsv"
# user_s and sys_s: CPU time of the process and every child it waited for (Pagefind's native binary, for one).
printf 'corpus\ttool\trun\twall_s\trss_kb\texit\tuser_s\tsys_s\n' > "$TSV"
printf 'corpus\trun\tstage\tms\n' > "$STAGES"
TIMEFILE="$(mktemp)"
TIMEFILE2="$(mktemp)"
trap 'rm -f "$TIMEFILE" "$TIMEFILE2"' EXIT
TIME_FORMAT="%e %M %U %S"

# The search-on build (issue 21's second target) reads a copy of reader-4000 with "search: true"; the corpus itself
# stays as the peers read it.
SEARCH_INPUT="$BENCH/work/search-input"
prepare_search_input() {
  rm -rf "$SEARCH_INPUT/$1" && mkdir -p "$SEARCH_INPUT"
  cp -r "$BENCH/corpora/$1/staticreader" "$SEARCH_INPUT/$1"
  sed -i 's/^search: .*/search: true/' "$SEARCH_INPUT/$1/site.yml"
  grep -q '^search: true$' "$SEARCH_INPUT/$1/site.yml" || { echo "run.sh: could not turn search on in $SEARCH_INPUT/$1" >&2; exit 1; }
}

# staticreader_build CORPUS TOOL RUN INPUT THEME STAGE_LABEL LOG: one timed StaticReader build; its --verbose stage
# timings go to the stages file under STAGE_LABEL.
staticreader_build() {
  local corpus="$1" tool="$2" run="$3" input="$4" theme="$5" label="$6" log="$7" out="$OUT/$1/$2" status=0
  /usr/bin/time -f "$TIME_FORMAT" -o "$TIMEFILE" dotnet "$SR_DLL" build --verbose \
    --input "$input" --output "$out" --theme "$theme" > "$log" 2>&1 || status=$?
  awk -v c="$label" -v r="$run" '$2 ~ /^[0-9.]+$/ && $3 == "ms" { printf "%s\t%s\t%s\t%s\n", c, r, $1, $2 }' \
    "$log" >> "$STAGES"
  # StaticReader swaps the new tree in and leaves the old one to a detached 'rm -rf' that outlives the process.
  # Wait for it, so that its disk and CPU work is not charged to the next tool, and record how long it took (off
  # StaticReader's critical path, so not in its wall time; not waited for by /usr/bin/time, so not in its CPU time).
  local t0 t1
  t0="$(date +%s.%N)"
  while compgen -G "$OUT/$corpus/.$tool-trash-*" >/dev/null; do sleep 0.05; done
  t1="$(date +%s.%N)"
  [ "$run" = 0 ] || awk -v c="$label" -v r="$run" -v a="$t0" -v b="$t1" \
    'BEGIN { printf "%s\t%s\tbackground-delete\t%.0f\n", c, r, (b - a) * 1000 }' >> "$STAGES"
  return "$status"
}

# record CORPUS TOOL RUN STATUS TIMEFILE: one row of the raw figures.
record() {
  local wall rss user sys
  read -r wall rss user sys < <(tail -1 "$5")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$wall" "$rss" "$4" "$user" "$sys" >> "$TSV"
  log "$1 $2 run $3: ${wall}s $((rss / 1024)) MB, CPU ${user}s user ${sys}s sys"
}

# run_tool CORPUS TOOL RUN: one build; RUN 0 is the untimed build that creates the output folder.
run_tool() {
  local corpus="$1" tool="$2" run="$3" dir="$BENCH/corpora/$1" out="$OUT/$1/$2" status=0 log
  mkdir -p "$OUT/$corpus"
  case "$tool" in
    staticreader)
      log="$RESULTS/last-sr.log"
      staticreader_build "$corpus" "$tool" "$run" "$dir/staticreader" "$(theme_for "$corpus")" "$corpus" "$log" || status=$?
      ;;
    staticreader-search)
      log="$RESULTS/last-sr-search.log"
      staticreader_build "$corpus" "$tool" "$run" "$SEARCH_INPUT/$corpus" "$ROOT/theme" "$corpus+search" "$log" || status=$?
      ;;
    hugo)
      log="$RESULTS/last-hugo.log"
      /usr/bin/time -f "$TIME_FORMAT" -o "$TIMEFILE" hugo --quiet \
        --source "$dir/hugo" --destination "$out" > "$log" 2>&1 || status=$?
      ;;
    hugo+pagefind)
      # What a Hugo user runs for search: Hugo, then Pagefind over Hugo's output. Timed one after the other and
      # summed (wall and CPU; memory is the larger peak); Pagefind's share is kept as the row "pagefind".
      log="$RESULTS/last-hugo.log"
      /usr/bin/time -f "$TIME_FORMAT" -o "$TIMEFILE" hugo --quiet \
        --source "$dir/hugo" --destination "$out" > "$log" 2>&1 || status=$?
      if [ "$status" = 0 ]; then
        log="$RESULTS/last-pagefind.log"
        /usr/bin/time -f "$TIME_FORMAT" -o "$TIMEFILE2" "$PAGEFIND" --site "$out" --quiet > "$log" 2>&1 || status=$?
        [ "$run" = 0 ] || [ "$status" != 0 ] || record "$corpus" pagefind "$run" 0 "$TIMEFILE2"
        read -r w1 m1 u1 s1 < <(tail -1 "$TIMEFILE")
        read -r w2 m2 u2 s2 < <(tail -1 "$TIMEFILE2")
        awk -v w1="$w1" -v m1="$m1" -v u1="$u1" -v s1="$s1" -v w2="$w2" -v m2="$m2" -v u2="$u2" -v s2="$s2" \
          'BEGIN { printf "%.2f %d %.2f %.2f\n", w1 + w2, (m1 > m2 ? m1 : m2), u1 + u2, s1 + s2 }' > "$TIMEFILE"
      fi
      ;;
    eleventy)
      log="$RESULTS/last-eleventy.log"
      ( cd "$dir/eleventy" && /usr/bin/time -f "$TIME_FORMAT" -o "$TIMEFILE" node "$ELEVENTY" --quiet \
        --output="$out" > "$log" 2>&1 ) || status=$?
      ;;
    *) echo "run.sh: unknown tool '$tool'" >&2; exit 2 ;;
  esac
  if [ "$status" != 0 ]; then
    log "$tool on $corpus failed (exit $status); see $log"
    cp "$log" "$RESULTS/$STAMP.$corpus.$tool.failed.log" || true
  fi
  LAST_STATUS="$status"
  if [ "$run" != 0 ] || [ "$status" != 0 ]; then
    record "$corpus" "$tool" "$run" "$status" "$TIMEFILE"
  fi
}

# tools_for CORPUS: the tools that build CORPUS in this run.
tools_for() {
  local t list=""
  case "$1" in *-40000) echo "$LARGE_TOOLS"; return ;; esac
  for t in $TOOLS; do
    case "$t" in staticreader-search|hugo+pagefind) [ "$1" = reader-4000 ] || continue ;; esac
    list="$list $t"
  done
  echo "$list"
}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  echo "cpu: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "dotnet: $(dotnet --version)"
  echo "hugo: $(hugo version | awk '{ print $2 }')"
  echo "eleventy: $(node "$ELEVENTY" --version)"
  echo "pagefind: $("$PAGEFIND" --version | awk '{ print $2 }')"
  echo "node: $(node --version)"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown) (src/ last changed in $(git -C "$ROOT" log -1 --format=%h -- src 2>/dev/null || echo unknown))"
  echo "runs: $RUNS (reader-40000: $LARGE_RUNS), after one untimed build per tool into the same output folder"
  echo "tools: $TOOLS (reader-40000: $LARGE_TOOLS)"
  echo "staticreader theme: $THEME ($(theme_for reader-4000)); glossary-4000 and staticreader-search: theme/"
  echo "output: $OUT ($(df --output=fstype "$OUT" | tail -1))"
  echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RESULTS/$STAMP.env"

for corpus in $CORPORA; do
  tools="$(tools_for "$corpus")"; runs="$RUNS"
  case "$corpus" in *-40000) runs="$LARGE_RUNS" ;; esac
  case " $tools " in *" staticreader-search "*) prepare_search_input "$corpus" ;; esac
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

# ---- start-up: the packed tool's --version ---------------------------------------------------------
# Run 1 is the first start after the install (its files fresh in the page cache, nothing else warmed up) and is
# reported apart as the cold start; the target is the median of the others. Wall time from date's nanoseconds around
# the run (/usr/bin/time's %e counts only hundredths), memory and CPU from /usr/bin/time.
if [ "$STARTUP_RUNS" -gt 0 ]; then
  log "start-up: $TOOL_PATH/staticreader --version, $STARTUP_RUNS runs"
  STARTUP="$RESULTS/$STAMP.startup.tsv"
  printf 'run\twall_ms\trss_kb\tuser_s\tsys_s\texit\n' > "$STARTUP"
  for run in $(seq 1 "$STARTUP_RUNS"); do
    status=0
    t0="$(date +%s%N)"
    /usr/bin/time -f "$TIME_FORMAT" -o "$TIMEFILE" "$TOOL_PATH/staticreader" --version >/dev/null 2>&1 || status=$?
    t1="$(date +%s%N)"
    read -r wall rss user sys < <(tail -1 "$TIMEFILE")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')" "$rss" "$user" "$sys" "$status" >> "$STARTUP"
  done
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$RESULTS/$STAMP.env"
if [ "$STARTUP_RUNS" -gt 0 ]; then
  # Which package the install picked (the pointer package names a RID-specific one) and the version it reports.
  echo "packed tool: $("$TOOL_PATH/staticreader" --version 2>&1 | head -1), installed package: $(ls "$TOOL_PATH/.store/staticreader/$BENCH_VERSION" | grep -i '^staticreader\.' | paste -sd ' ')" >> "$RESULTS/$STAMP.env"
fi

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
# It measures StaticReader alone, so it runs when the tools include staticreader.
for corpus in reader-4000 glossary-4000; do
  case " $CORPORA " in *" $corpus "*) ;; *) continue ;; esac
  case " $TOOLS " in *" staticreader "*) ;; *) continue ;; esac
  theme="$(theme_for "$corpus")"
  log "serve latency on $corpus"
  python3 "$BENCH/serve-latency.py" --dll "$SR_DLL" --corpus "$corpus" --theme "$theme" \
    --work "$OUT/serve-$corpus" >> "$RESULTS/$STAMP.serve.md" || log "serve latency on $corpus failed"
  echo >> "$RESULTS/$STAMP.serve.md"
done

python3 "$BENCH/summarize.py" "$RESULTS/$STAMP" | tee "$RESULTS/$STAMP.md"
cp "$RESULTS/$STAMP.md" "$RESULTS/latest.md"
log "raw figures: $TSV; stage timings: $STAGES; table: $RESULTS/latest.md"

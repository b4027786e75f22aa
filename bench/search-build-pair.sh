#!/usr/bin/env bash
# Issue 21's second target on its own: reader-4000 with search on, StaticReader's whole build against the pair a Hugo
# user runs for search (Hugo, then Pagefind 1.6.0 over Hugo's output), alternating, RUNS times, outputs on tmpfs.
# A thin wrapper: run.sh measures this as the tools staticreader-search and hugo+pagefind of reader-4000 (see its
# header); here it runs only those two, without the packed tool's start-up and serve. Further options go to run.sh.
#
#   bench/search-build-pair.sh [RUNS] [run.sh options]
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNS="${1:-3}"
[ $# -eq 0 ] || shift
exec "$BENCH/run.sh" --corpora reader-4000 --runs "$RUNS" --tools "staticreader-search hugo+pagefind" \
  --startup-runs 0 --out /dev/shm/sr-search-pair "$@"

#!/usr/bin/env bash
# Installs what the tests need on a fresh machine, then runs every test.
set -euo pipefail
cd "$(dirname "$0")"

source scripts/ensure-node.sh
for dir in theme tests/lunr tests/StaticReader.BrowserTests tests/lighthouse; do
  if [ -f "$dir/package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund --silent
  fi
done
if [ -d tests/StaticReader.BrowserTests ] && [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq && apt-get install -y -qq chromium
fi
# The EPUB tests validate every EPUB they build with epubcheck, and the Nu HTML checker (npm vnu-jar, pinned in
# tests/StaticReader.BrowserTests) checks the chart pages: both are Java programs.
if ! command -v epubcheck >/dev/null || ! command -v java >/dev/null; then
  apt-get update -qq && apt-get install -y -qq epubcheck default-jre-headless
fi

# Category=Bench tests print timings for bench/ and take minutes: run them by hand.
# The two test projects run one after the other: browser tests measure layout shift and timing,
# which a build-and-test run of the other project on the same cores would disturb.
# Locked mode: the restore must match every packages.lock.json, or the run fails (no silent upgrade).
dotnet restore StaticReader.sln --locked-mode
dotnet build StaticReader.sln --nologo -c Release --no-restore
status=0
for project in tests/StaticReader.Tests tests/StaticReader.BrowserTests; do
  dotnet test "$project" --no-build --nologo -c Release --filter "Category!=Bench" --logger "console;verbosity=normal" "$@" || status=1
done
exit $status

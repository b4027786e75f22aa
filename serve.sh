#!/usr/bin/env bash
# Builds the site from input/ and serves it at http://127.0.0.1:5080/, rebuilding and
# reloading the browser on every change to input/ or theme/.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-node.sh
# The tool is published ReadyToRun (compiled ahead of time, so start-up and each rebuild's first run of the code skip
# the JIT) on x86-64 Linux, and run from there; elsewhere it runs as a plain Release build. Publishing again is
# incremental: a few seconds when nothing changed.
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  dotnet publish src/StaticReader -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o artifacts/serve --nologo -v quiet
  exec dotnet artifacts/serve/StaticReader.dll serve "$@"
fi
exec dotnet run --project src/StaticReader -c Release -- serve "$@"

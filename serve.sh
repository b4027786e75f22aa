#!/usr/bin/env bash
# Builds the site from input/ and serves it at http://127.0.0.1:5080/, rebuilding and
# reloading the browser on every change to input/ or theme/.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/ensure-node.sh
exec dotnet run --project src/StaticReader -c Release -- serve "$@"

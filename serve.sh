#!/usr/bin/env bash
# Builds the site from input/ into output/ and serves it at http://127.0.0.1:5080/.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f theme/package-lock.json ] && [ ! -d theme/node_modules ]; then
  npm ci --prefix theme --no-audit --no-fund --silent
fi
dotnet run --project src/StaticReader -c Release -- build "$@"
exec python3 -m http.server 5080 --bind 127.0.0.1 --directory output

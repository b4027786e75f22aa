#!/usr/bin/env bash
# Sourced by serve.sh and test.sh: installs Debian's Node.js and npm when they are missing (the theme's
# lunr.js comes from npm when the tool is compiled), so both commands work on a machine that has only
# the .NET SDK.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo ">> installing Node.js and npm (apt-get)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

#!/usr/bin/env bash
# Netlify's build command (netlify.toml: [build] command). Builds input/ into output/.
#
# 1. Finds a .NET SDK >= 10. When there is none (Netlify's build image has no .NET 10),
#    installs one with Microsoft's dotnet-install script into Netlify's build cache
#    ($NETLIFY_CACHE_DIR, /opt/build/cache), which Netlify restores on the next build,
#    so only the first build (or the first after "Clear cache and deploy") downloads it.
#    NuGet packages are kept in the same cache.
# 2. Builds with the URL of this deploy: $URL in production, $DEPLOY_PRIME_URL in deploy
#    previews and branch deploys, and with --drafts outside production.
# 3. Outside production, writes output/_headers with `X-Robots-Tag: noindex`.
#
# Environment (all optional; Netlify sets the first four):
#   CONTEXT                  production | deploy-preview | branch-deploy | dev | …
#   URL, DEPLOY_PRIME_URL    the site's main URL, this deploy's URL
#   NETLIFY                  "true" on Netlify's build machines
#   STATICREADER_DRAFTS      true/false: build drafts (default: false in production, else true)
#   STATICREADER_NOINDEX     true/false: serve every path with X-Robots-Tag: noindex (same default)
#   STATICREADER_BASE_URL    overrides the base URL (scripts/verify-netlify.sh uses it)
#   STATICREADER_DOTNET_CHANNEL  SDK channel that dotnet-install installs (default: 10.0)
#
# Runs the same way by hand: `CONTEXT=deploy-preview bash scripts/netlify-build.sh`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[netlify-build] %s\n' "$*"; }
die() { printf '[netlify-build] error: %s\n' "$*" >&2; exit 1; }

# A boolean from the environment: true/false (also 1/0, yes/no), or the default.
flag() {
  local name=$1 default=$2 value
  value=${!name:-$default}
  case "${value,,}" in
    true | 1 | yes) echo true ;;
    false | 0 | no) echo false ;;
    *) die "$name must be true or false, not '$value'" ;;
  esac
}

# True when the dotnet at $1 lists an SDK whose major version is 10 or more.
has_sdk_10() {
  "$1" --list-sdks 2>/dev/null | awk '{ split($1, v, "."); if (v[1] + 0 >= 10) ok = 1 } END { exit !ok }'
}

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false

on_netlify=false
[ "${NETLIFY:-}" = true ] && on_netlify=true
context=${CONTEXT:-}
if [ -z "$context" ]; then
  log "CONTEXT is not set (not a Netlify build): building as a non-production deploy"
  context=local
fi
production=false
[ "$context" = production ] && production=true
log "context: $context (on Netlify: $on_netlify)"

# --- Netlify's build cache --------------------------------------------------------------
# Netlify keeps the folder $NETLIFY_CACHE_DIR ($NETLIFY_BUILD_BASE/cache, /opt/build/cache)
# between builds of a site; anything written there is restored before the next build.
cache_dir=""
if [ -n "${NETLIFY_CACHE_DIR:-}" ]; then
  cache_dir=$NETLIFY_CACHE_DIR
elif [ -n "${NETLIFY_BUILD_BASE:-}" ]; then
  cache_dir=$NETLIFY_BUILD_BASE/cache
elif $on_netlify && [ -d /opt/build/cache ]; then
  cache_dir=/opt/build/cache
fi
if [ -n "$cache_dir" ]; then
  mkdir -p "$cache_dir"
  log "build cache: $cache_dir"
  dotnet_dir=$cache_dir/dotnet
  export NUGET_PACKAGES=${NUGET_PACKAGES:-$cache_dir/nuget-packages}
  log "NuGet packages: $NUGET_PACKAGES"
else
  dotnet_dir=${DOTNET_INSTALL_DIR:-$HOME/.dotnet}
fi

# --- .NET SDK ---------------------------------------------------------------------------
dotnet=""
if command -v dotnet >/dev/null 2>&1 && has_sdk_10 "$(command -v dotnet)"; then
  dotnet=$(command -v dotnet)
  log "using the installed .NET SDK: $dotnet"
elif [ -x "$dotnet_dir/dotnet" ] && has_sdk_10 "$dotnet_dir/dotnet"; then
  dotnet=$dotnet_dir/dotnet
  log "using the cached .NET SDK: $dotnet"
else
  channel=${STATICREADER_DOTNET_CHANNEL:-10.0}
  log "no .NET SDK >= 10 found: installing channel $channel into $dotnet_dir with dotnet-install"
  command -v curl >/dev/null 2>&1 || die "curl is needed to download dotnet-install.sh"
  installer=$(mktemp "${TMPDIR:-/tmp}/dotnet-install.XXXXXX.sh")
  trap 'rm -f "$installer"' EXIT
  # Microsoft's documented address of the script; it redirects to their download host.
  curl --fail --silent --show-error --location --retry 3 --retry-delay 2 \
    https://dot.net/v1/dotnet-install.sh -o "$installer" \
    || die "could not download https://dot.net/v1/dotnet-install.sh (no network access to Microsoft?)"
  mkdir -p "$dotnet_dir"
  bash "$installer" --channel "$channel" --install-dir "$dotnet_dir" --no-path \
    || die "dotnet-install failed to install the .NET SDK (channel $channel) into $dotnet_dir"
  dotnet=$dotnet_dir/dotnet
  has_sdk_10 "$dotnet" || die "dotnet-install finished but $dotnet lists no SDK >= 10"
fi
if [ "$dotnet" = "$dotnet_dir/dotnet" ]; then
  export DOTNET_ROOT=$dotnet_dir
  export PATH="$dotnet_dir:$PATH"
fi
# The SDK itself needs ICU unless told to run without it (the site's code uses
# invariant globalization either way).
has_icu() {
  local ldconfig
  ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
  "$ldconfig" -p 2>/dev/null | grep -q 'libicuuc\.so' && return 0
  compgen -G '/usr/lib/*/libicuuc.so*' >/dev/null || compgen -G '/usr/lib*/libicuuc.so*' >/dev/null
}
if [ "$(uname -s)" = Linux ] && ! has_icu; then
  log "no ICU library found: running the SDK with invariant globalization"
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
fi
log ".NET SDK $("$dotnet" --version)"

# --- What to build ----------------------------------------------------------------------
default_preview=true
$production && default_preview=false
drafts=$(flag STATICREADER_DRAFTS "$default_preview")
noindex=$(flag STATICREADER_NOINDEX "$default_preview")

if [ -n "${STATICREADER_BASE_URL:-}" ]; then
  base_url=$STATICREADER_BASE_URL
  log "base URL from STATICREADER_BASE_URL: $base_url"
elif $production; then
  base_url=${URL:-}
  [ -n "$base_url" ] && log "base URL from URL: $base_url"
else
  base_url=${DEPLOY_PRIME_URL:-}
  [ -n "$base_url" ] && log "base URL from DEPLOY_PRIME_URL: $base_url"
fi
if [ -z "$base_url" ]; then
  $on_netlify && die "Netlify did not set $($production && echo URL || echo DEPLOY_PRIME_URL): cannot tell the site's address"
  log "no deploy URL in the environment: using baseUrl from input/site.yml"
fi

args=(build --output output)
[ -n "$base_url" ] && args+=(--base-url "$base_url")
$drafts && args+=(--drafts)

log "drafts: $drafts, noindex: $noindex"
log "running: dotnet run -c Release --project src/StaticReader -- ${args[*]}"
"$dotnet" run -c Release --project src/StaticReader -- "${args[@]}"

# The build replaces output/ only when it succeeds; make sure it is a site.
for required in output/index.html output/404.html; do
  [ -f "$required" ] || die "the build succeeded but $required is missing: not publishing"
done

# --- Per-deploy headers -----------------------------------------------------------------
# netlify.toml's [[headers]] apply to every deploy context; a _headers file in the
# publish folder belongs to this deploy only. Append, in case the build wrote one.
if $noindex; then
  {
    [ -s output/_headers ] && printf '\n'
    printf '# Written by scripts/netlify-build.sh: %s deploys are not for search engines.\n' "$context"
    printf '/*\n  X-Robots-Tag: noindex\n'
  } >> output/_headers
  log "wrote output/_headers: X-Robots-Tag: noindex on every path"
fi

log "done: $(find output -type f | wc -l) files in output/ ($(du -sh output | cut -f1))"

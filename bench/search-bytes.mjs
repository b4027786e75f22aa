#!/usr/bin/env node
// Bytes a reader downloads for a first search query, StaticReader's sharded index against Pagefind, in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core). For each query, a fresh browser context opens the
// home page, then the search runs; every response after the page's own load is counted (the page's HTML and CSS
// excluded, search JavaScript included) at its gzip -6 size, as a CDN would send it. Also prints, for StaticReader,
// the time from the last byte of any request to the results on screen (the 60 ms typing pause is before the query
// starts, so it is not in this figure).
//
//   node bench/search-bytes.mjs SITE_DIR "query one" "query two" ...
//
// SITE_DIR is a StaticReader build; Pagefind's index must be in SITE_DIR/pagefind (search-bytes.sh makes it).
import { chromium } from 'playwright-core'
import http from 'node:http'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const [siteArg, ...queries] = process.argv.slice(2)
const site = siteArg && path.resolve(siteArg)
if (!siteArg || !queries.length) {
  console.error('usage: node bench/search-bytes.mjs SITE_DIR QUERY...')
  process.exit(2)
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' }
const server = http.createServer((req, res) => {
  let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname))
  if (!file.startsWith(site)) { res.writeHead(403); res.end(); return }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html')
  if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' })
  res.end(fs.readFileSync(file))
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })

async function measure (engine, query) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(origin + '/', { waitUntil: 'load' })
  const counted = []
  page.on('response', async (response) => {
    try {
      const body = await response.body()
      counted.push({ url: response.url(), gzip: zlib.gzipSync(body, { level: 6 }).length })
    } catch { /* a redirect or an aborted request has no body */ }
  })
  let afterLastByteMs = null
  if (engine === 'staticreader') {
    // The moment the results are on screen (the popup gets its data-query), against the last byte of any request.
    await page.evaluate(() => {
      const popup = document.querySelector('.sr-popup')
      new MutationObserver(() => { if (popup.getAttribute('data-query')) window.__shownAt = performance.now() })
        .observe(popup, { attributes: true, attributeFilter: ['data-query'] })
    })
    await page.focus('#search-input')
    await page.fill('#search-input', query)
    await page.waitForFunction((q) => document.querySelector('.sr-popup')?.getAttribute('data-query') === q, query, { timeout: 60000 })
    afterLastByteMs = await page.evaluate(() => window.__shownAt -
      Math.max(...performance.getEntriesByType('resource').map((e) => e.responseEnd)))
  } else {
    // Pagefind's own API as its UI uses it: search, then the data of the first eight results.
    await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js')
      const search = await pagefind.search(q)
      await Promise.all(search.results.slice(0, 8).map((r) => r.data()))
    }, query)
  }
  await page.waitForTimeout(200)
  await context.close()
  const bytes = counted.reduce((sum, r) => sum + r.gzip, 0)
  return { bytes, requests: counted.length, afterLastByteMs }
}

console.log('| query | StaticReader gzip KB (requests) | Pagefind gzip KB (requests) | StaticReader results after last byte |')
console.log('|---|---|---|---|')
for (const query of queries) {
  const ours = await measure('staticreader', query)
  const theirs = fs.existsSync(path.join(site, 'pagefind', 'pagefind.js')) ? await measure('pagefind', query) : null
  console.log(`| ${query} | ${(ours.bytes / 1024).toFixed(1)} (${ours.requests}) | ${theirs ? (theirs.bytes / 1024).toFixed(1) + ' (' + theirs.requests + ')' : 'n/a'} | ${ours.afterLastByteMs.toFixed(0)} ms |`)
}
await browser.close()
server.close()

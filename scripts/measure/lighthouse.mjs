// `npm run lighthouse`: Lighthouse (Node API, headless Chromium) on the built demo pages.
//
// Builds if dist/ is missing, serves the repository root on 127.0.0.1 (a free port), and runs
// the accessibility, best-practices, performance and SEO categories on demo/index.html and
// demo/embed.html. Prints a table of scores and the failing accessibility and best-practices
// audits. Scores are reported, not enforced: the exit code is non-zero only when Lighthouse
// could not run (no browser, a launch error, a page that did not load).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium).
// Options: --desktop (Lighthouse's desktop preset; the default is its mobile preset with
// simulated throttling), --out=DIR (also write each page's HTML and JSON report to DIR).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { browserPaths, CHROMIUM_ARGS } from '../lib/browsers.mjs';
import { serve } from '../lib/serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = ['demo/index.html', 'demo/embed.html'];
const CATEGORIES = [
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['performance', 'Performance'],
  ['seo', 'SEO'],
];
const DETAILED = ['accessibility', 'best-practices']; // categories whose failing audits are listed
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const outDir = args.find((arg) => arg.startsWith('--out='))?.slice('--out='.length);

class RunError extends Error {}

const score = (category) => (category?.score == null ? 'error' : String(Math.round(category.score * 100)));

/** Audits in a category that count towards its score and did not pass. */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .map((ref) => ({ weight: ref.weight, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && ['binary', 'numeric', 'metricSavings', 'error'].includes(audit.scoreDisplayMode))
    .filter(({ audit }) => audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < 1));
}

/** A few lines of detail for a failing audit: the failing nodes, console messages or URLs. */
function detailLines(audit) {
  if (audit.scoreDisplayMode === 'error') return [audit.errorMessage ?? 'audit errored'];
  const items = audit.details?.items ?? [];
  return items.slice(0, 5).map((item) => {
    const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
    if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
    if (item.description) return [item.source, item.description, item.sourceLocation?.url].filter(Boolean).join(' ');
    return item.url ?? item.value ?? JSON.stringify(item).slice(0, 160);
  });
}

function printTable(results) {
  const header = ['Page', ...CATEGORIES.map(([, label]) => label)];
  const rows = results.map(({ page, lhr }) => [page, ...CATEGORIES.map(([id]) => score(lhr.categories[id]))]);
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(
    `|${widths.map((width, i) => (i === 0 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`,
  );
  for (const row of rows) console.log(line(row));
}

async function main() {
  const { chromium } = browserPaths();
  if (!existsSync(chromium)) {
    throw new RunError(
      `Chromium not found at ${chromium} (set CHROMIUM_PATH, or on Debian: apt-get install -y chromium)`,
    );
  }

  // Compressed as any production server or CDN would, so performance is not skewed by it.
  const server = await serve(ROOT, { gzip: true, cacheControl: 'no-cache' });
  const base = `${server.origin}/`;
  let chrome;
  try {
    chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    const version = await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
      .then((response) => response.json())
      .then((info) => info.Browser)
      .catch(() => 'Chromium');
    const results = [];
    for (const page of PAGES) {
      const url = new URL(page, base).href;
      console.log(`Lighthouse ${desktop ? '(desktop)' : '(mobile)'}: ${url}`);
      const runnerResult = await lighthouse(
        url,
        {
          port: chrome.port,
          logLevel: 'error',
          output: ['html', 'json'],
          onlyCategories: CATEGORIES.map(([id]) => id),
        },
        desktop ? desktopConfig : undefined,
      );
      const lhr = runnerResult?.lhr;
      if (!lhr) throw new RunError(`Lighthouse returned no result for ${url}`);
      if (lhr.runtimeError)
        throw new RunError(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      if (outDir) {
        mkdirSync(outDir, { recursive: true });
        const name = page.replace(/[/.]/g, '-');
        writeFileSync(join(outDir, `${name}.report.html`), runnerResult.report[0]);
        writeFileSync(join(outDir, `${name}.report.json`), runnerResult.report[1]);
      }
      results.push({ page, lhr });
    }

    console.log(
      `\nLighthouse ${results[0].lhr.lighthouseVersion}, ${desktop ? 'desktop' : 'mobile'} preset, ${version}\n`,
    );
    printTable(results);

    for (const { page, lhr } of results) {
      for (const categoryId of DETAILED) {
        const failing = failingAudits(lhr, categoryId);
        if (failing.length === 0) continue;
        console.log(`\n${page}: failing ${lhr.categories[categoryId].title} audits`);
        for (const { weight, audit } of failing) {
          console.log(`  - ${audit.id}: ${audit.title}${weight ? '' : ' (weight 0)'}`);
          for (const detail of detailLines(audit)) console.log(`      ${detail}`);
        }
      }
      for (const warning of lhr.runWarnings ?? []) console.log(`\n${page}: Lighthouse warning: ${warning}`);
    }
    const allPass = results.every(({ lhr }) => DETAILED.every((id) => failingAudits(lhr, id).length === 0));
    if (allPass) console.log('\nNo failing accessibility or best-practices audits.');
    console.log('\nScores are reported, not enforced: this script fails only if Lighthouse could not run.');
    console.log('Performance is one run under simulated throttling and varies with the load on this machine.');
    if (outDir) console.log(`Reports written to ${outDir}/`);
  } finally {
    await chrome?.kill();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nLighthouse could not run: ${error instanceof RunError ? error.message : (error?.stack ?? error)}`);
  process.exit(1);
});

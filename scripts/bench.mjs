// `npm run bench`: performance benchmarks of the CDN build in headless Chromium (puppeteer-core).
//
//   1. First render of one guide (en, zh-Hans) vs the same content as static HTML (the floor)
//   2. 100 guides on one page: time, and heap after GC per instance
//   3. Interaction: switching a method tab, ticking a checklist item (click → next paint proxy)
//   4. Bytes: the table of scripts/size.mjs
//
// Reports medians (with p90/min/max) and never fails on timing: the exit code is non-zero only
// when something breaks (no browser, a page error, a run that times out).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_RUNS (default and minimum 15).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUNDLE, bundleOnlyPage, guidePage, staticPage } from '../bench/pages.mjs';
import { serializeComposed } from '../bench/serialize.mjs';
import { startServer } from './lib/static-server.mjs';
import { withTimeout } from './lib/with-timeout.mjs';
import { kb, mb, ms, summarize } from '../bench/stats.mjs';
import { browserPaths } from './browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(15, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 15);
const WARMUP = 2; // discarded runs per scenario (first-render and 100-guides rounds)
const INTERACTION_WARMUP = 5;
const GUIDES = 100;
const LATENCY = 60; // ms, for the first-render row that simulates a network
const RUN_TIMEOUT_MS = 20_000;
const LANGS = ['en', 'zh-Hans'];
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages opened one after another must not be throttled as "background" tabs.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const startedAt = Date.now();
const log = (...args) => console.log(...args);
const progress = (text) => console.log(`  … ${text}`);

class BenchError extends Error {}

function ensureBuild() {
  if (existsSync(new URL(`..${BUNDLE}`, import.meta.url))) return;
  log(`dist/cdn/az-cancel-guide.js is missing: running \`npm run build\` first.`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(new URL(`..${BUNDLE}`, import.meta.url))) {
    throw new BenchError('`npm run build` failed; cannot benchmark without dist/cdn/az-cancel-guide.js.');
  }
}

async function loadPuppeteer() {
  try {
    return (await import('puppeteer-core')).default;
  } catch (error) {
    throw new BenchError(`puppeteer-core is not installed (${error.message}). Run \`npm install\` first.`);
  }
}

async function launchChromium(puppeteer) {
  const { chromium } = browserPaths();
  const hint =
    'Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium\n' +
    'or point to your own binary with CHROMIUM_PATH=/path/to/chromium npm run bench';
  if (!existsSync(chromium)) throw new BenchError(`Chromium not found at ${chromium}.\n${hint}`);
  try {
    return await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      defaultViewport: { width: 1024, height: 768 },
      protocolTimeout: 60_000,
      timeout: 60_000,
    });
  } catch (error) {
    throw new BenchError(`Could not start Chromium at ${chromium}: ${error.message}\n${hint}`);
  }
}

/** Opens a fresh page, loads `path`, returns what the page's `__done` resolves to. */
async function measurePage(browser, origin, path, { cache = false, keepOpen = false, latency = 0 } = {}) {
  const page = await browser.newPage();
  let keep = false;
  try {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    await page.setCacheEnabled(cache);
    // A network round trip like a CDN's, instead of 127.0.0.1's (throughput is not the limit here).
    if (latency) await page.emulateNetworkConditions({ download: 10e6 / 8, upload: 10e6 / 8, latency });
    const result = await withTimeout(
      (async () => {
        await page.goto(origin + path, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
        return page.evaluate(() => window.__done);
      })(),
      RUN_TIMEOUT_MS,
      `loading ${path}`,
    );
    if (errors.length > 0) throw new BenchError(`errors on ${path}:\n  ${errors.join('\n  ')}`);
    keep = keepOpen;
    return keepOpen ? { result, page } : { result };
  } finally {
    if (!keep) await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// 1. First render
// ---------------------------------------------------------------------------------------------

/** Renders the guide once per language and saves its composed content as static HTML pages. */
async function prepareStaticPages(browser, origin, pages) {
  const info = {};
  for (const lang of LANGS) {
    const { page } = await measurePage(browser, origin, `/bench/guide-${lang}.html`, { cache: true, keepOpen: true });
    try {
      const check = await page.evaluate(() => {
        const guide = document.querySelector('az-cancel-guide');
        const methods = guide.shadowRoot.querySelector('az-cancel-methods')?.shadowRoot;
        const checklists = [...guide.shadowRoot.querySelectorAll('az-cancel-checklist')];
        return {
          tabs: methods?.querySelectorAll('[role=tab]').length ?? 0,
          email: Boolean(methods?.querySelector('#tab-email')),
          checkboxes: checklists.reduce((n, c) => n + (c.shadowRoot?.querySelectorAll('input[type=checkbox]').length ?? 0), 0),
          articleLang: guide.shadowRoot.querySelector('article')?.getAttribute('lang'),
        };
      });
      if (!check.email || check.checkboxes === 0 || check.articleLang !== lang) {
        throw new BenchError(`the ${lang} guide did not render as expected: ${JSON.stringify(check)}`);
      }
      const guide = await page.$('az-cancel-guide');
      const flat = await page.evaluate(serializeComposed, guide, 'flat');
      const dsd = await page.evaluate(serializeComposed, guide, 'dsd');
      pages.set(`/bench/static-flat-${lang}.html`, staticPage(lang, flat.html, 'flat'));
      pages.set(`/bench/static-dsd-${lang}.html`, staticPage(lang, dsd.html, 'dsd'));
      info[lang] = { ...check, flat, dsd };
    } finally {
      await page.close().catch(() => {});
    }
  }
  return info;
}

async function benchFirstRender(browser, origin) {
  const scenarios = [];
  for (const lang of LANGS) {
    scenarios.push(
      { id: `guide-${lang}`, label: `guide ${lang} (cold cache)`, path: `/bench/guide-${lang}.html`, cache: false, lang, kind: 'guide' },
      { id: `guide-warm-${lang}`, label: `guide ${lang} (warm cache)`, path: `/bench/guide-${lang}.html`, cache: true, lang, kind: 'guide' },
      { id: `guide-rtt-${lang}`, label: `guide ${lang} (cold, ${LATENCY} ms RTT)`, path: `/bench/guide-${lang}.html`, cache: false, latency: LATENCY, lang, kind: 'guide' },
      { id: `flat-${lang}`, label: `static HTML ${lang} (floor)`, path: `/bench/static-flat-${lang}.html`, cache: false, lang, kind: 'flat' },
      { id: `dsd-${lang}`, label: `static declarative shadow DOM ${lang}`, path: `/bench/static-dsd-${lang}.html`, cache: false, lang, kind: 'dsd' },
    );
  }
  const samples = new Map(scenarios.map((s) => [s.id, []]));
  // Round-robin, so drift (thermal, other load) hits every scenario alike.
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const s of scenarios) {
      const { result } = await measurePage(browser, origin, s.path, { cache: s.cache, latency: s.latency });
      if (round >= WARMUP) samples.get(s.id).push(result);
    }
    if (round === WARMUP + RUNS - 1 || (round - WARMUP) % 5 === 4) progress(`first render: round ${round + 1}/${WARMUP + RUNS}`);
  }
  const stats = new Map();
  for (const s of scenarios) {
    const runs = samples.get(s.id);
    stats.set(s.id, {
      layout: summarize(runs.map((r) => r.layout)),
      ready: summarize(runs.map((r) => r.ready)),
      paint: summarize(runs.map((r) => r.paint)),
      sinceNavigation: summarize(runs.map((r) => r.sinceNavigation)),
    });
  }
  const rows = scenarios.map((s) => {
    const st = stats.get(s.id);
    const floor = stats.get(`flat-${s.lang}`).layout.median;
    return {
      scenario: s.label,
      runs: st.layout.n,
      'median ms': ms(st.layout.median),
      'p90 ms': ms(st.layout.p90),
      'min ms': ms(st.layout.min),
      'max ms': ms(st.layout.max),
      'x static': s.kind === 'flat' ? '1.0x' : `${(st.layout.median / floor).toFixed(1)}x`,
      'content ready ms': ms(st.ready.median),
      'next paint ms (proxy)': ms(st.paint.median),
      'since navigation ms': ms(st.sinceNavigation.median),
    };
  });
  return { rows, stats };
}

// ---------------------------------------------------------------------------------------------
// 2. 100 guides on one page
// ---------------------------------------------------------------------------------------------

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters').catch(() => undefined);
  return { js: heap.usedSize, embedder: heap.embedderHeapUsedSize, nodes: dom?.nodes };
}

async function benchManyGuides(browser, origin) {
  const timings = [];
  const memory = [];
  for (let round = 0; round < WARMUP + RUNS; round++) {
    const { page } = await measurePage(browser, origin, '/bench/bundle-only.html', { cache: true, keepOpen: true });
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.enable');
      const before = await heapAfterGc(cdp);
      const timing = await withTimeout(
        page.evaluate(async (count) => {
          const host = document.createElement('div');
          document.body.append(host);
          const t0 = performance.now();
          const guides = [];
          for (let i = 0; i < count; i++) {
            const guide = document.createElement('az-cancel-guide');
            guide.setAttribute('lang', 'en');
            host.append(guide);
            guides.push(guide);
          }
          await Promise.all(guides.map((guide) => guide.updateComplete));
          const ready = performance.now() - t0;
          void document.body.offsetHeight; // forces layout
          const layout = performance.now() - t0;
          await window.__nextPaint();
          const paint = performance.now() - t0;
          const rendered = guides.filter((g) => g.shadowRoot?.querySelector('az-cancel-methods')?.shadowRoot?.querySelector('#tab-email')).length;
          return { ready, layout, paint, rendered };
        }, GUIDES),
        RUN_TIMEOUT_MS,
        `${GUIDES} guides`,
      );
      if (timing.rendered !== GUIDES) throw new BenchError(`only ${timing.rendered} of ${GUIDES} guides rendered completely`);
      const after = await heapAfterGc(cdp);
      await cdp.detach().catch(() => {});
      if (round >= WARMUP) {
        timings.push(timing);
        memory.push({ before, after });
      }
    } finally {
      await page.close().catch(() => {});
    }
  }
  progress(`${GUIDES} guides: ${RUNS} runs done`);

  const timeRow = (label, values) => {
    const s = summarize(values);
    return { measure: label, runs: s.n, 'median ms': ms(s.median), 'p90 ms': ms(s.p90), 'min ms': ms(s.min), 'max ms': ms(s.max), 'per guide ms': ms(s.median / GUIDES) };
  };
  const timeRows = [
    timeRow(`create ${GUIDES} + await all updateComplete`, timings.map((t) => t.ready)),
    timeRow('  … + forced layout', timings.map((t) => t.layout)),
    timeRow('  … + next paint (rAF+setTimeout proxy)', timings.map((t) => t.paint)),
  ];

  const memRow = (label, key, unit) => {
    const b = summarize(memory.map((m) => m.before[key]));
    const a = summarize(memory.map((m) => m.after[key]));
    const d = summarize(memory.map((m) => m.after[key] - m.before[key]));
    const fmt = unit === 'MB' ? mb : (v) => Math.round(v);
    return {
      measure: `${label} (${unit})`,
      'empty page + bundle': fmt(b.median),
      [`with ${GUIDES} guides`]: fmt(a.median),
      'delta (median)': fmt(d.median),
      'delta min..max': `${fmt(d.min)}..${fmt(d.max)}`,
      'per instance': unit === 'MB' ? `${kb(d.median / GUIDES)} KB` : Number((d.median / GUIDES).toFixed(1)),
    };
  };
  const memRows = [memRow('JS heap used, after GC', 'js', 'MB')];
  const hasEmbedder = memory.every((m) => Number.isFinite(m.before.embedder) && Number.isFinite(m.after.embedder));
  if (hasEmbedder) memRows.push(memRow('DOM/Blink heap (Oilpan), after GC', 'embedder', 'MB'));
  const hasNodes = memory.every((m) => Number.isFinite(m.before.nodes) && Number.isFinite(m.after.nodes));
  if (hasNodes) memRows.push(memRow('DOM nodes', 'nodes', 'count'));

  const jsDelta = summarize(memory.map((m) => m.after.js - m.before.js)).median;
  const embDelta = hasEmbedder ? summarize(memory.map((m) => m.after.embedder - m.before.embedder)).median : undefined;
  return { timeRows, memRows, readyMedian: summarize(timings.map((t) => t.ready)).median, jsDelta, embDelta };
}

// ---------------------------------------------------------------------------------------------
// 3. Interaction
// ---------------------------------------------------------------------------------------------

async function benchInteraction(browser, origin) {
  const { page } = await measurePage(browser, origin, '/bench/guide-en.html', { cache: true, keepOpen: true });
  try {
    await page.bringToFront();
    const run = (fn) => withTimeout(page.evaluate(fn), RUN_TIMEOUT_MS, 'interaction');
    const tab = async () =>
      run(async () => {
        const guide = document.querySelector('az-cancel-guide');
        const root = guide.shadowRoot.querySelector('az-cancel-methods').shadowRoot;
        // Reset (not timed): the online tab is selected and painted.
        root.querySelector('#tab-online').click();
        await guide.updateComplete;
        await window.__nextPaint();
        const target = root.querySelector('#tab-email');
        const timing = await window.__timedClick(guide, target);
        const ok = target.getAttribute('aria-selected') === 'true' && !root.querySelector('#panel-email').hidden;
        return { ...timing, ok };
      });
    const tick = async () =>
      run(async () => {
        const guide = document.querySelector('az-cancel-guide');
        const root = guide.shadowRoot.querySelector('az-cancel-checklist').shadowRoot;
        const box = root.querySelector('input[type=checkbox]');
        const status = root.querySelector('[part=progress-text]');
        // Reset (not timed): unticked and painted.
        if (box.checked) box.click();
        await guide.updateComplete;
        await window.__nextPaint();
        const statusBefore = status?.textContent;
        const timing = await window.__timedClick(guide, box);
        const ok = box.checked && status?.textContent !== statusBefore;
        return { ...timing, ok };
      });

    const collect = async (label, fn) => {
      const runs = [];
      for (let i = 0; i < INTERACTION_WARMUP + RUNS; i++) {
        const result = await fn();
        if (!result.ok) throw new BenchError(`${label}: the click did not take effect`);
        if (i >= INTERACTION_WARMUP) runs.push(result);
      }
      return {
        updated: summarize(runs.map((r) => r.updated)),
        paint: summarize(runs.map((r) => r.paint)),
        // Time spent waiting for the frame (from the end of the Lit update to the rAF callback) is not work.
        work: summarize(runs.map((r) => r.updated + (r.paint - r.frame))),
      };
    };
    const tabStats = await collect('tab switch', tab);
    const tickStats = await collect('checklist tick', tick);
    progress('interaction: done');

    const row = (label, s, goal) => ({
      interaction: label,
      runs: s.paint.n,
      'next paint median ms': ms(s.paint.median),
      'p90 ms': ms(s.paint.p90),
      'min ms': ms(s.paint.min),
      'max ms': ms(s.paint.max),
      'Lit update done ms': ms(s.updated.median),
      'excl. frame wait ms': ms(s.work.median),
      goal: goal ? `< ${goal} ms: ${s.paint.median < goal ? 'met' : 'NOT met'}` : '',
    });
    return {
      rows: [row('switch method tab (#tab-email)', tabStats, 16), row('tick checklist item', tickStats)],
      tab: tabStats,
      tick: tickStats,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Bytes
// ---------------------------------------------------------------------------------------------

function runSizeScript() {
  const result = spawnSync(process.execPath, ['scripts/size.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw new BenchError(`could not run scripts/size.mjs: ${result.error.message}`);
  return result;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  ensureBuild();
  const puppeteer = await loadPuppeteer();

  const pages = new Map([
    ['/bench/bundle-only.html', bundleOnlyPage()],
    ...LANGS.map((lang) => [`/bench/guide-${lang}.html`, guidePage(lang)]),
  ]);
  const server = await startServer(ROOT, { pages });
  let browser;
  try {
    browser = await launchChromium(puppeteer);
    log(`az-cancel-guide benchmarks: ${await browser.version()}, Node ${process.version}, ${availableParallelism()} cores`);
    const load = loadavg()[0];
    log(`${RUNS} measured runs per scenario (after warm-up runs), median reported; benchmarks never fail on time.`);
    log(`Load average at start: ${load.toFixed(1)}${load > availableParallelism() ? ' (machine busy: expect noisy numbers, compare medians within this run only)' : ''}`);
    log(`Bundle: ${BUNDLE}, served from ${server.origin}\n`);

    progress('preparing static baselines');
    const statics = await prepareStaticPages(browser, server.origin, pages);
    const first = await benchFirstRender(browser, server.origin);
    const many = await benchManyGuides(browser, server.origin);
    const interaction = await benchInteraction(browser, server.origin);
    await browser.close();
    browser = undefined;

    log('\n1. First render: inline module start → content in the DOM + forced layout ("paint-ready"); fresh page per run');
    console.table(first.rows);
    log(
      '   guide: `await import(bundle)`, then `await guide.updateComplete` (locale chunk + inner elements). Cold cache = HTTP cache\n' +
        '   disabled (bundle + locale chunk fetched from 127.0.0.1 and compiled every run); warm = served from cache;\n' +
        `   RTT = cold, with a ${LATENCY} ms round trip per request (DevTools network emulation), as from a distant CDN.\n` +
        '   static floor: the rendered guide flattened to plain HTML (no shadow roots) + its styles in one <style>, set as\n' +
        '   body.innerHTML; the declarative shadow DOM row keeps the shadow roots as <template shadowrootmode> (setHTMLUnsafe).\n' +
        '   "x static" = median / static HTML median of the same language. "next paint" = then rAF + setTimeout (a proxy).',
    );
    for (const lang of LANGS) {
      const s = statics[lang];
      log(
        `   static ${lang}: ${s.flat.elements} elements, ${s.flat.textChars} text chars; flat HTML ${kb(s.flat.bytes)} KB, declarative shadow DOM ${kb(s.dsd.bytes)} KB`,
      );
    }

    log(`\n2. ${GUIDES} × <az-cancel-guide lang="en"> on one page (bundle already loaded; the en chunk is fetched by the first guide)`);
    console.table(many.timeRows);
    log('   Memory after a full GC (CDP HeapProfiler.collectGarbage ×2, Runtime.getHeapUsage, Memory.getDOMCounters);');
    log(`   baseline = the same page with the bundle loaded and no guide; per instance = median delta / ${GUIDES}.`);
    console.table(many.memRows);

    log('\n3. Interaction on one guide (en): performance.now() before el.click() → requestAnimationFrame + setTimeout');
    log('   "next paint" is a PROXY, not a measured paint: click handler + Lit update + waiting for the next frame + that');
    log('   frame\'s style/layout/paint. Each click comes after a random 0-16 ms delay, so it lands at a random point of the');
    log('   frame like a real click. "Lit update done" = guide.updateComplete resolved; "excl. frame wait" = Lit update +');
    log('   (rAF callback → setTimeout), i.e. the proxy minus the idle wait for the frame. Goal checked on the median proxy.');
    console.table(interaction.rows);

    log('\n4. Bytes (node scripts/size.mjs)');
    const size = runSizeScript();
    process.stdout.write(size.stdout);
    if (size.stderr) process.stdout.write(size.stderr);
    if (size.status !== 0) log(`   (scripts/size.mjs exited with status ${size.status}, see its message above; reported here, not failed)`);

    const en = first.stats;
    const guideMs = en.get('guide-en').layout.median;
    const staticMs = en.get('flat-en').layout.median;
    const MB = 1024 * 1024;
    const jsPer = many.jsDelta / GUIDES / MB;
    const domPer = (many.embDelta ?? 0) / GUIDES / MB;
    const memory =
      many.embDelta !== undefined
        ? `${(jsPer + domPer).toFixed(2)} MB/instance (JS ${jsPer.toFixed(2)} + DOM ${domPer.toFixed(2)})`
        : `${jsPer.toFixed(2)} MB/instance (JS heap)`;
    log(
      `\nfirst render: guide ${guideMs.toFixed(1)} ms vs static ${staticMs.toFixed(1)} ms (${(guideMs / staticMs).toFixed(1)}x); ` +
        `tab switch ${interaction.tab.paint.median.toFixed(1)} ms; tick ${interaction.tick.paint.median.toFixed(1)} ms; ` +
        `${GUIDES} guides ${many.readyMedian.toFixed(0)} ms, ${memory}`,
    );
    log(`(total bench time ${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await server.close();
  }
}

main().catch((error) => {
  console.error(`\nbench failed: ${error instanceof BenchError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
});

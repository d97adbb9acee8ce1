// `npm run bench`: performance benchmarks of the CDN build in headless Chromium (puppeteer-core).
//
//   1. First render of one guide (en, zh-Hans) vs the same content as static HTML (the floor): a
//      fresh page, the module imported; timed: element created, all nested
//      updates done (`await guide.contentReady`, which waits for the inner elements), style and
//      layout forced; against the same rendered content as plain HTML, in the same run, the
//      scenarios alternating, medians of >= 20 runs. With its parts (Intl, chunk, render, style,
//      layout: how each is measured is explained in bench/pages.mjs and printed with the table),
//      a second guide on the same page (warm), and whole page loads (with a 60 ms RTT, with and
//      without <link rel="modulepreload"> of the locale chunk).
//   2. 100 guides on one page: time, and heap after GC per instance
//   3. Interaction: switching a method tab, ticking a checklist item (click → next paint proxy)
//   4. Bytes: the table of scripts/measure/size.mjs
//
// Reports medians (with p90/min/max) and never fails on timing: the exit code is non-zero only
// when something breaks (no browser, a page error, a run that times out).
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_RUNS (default and minimum 20).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BUNDLE, bundleOnlyPage, coldGuidePage, embedPage, staticPage } from './bench/pages.mjs';
import { serializeComposed } from './bench/serialize.mjs';
import { serve } from '../lib/serve.mjs';
import { withTimeout } from '../lib/with-timeout.mjs';
import { kb, mb, ms, summarize } from './bench/stats.mjs';
import { browserPaths, launchChromium } from '../lib/browsers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = Math.max(20, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 20);
const WARMUP = 2; // discarded runs per scenario (first-render and 100-guides rounds)
const INTERACTION_WARMUP = 5;
// A click lands at a random point of the frame (0-16.7 ms before the next one), so the next-paint
// proxy spreads over a frame: 5× as many clicks as runs keep its median within about a millisecond.
const INTERACTION_RUNS = 5 * RUNS;
const GUIDES = 100;
const LATENCY = 60; // ms, for the first-render row that simulates a network
const RUN_TIMEOUT_MS = 20_000;
const LANGS = ['en', 'zh-Hans'];

const startedAt = Date.now();
const log = (...args) => console.log(...args);
const progress = (text) => console.log(`  … ${text}`);

class BenchError extends Error {}

/** URL of the locale chunk of `lang` in the build (for `<link rel="modulepreload">`). */
function localeChunk(lang) {
  const name = readdirSync(new URL('../../dist/cdn/chunks/', import.meta.url)).find((file) =>
    new RegExp(`^${lang}(-[\\w-]{8})?\\.js$`).test(file),
  );
  if (!name) throw new BenchError(`no chunk for ${lang} in dist/cdn/chunks/`);
  return `/dist/cdn/chunks/${name}`;
}

async function startChromium() {
  const { chromium } = browserPaths();
  const hint =
    'Install it (Debian/Ubuntu, as root): apt-get update && apt-get install -y chromium\n' +
    'or point to your own binary with CHROMIUM_PATH=/path/to/chromium npm run bench';
  if (!existsSync(chromium)) throw new BenchError(`Chromium not found at ${chromium}.\n${hint}`);
  try {
    return await launchChromium({
      defaultViewport: { width: 1024, height: 768 },
      protocolTimeout: 60_000,
      timeout: 60_000,
    });
  } catch (error) {
    throw new BenchError(`Could not start Chromium at ${chromium}: ${error.message}\n${hint}`);
  }
}

// Style and layout from a trace: the page's \`bench-t0\` and \`bench-end\` marks delimit each timed
// render; within them, the main thread's UpdateLayoutTree events are style (recalculation and
// layout tree) and its Layout events are layout, which includes the style of the content of size
// containers (Chromium resolves it during layout; every element here is such a container).
const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

/** For each timed render of a trace, its style and layout intervals in ms relative to its t0. */
function styleAndLayout(buffer) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const marks = (name) =>
    [...new Set(events.filter((e) => e.name === name && e.cat.includes('blink.user_timing')).map((e) => e.ts))].sort(
      (a, b) => a - b,
    );
  const starts = marks('bench-t0');
  const ends = marks('bench-end');
  const mark = events.find((e) => e.name === 'bench-t0');
  if (!mark || ends.length < starts.length) throw new BenchError('trace without the bench marks');
  const onMain = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  return starts.map((t0, i) => {
    const within = (name) =>
      onMain
        .filter((e) => e.name === name && e.ts < ends[i] && e.ts + e.dur > t0)
        .map((e) => [(e.ts - t0) / 1000, (e.ts + e.dur - t0) / 1000]);
    return { style: within('UpdateLayoutTree'), layout: within('Layout') };
  });
}

/** Milliseconds covered by `intervals` ([start, end] pairs, possibly overlapping) between from and to. */
function covered(intervals, from, to) {
  const clipped = intervals
    .map(([s, e]) => [Math.max(s, from), Math.min(e, to)])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  let sum = 0;
  let reach = from;
  for (const [s, e] of clipped) {
    if (e > reach) sum += e - Math.max(s, reach);
    reach = Math.max(reach, e);
  }
  return sum;
}

/**
 * The parts of one timed render; they add up to its total (t0 → forced layout done):
 *   Intl   time inside Intl calls (wrapped on the page);
 *   chunk  t0 → the content arrived (the guide's first renderContent call): creating the element,
 *          its first, empty update, the locale chunk's request, download, compile and evaluation;
 *   render content arrived → contentReady of the guide and its inner elements (static: innerHTML);
 *   style, layout  from the trace (see styleAndLayout);
 *   other  the rest of the forced layout step.
 * chunk and render exclude the Intl, style and layout time that falls inside them.
 */
function partsOf(run, traced) {
  const intl = run.intl ?? [];
  const engine = [...intl, ...traced.style, ...traced.layout];
  const contentAt = run.contentAt ?? 0;
  return {
    total: run.layout,
    intl: covered(intl, 0, run.layout),
    chunk: contentAt - covered(engine, 0, contentAt),
    render: run.ready - contentAt - covered(engine, contentAt, run.ready),
    style: covered(traced.style, 0, run.layout),
    layout: covered(traced.layout, 0, run.layout),
    other: run.layout - run.ready - covered(engine, run.ready, run.layout),
  };
}

/** Opens a fresh page, loads `path`, returns what the page's `__done` resolves to. */
async function measurePage(
  browser,
  origin,
  path,
  { cache = false, keepOpen = false, latency = 0, trace = false } = {},
) {
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
    page.on('requestfailed', (request) =>
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    await page.setCacheEnabled(cache);
    // A network round trip like a CDN's, instead of 127.0.0.1's (throughput is not the limit here).
    if (latency) await page.emulateNetworkConditions({ download: 10e6 / 8, upload: 10e6 / 8, latency });
    if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
    const result = await withTimeout(
      (async () => {
        await page.goto(origin + path, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
        const done = await page.evaluate(() => window.__done);
        return trace ? { ...done, trace: styleAndLayout(await page.tracing.stop()) } : done;
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
    const { page } = await measurePage(browser, origin, `/bench/embed-${lang}.html`, { cache: true, keepOpen: true });
    try {
      const check = await page.evaluate(() => {
        const guide = document.querySelector('az-cancel-guide');
        const methods = guide.shadowRoot.querySelector('az-cancel-methods')?.shadowRoot;
        const checklists = [...guide.shadowRoot.querySelectorAll('az-cancel-checklist')];
        return {
          tabs: methods?.querySelectorAll('[role=tab]').length ?? 0,
          email: Boolean(methods?.querySelector('#tab-email')),
          checkboxes: checklists.reduce(
            (n, c) => n + (c.shadowRoot?.querySelectorAll('input[type=checkbox]').length ?? 0),
            0,
          ),
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
      {
        id: `guide-${lang}`,
        label: `guide ${lang}: first on the page`,
        path: `/bench/cold-${lang}.html`,
        lang,
        kind: 'guide',
      },
      {
        id: `flat-${lang}`,
        label: `static HTML ${lang} (floor)`,
        path: `/bench/static-flat-${lang}.html`,
        lang,
        kind: 'flat',
      },
      // The same two pages again, traced, for the parts (tracing slows a page: these runs are not in the ratio).
      { id: `guide-parts-${lang}`, path: `/bench/cold-${lang}.html`, lang, kind: 'parts', trace: true },
      { id: `flat-parts-${lang}`, path: `/bench/static-flat-${lang}.html`, lang, kind: 'parts', trace: true },
      {
        id: `dsd-${lang}`,
        label: `static declarative shadow DOM ${lang}`,
        path: `/bench/static-dsd-${lang}.html`,
        lang,
        kind: 'dsd',
      },
      {
        id: `load-${lang}`,
        label: `page load ${lang}: script + element`,
        path: `/bench/embed-${lang}.html`,
        lang,
        kind: 'load',
      },
      {
        id: `rtt-${lang}`,
        label: `page load ${lang}, ${LATENCY} ms RTT`,
        path: `/bench/embed-${lang}.html`,
        latency: LATENCY,
        lang,
        kind: 'load',
      },
      {
        id: `rtt-preload-${lang}`,
        label: `page load ${lang}, ${LATENCY} ms RTT + modulepreload`,
        path: `/bench/embed-preload-${lang}.html`,
        latency: LATENCY,
        lang,
        kind: 'load',
      },
    );
  }
  const samples = new Map(scenarios.map((s) => [s.id, []]));
  // Round-robin, so drift (thermal, other load) hits every scenario alike; the HTTP cache is off
  // (every run fetches and compiles the bundle and the chunk, as a first visit does).
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const s of scenarios) {
      const { result } = await measurePage(browser, origin, s.path, { latency: s.latency, trace: s.trace });
      if (round >= WARMUP) samples.get(s.id).push(result);
    }
    if (round === WARMUP + RUNS - 1 || (round - WARMUP) % 5 === 4)
      progress(`first render: round ${round + 1}/${WARMUP + RUNS}`);
  }
  const med = (id, pick) => summarize(samples.get(id).map(pick));
  const stats = new Map(scenarios.map((s) => [s.id, med(s.id, (r) => r.layout)]));

  // The ratio of the issue: the first guide against the same content as static HTML, same run.
  const rows = [];
  for (const s of scenarios.filter((x) => x.kind !== 'load' && x.kind !== 'parts')) {
    const st = stats.get(s.id);
    const floor = stats.get(`flat-${s.lang}`).median;
    rows.push({
      scenario: s.label,
      runs: st.n,
      'median ms': ms(st.median),
      'p90 ms': ms(st.p90),
      'min ms': ms(st.min),
      'max ms': ms(st.max),
      'x static': `${(st.median / floor).toFixed(2)}x`,
    });
    if (s.kind === 'guide') {
      const warm = med(s.id, (r) => r.warm.layout);
      rows.push({
        scenario: `guide ${s.lang}: warm (a 2nd guide on that page)`,
        runs: warm.n,
        'median ms': ms(warm.median),
        'p90 ms': ms(warm.p90),
        'min ms': ms(warm.min),
        'max ms': ms(warm.max),
        'x static': `${(warm.median / floor).toFixed(2)}x`,
      });
    }
  }

  // Medians of each part, over the traced runs (the medians of the parts need not add up to the median total).
  const partRows = [];
  for (const lang of LANGS) {
    for (const [label, id, pick, window] of [
      [`guide ${lang}: first`, `guide-parts-${lang}`, (r) => r, 0],
      [`guide ${lang}: warm (2nd)`, `guide-parts-${lang}`, (r) => r.warm, 1],
      [`static HTML ${lang}`, `flat-parts-${lang}`, (r) => r, 0],
    ]) {
      const parts = samples.get(id).map((r) => partsOf(pick(r), r.trace[window]));
      const part = (key) => ms(summarize(parts.map((p) => p[key])).median);
      partRows.push({
        scenario: label,
        'total ms (traced)': part('total'),
        'Intl ms': part('intl'),
        'chunk ms': part('chunk'),
        '(chunk network ms)': id.startsWith('guide')
          ? ms(summarize(samples.get(id).map((r) => pick(r).chunkNetwork)).median)
          : 0,
        'render ms': part('render'),
        'style ms': part('style'),
        'layout ms': part('layout'),
        'other ms': part('other'),
      });
    }
  }

  const loadRows = scenarios
    .filter((s) => s.kind === 'load')
    .map((s) => {
      const st = med(s.id, (r) => r.sinceNavigation);
      const base = s.id.startsWith('rtt-preload-') ? med(`rtt-${s.lang}`, (r) => r.sinceNavigation).median : undefined;
      return {
        scenario: s.label,
        runs: st.n,
        'since navigation ms': ms(st.median),
        'p90 ms': ms(st.p90),
        'min ms': ms(st.min),
        'max ms': ms(st.max),
        'gain ms': base === undefined ? '' : ms(base - st.median),
      };
    });
  return { rows, partRows, loadRows, stats, med };
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
          await Promise.all(guides.map((guide) => guide.contentReady));
          const ready = performance.now() - t0;
          void document.body.offsetHeight; // forces layout
          const layout = performance.now() - t0;
          await window.__nextPaint();
          const paint = performance.now() - t0;
          const rendered = guides.filter((g) =>
            g.shadowRoot?.querySelector('az-cancel-methods')?.shadowRoot?.querySelector('#tab-email'),
          ).length;
          return { ready, layout, paint, rendered };
        }, GUIDES),
        RUN_TIMEOUT_MS,
        `${GUIDES} guides`,
      );
      if (timing.rendered !== GUIDES)
        throw new BenchError(`only ${timing.rendered} of ${GUIDES} guides rendered completely`);
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
    return {
      measure: label,
      runs: s.n,
      'median ms': ms(s.median),
      'p90 ms': ms(s.p90),
      'min ms': ms(s.min),
      'max ms': ms(s.max),
      'per guide ms': ms(s.median / GUIDES),
    };
  };
  const timeRows = [
    timeRow(
      `create ${GUIDES} + await all contentReady`,
      timings.map((t) => t.ready),
    ),
    timeRow(
      '  … + forced layout',
      timings.map((t) => t.layout),
    ),
    timeRow(
      '  … + next paint (rAF+setTimeout proxy)',
      timings.map((t) => t.paint),
    ),
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
  const { page } = await measurePage(browser, origin, '/bench/embed-en.html', { cache: true, keepOpen: true });
  try {
    await page.bringToFront();
    const run = (fn) => withTimeout(page.evaluate(fn), RUN_TIMEOUT_MS, 'interaction');
    const tab = async () =>
      run(async () => {
        const guide = document.querySelector('az-cancel-guide');
        const root = guide.shadowRoot.querySelector('az-cancel-methods').shadowRoot;
        // Reset (not timed): the online tab is selected and painted.
        root.querySelector('#tab-online').click();
        await guide.contentReady;
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
        await guide.contentReady;
        await window.__nextPaint();
        const statusBefore = status?.textContent;
        const timing = await window.__timedClick(guide, box);
        const ok = box.checked && status?.textContent !== statusBefore;
        return { ...timing, ok };
      });

    const collect = async (label, fn) => {
      const runs = [];
      for (let i = 0; i < INTERACTION_WARMUP + INTERACTION_RUNS; i++) {
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
  const result = spawnSync(process.execPath, ['scripts/measure/size.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (result.error) throw new BenchError(`could not run scripts/measure/size.mjs: ${result.error.message}`);
  return result;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const pages = new Map([
    ['/bench/bundle-only.html', bundleOnlyPage()],
    ...LANGS.flatMap((lang) => [
      [`/bench/cold-${lang}.html`, coldGuidePage(lang)],
      [`/bench/embed-${lang}.html`, embedPage(lang)],
      [`/bench/embed-preload-${lang}.html`, embedPage(lang, localeChunk(lang))],
    ]),
  ]);
  const server = await serve(ROOT, { pages });
  let browser;
  try {
    browser = await startChromium();
    log(
      `az-cancel-guide benchmarks: ${await browser.version()}, Node ${process.version}, ${availableParallelism()} cores`,
    );
    const load = loadavg()[0];
    log(
      `${RUNS} measured runs per scenario (${INTERACTION_RUNS} per interaction), after warm-up runs; medians reported; never fails on time.`,
    );
    log(
      `Load average at start: ${load.toFixed(1)}${load > availableParallelism() ? ' (machine busy: expect noisy numbers, compare medians within this run only)' : ''}`,
    );
    log(`Bundle: ${BUNDLE}, served from ${server.origin}\n`);

    progress('preparing static baselines');
    const statics = await prepareStaticPages(browser, server.origin, pages);
    const first = await benchFirstRender(browser, server.origin);
    const many = await benchManyGuides(browser, server.origin);
    const interaction = await benchInteraction(browser, server.origin);
    await browser.close();
    browser = undefined;

    log(
      '\n1. First render: a fresh page per run, the module imported; timed from creating the element to its forced layout',
    );
    console.table(first.rows);
    log(
      "   guide: document.createElement + append, `await guide.contentReady` (the locale chunk, then the guide's and its\n" +
        "   inner elements' updates), then style and layout forced. The HTTP cache is off: the chunk is fetched from 127.0.0.1\n" +
        '   every run. warm: a second guide created on the same page afterwards (chunk and Intl objects ready).\n' +
        '   static floor: the rendered guide flattened to plain HTML (no shadow roots) + its styles in one <style>, set as\n' +
        '   body.innerHTML; the declarative shadow DOM row keeps the shadow roots as <template shadowrootmode> (setHTMLUnsafe).\n' +
        '   "x static" = median / static HTML median of the same language, same run. Scenarios alternate, fresh page each.',
    );
    for (const lang of LANGS) {
      const s = statics[lang];
      log(
        `   static ${lang}: ${s.flat.elements} elements, ${s.flat.textChars} text chars; flat HTML ${kb(s.flat.bytes)} KB, declarative shadow DOM ${kb(s.dsd.bytes)} KB`,
      );
    }
    log(
      '\n   Parts of the first render, from the same pages run again with a trace (in the same rounds; tracing slows them, so',
    );
    log('   they are not in the ratio above). Medians of each part: they need not add up to the median total.');
    console.table(first.partRows);
    log(
      '   Intl   = time inside Intl constructors and methods (all wrapped on the page, each call timed);\n' +
        "   chunk  = creating the element → its content arrived (the guide's first renderContent call, wrapped): the first, empty\n" +
        "            update, the locale chunk's request, download, compile and evaluation; (chunk network) = the chunk's Resource\n" +
        '            Timing, request start → response end (it overlaps whatever else runs meanwhile);\n' +
        '   render = content arrived → contentReady of the guide and its inner elements (static: innerHTML);\n' +
        "   style  = the main thread's UpdateLayoutTree trace events in the interval; layout = its Layout events, which\n" +
        '            include the style of the content of size containers (every element is one, and Chromium resolves\n' +
        "            their content's style during layout); other = the rest of the forced-layout step.\n" +
        "   chunk and render exclude the Intl, style and layout time inside them, so the parts add up to each run's total.",
    );
    log(
      `\n   Whole page loads (HTTP cache off): <script type="module" src> in <head>, <az-cancel-guide> in the body; from navigation`,
    );
    log(
      `   start to the guide's contentReady + forced layout. RTT rows: ${LATENCY} ms per request (DevTools network emulation).`,
    );
    console.table(first.loadRows);

    log(
      `\n2. ${GUIDES} × <az-cancel-guide lang="en"> on one page (bundle already loaded; the en chunk is fetched by the first guide)`,
    );
    console.table(many.timeRows);
    log('   Memory after a full GC (CDP HeapProfiler.collectGarbage ×2, Runtime.getHeapUsage, Memory.getDOMCounters);');
    log(`   baseline = the same page with the bundle loaded and no guide; per instance = median delta / ${GUIDES}.`);
    console.table(many.memRows);

    log('\n3. Interaction on one guide (en): performance.now() before el.click() → requestAnimationFrame + setTimeout');
    log(
      '   "next paint" is a PROXY, not a measured paint: click handler + Lit update + waiting for the next frame + that',
    );
    log(
      "   frame's style/layout/paint. Each click comes after a random 0-16 ms delay, so it lands at a random point of the",
    );
    log(
      '   frame like a real click. "Lit update done" = guide.contentReady resolved; "excl. frame wait" = Lit update +',
    );
    log(
      '   (rAF callback → setTimeout), i.e. the proxy minus the idle wait for the frame. Goal checked on the median proxy.',
    );
    console.table(interaction.rows);

    log('\n4. Bytes (node scripts/measure/size.mjs)');
    const size = runSizeScript();
    process.stdout.write(size.stdout);
    if (size.stderr) process.stdout.write(size.stderr);
    if (size.status !== 0)
      log(
        `   (scripts/measure/size.mjs exited with status ${size.status}, see its message above; reported here, not failed)`,
      );

    const guideMs = first.stats.get('guide-en').median;
    const staticMs = first.stats.get('flat-en').median;
    const warmMs = first.med('guide-en', (r) => r.warm.layout).median;
    const MB = 1024 * 1024;
    const jsPer = many.jsDelta / GUIDES / MB;
    const domPer = (many.embDelta ?? 0) / GUIDES / MB;
    const memory =
      many.embDelta !== undefined
        ? `${(jsPer + domPer).toFixed(2)} MB/instance (JS ${jsPer.toFixed(2)} + DOM ${domPer.toFixed(2)})`
        : `${jsPer.toFixed(2)} MB/instance (JS heap)`;
    log(
      `\nfirst render: guide en ${guideMs.toFixed(1)} ms vs static ${staticMs.toFixed(1)} ms (${(guideMs / staticMs).toFixed(2)}x); ` +
        LANGS.filter((lang) => lang !== 'en')
          .map(
            (lang) =>
              `${lang} ${(first.stats.get(`guide-${lang}`).median / first.stats.get(`flat-${lang}`).median).toFixed(2)}x; `,
          )
          .join('') +
        `warm render ${warmMs.toFixed(1)} ms; ` +
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

// Web Test Runner middleware: a test page asks the server to stall, delay, fail or redirect the
// requests for a built file, a test fixture or a module the source loads on demand: the locale
// chunks (the test runner serves them as /src/data/<locale>.json) and the lazily loaded modules (/src/…/x.ts).
//   GET /__faults/set?path=/src/data/tr.json&stall         → hold requests for the path until the faults are cleared
//   GET /__faults/set?path=…&delay=300                     → answer normally, 300 ms late
//   GET /__faults/set?path=…&status=500                    → answer with that status and no body
//   GET /__faults/set?path=…&redirect=/other.json          → answer 302 to another URL
//   GET /__faults/hits?path=…                              → how many requests for the path arrived since it was set, and how
//                                                            many of them the browser gave up while stalled (`aborted`)
//   GET /__faults/clear                                    → forget the faults; stalled requests then answer normally (late)
// Faults belong to one browser (told apart by User-Agent): Chromium and Firefox run test files at the same time.
// test/browser/faults.ts is the page's side.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONTROL = '/__faults/';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The source modules loaded on demand: every `import('./…')` in src/ (the locale chunks in
 * src/generated/locales.ts, the validator, the optional parts, the deferred styles), as the test
 * runner serves them (`.ts` for a `.js` specifier).
 */
function onDemandModules() {
  const found = new Set();
  for (const entry of readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)) {
      const path = `/${relative(ROOT, join(dirname(file), specifier))
        .split('\\')
        .join('/')}`;
      found.add(path.replace(/\.js$/, '.ts'));
    }
  }
  return found;
}

/**
 * Requests faults may apply to: the built files (dist/), the tests' own files and fixtures (guides
 * given as `src`), and the source modules loaded on demand. These the browser must ask for at each
 * use (see `neverReused`); every other module it keeps for the run, which spares each test file a
 * request per module. A fault on any other path is refused, naming it, rather than never applying.
 */
const ON_DEMAND = onDemandModules();
const isFaultable = (path) => /^\/(test|dist)\//.test(path) || ON_DEMAND.has(path);
/** Even a stalled request ends by then, so no connection outlives a forgotten test. */
const STALL_LIMIT_MS = 60_000;

/** User-Agent → path → { fault, hits, aborted }. */
const faultsByBrowser = new Map();
/** User-Agent → callbacks that release stalled requests. */
const stalledByBrowser = new Map();

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function parseFault(query) {
  if (query.has('stall')) return { stall: true };
  if (query.has('delay')) return { delay: Number(query.get('delay')) };
  if (query.has('status')) return { status: Number(query.get('status')) };
  if (query.has('redirect')) return { redirect: query.get('redirect') };
  throw new Error(`no fault named in ${query}`);
}

function control(context, browser) {
  const query = new URLSearchParams(context.querystring);
  const faults = faultsByBrowser.get(browser) ?? new Map();
  faultsByBrowser.set(browser, faults);
  const action = context.path.slice(CONTROL.length);
  if (action === 'set') {
    const path = query.get('path');
    if (!isFaultable(path)) {
      context.status = 400;
      context.body = `${path} is kept by the browser between test files, so a fault would not apply: only dist/, test/ and modules the source imports on demand can fail`;
      return;
    }
    faults.set(path, { fault: parseFault(query), hits: 0, aborted: 0 });
  } else if (action === 'hits') {
    const entry = faults.get(query.get('path'));
    context.body = { hits: entry?.hits ?? 0, aborted: entry?.aborted ?? 0 };
    return;
  } else if (action === 'clear') {
    faults.clear();
    for (const release of stalledByBrowser.get(browser) ?? []) release();
    stalledByBrowser.delete(browser);
  } else {
    context.status = 404;
    return;
  }
  context.body = { ok: true };
}

/**
 * The test runner lets browsers cache every file for a year (its cache middleware sets
 * cache-control after ours has run), so a chunk loaded by one test file would never reach the
 * server again. Here every use of a stored response asks the server first (`no-cache`): each
 * request arrives, so a fault applies to it, and an unchanged file is answered 304 (the browser
 * keeps its copy and what it compiled from it).
 */
async function neverReused(context, next) {
  const set = context.response.set.bind(context.response);
  context.response.set = (field, value) =>
    set(field, typeof field === 'string' && field.toLowerCase() === 'cache-control' ? 'no-cache' : value);
  return next();
}

export async function faultInjection(context, next) {
  const browser = context.get('user-agent');
  if (context.path.startsWith(CONTROL)) return neverReused(context, () => control(context, browser));
  if (!isFaultable(context.path)) return next();
  return neverReused(context, () => inject(context, next, browser));
}

async function inject(context, next, browser) {
  const entry = faultsByBrowser.get(browser)?.get(context.path);
  if (!entry) return next();
  entry.hits++;
  const { fault } = entry;
  if (fault.stall) {
    const stalled = stalledByBrowser.get(browser) ?? new Set();
    stalledByBrowser.set(browser, stalled);
    await new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        stalled.delete(release);
        resolve();
      };
      const timer = setTimeout(release, STALL_LIMIT_MS);
      stalled.add(release);
      // The browser gave the request up (an aborted fetch closes its connection): nothing is left to answer.
      context.res.once('close', () => {
        if (context.res.writableEnded) return;
        entry.aborted++;
        release();
      });
    });
    if (context.res.destroyed) return undefined;
    return next();
  }
  if (fault.delay) {
    await wait(fault.delay);
    return next();
  }
  if (fault.status) {
    context.status = fault.status;
    context.body = '';
    return undefined;
  }
  context.redirect(fault.redirect);
  return undefined;
}

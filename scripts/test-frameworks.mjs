// The README's framework recipes as tests (`npm run test:frameworks`; CI runs it after `npm test`).
// Packs the library once, then for each app in test/frameworks/ (every folder with a package.json):
//   1. installs its locked dependencies (`npm ci`) and the packed library, as a user would;
//   2. type-checks it (`npm run check`: tsc, vue-tsc or svelte-check), if it has types;
//   3. type-checks it with its deliberate mistakes (`npm run check:wrong`), which must fail with an
//      error on the line after each `WRONG:` comment in its wrong/ folder, and nowhere else;
//   4. builds it (`npm run build`: Vite), if it has a build, and prints what the library adds (gzip);
//   5. drives each section of the app (`section[aria-label]`; the built dist/, or the folder itself
//      for plain HTML) in Chromium: custom `data`, a new `lang`, a tab and a tick, each received by
//      the app's own event handler, and invalid `data` reported once however often the app renders.
// An app's package.json may also say, under "recipe":
//   "serve": the folder its build writes (Next.js: out/), instead of dist/;
//   "node": a Node.js major the app needs (Angular, Astro): installed from the npm registry's `node`
//      package, once, and used for that app's npm commands only;
//   "pages": pages rendered at build time (server or prerender), each checked as a reader without
//      JavaScript sees it (every guide's text is in the HTML) and then with it: each guide upgrades to
//      ONE guide in the same language, with no console error or warning (hydration) and no other
//      locale fetched; a handler in `.prerendered output.method` hears a tab change; a link
//      `a.client-nav` is followed (client navigation) and the sections of the page it reaches driven;
//   "dev": { "script", "pages" }: the app's dev server (`npm run <script> -- --port <free port>`, on
//      127.0.0.1), started after the build, and each page checked in a fresh incognito context: the
//      server HTML has each guide's text, each guide upgrades to ONE guide, a handler in
//      `.prerendered output.method` hears a tab change (hydrated), and nothing is logged about
//      hydration, no page error, no console error or warning (Lit's dev-mode notice aside).
// `APPS=next,solid npm run test:frameworks` tests only those apps.
/* global recipeParts -- defined in the page by installRecipeParts() */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/browsers.mjs';
import { localeNames } from './lib/locale-files.mjs';
import { serve } from './lib/serve.mjs';
import { withTimeout } from './lib/with-timeout.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const appsDir = join(root, 'test/frameworks');
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** For apps that need another Node.js: its bin folder, first in PATH for that app's commands (see nodeFor). */
const pathFor = new Map();

/** The environment of an app's commands: its Node.js first in PATH, no colours, no telemetry. */
function envFor(cwd) {
  const bin = pathFor.get(cwd);
  const PATH = bin ? `${bin}${delimiter}${process.env.PATH}` : process.env.PATH;
  return {
    ...process.env,
    PATH,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    NG_CLI_ANALYTICS: 'false',
  };
}

/** Runs a command; resolves with its exit code and combined output (never rejects on a non-zero exit). */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: envFor(cwd) });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Runs a command that must succeed, printing its output if it does not. */
async function must(label, command, args, cwd) {
  const since = Date.now();
  const { code, output } = await run(command, args, cwd);
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${output}`);
  console.log(`  ${label}: ok (${seconds(since)})`);
  return output;
}

/** file:line of every mistake in the app's wrong/ folder: the line after each comment that starts with `WRONG:`. */
function expectedMistakes(app) {
  const dir = join(app, 'wrong');
  return readdirSync(dir).flatMap((name) =>
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .flatMap((line, index) => (/^\s*(\/\/|<!--)\s*WRONG:/.test(line) ? [`wrong/${name}:${index + 2}`] : [])),
  );
}

/** file:line of each error in tsc / vue-tsc (`file(line,col): error`) or svelte-check machine (`ERROR "file" line:col`) output. */
function reportedErrors(output) {
  const tsc = [...output.matchAll(/^([\w./-]+)\((\d+),\d+\): error /gm)].map(([, file, line]) => `${file}:${line}`);
  const svelte = [...output.matchAll(/ ERROR "([^"]+)" (\d+):\d+ /g)].map(([, file, line]) => `${file}:${line}`);
  return new Set([...tsc, ...svelte]);
}

async function checkMistakes(app) {
  const since = Date.now();
  const { code, output } = await run('npm', ['run', 'check:wrong'], app);
  const expected = expectedMistakes(app);
  const reported = reportedErrors(output);
  const missed = expected.filter((at) => !reported.has(at));
  const unexpected = [...reported].filter((at) => !expected.includes(at));
  if (code === 0 || expected.length === 0 || missed.length > 0 || unexpected.length > 0) {
    throw new Error(
      `check:wrong: expected errors at ${expected.join(', ')}; missed ${missed.join(', ') || 'none'}, unexpected ${unexpected.join(', ') || 'none'} (exit ${code}):\n${output}`,
    );
  }
  console.log(`  check:wrong: fails as it must, ${expected.length} mistakes caught (${seconds(since)})`);
}

/** Gzip bytes of the built JavaScript: the library's modules are those Vite names after them (see each app's build). */
function bundleSizes(app) {
  const assets = join(app, 'dist/assets');
  const sizes = { total: 0, library: 0, locale: 0, validator: 0 };
  if (!existsSync(assets)) return undefined; // not a Vite app: see the JavaScript its prerendered pages load
  for (const name of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const gzip = gzipSync(readFileSync(join(assets, name)), { level: 9 }).length;
    if (LOCALES.some((locale) => name.startsWith(`${locale}.json-`))) sizes.locale = Math.max(sizes.locale, gzip);
    else if (name.startsWith('load-custom-guide-')) sizes.validator = gzip;
    else {
      sizes.total += gzip;
      if (name.startsWith('az-cancel-guide-')) sizes.library = gzip;
    }
  }
  return sizes;
}

/** In the page: `recipeParts(label)` finds a section's elements and outputs, for the functions below. */
function installRecipeParts() {
  globalThis.recipeParts = (label) => {
    const section = document.querySelector(`section[aria-label="${label}"]`);
    if (!section) throw new Error(`no section "${label}"`);
    const guide = section.querySelector('az-cancel-guide');
    return {
      section,
      guide,
      methods: section.querySelector('az-cancel-methods'),
      checklist: section.querySelector('az-cancel-checklist'),
      output: (name) => section.querySelector(`output.${name}`)?.textContent ?? '',
      shown: (el) => el.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang'),
      title: () => guide.shadowRoot?.querySelector('[part="title"]')?.textContent,
    };
  };
}

/** Polls `read(label)` in the page until `expected(value)`. */
async function waitFor(page, label, what, read, expected) {
  const deadline = Date.now() + 10_000;
  let value;
  while (Date.now() < deadline) {
    value = await page.evaluate(read, label);
    if (expected(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${label}: ${what}; last seen ${JSON.stringify(value)}`);
}

/** Clicks, with the mouse as a user does, the element `find(label)` returns in the page. */
async function click(page, label, find) {
  const handle = await page.evaluateHandle(find, label);
  const element = handle.asElement();
  if (!element) throw new Error(`${label}: nothing to click for ${find}`);
  await element.click();
  await handle.dispose();
}

async function driveRecipe(page, label) {
  await waitFor(
    page,
    label,
    'the guide shows the `data` the app passed',
    (label) => recipeParts(label).title(),
    (title) => title === label,
  );

  const methodsLang = (label) => {
    const p = recipeParts(label);
    return [p.methods.getAttribute('lang'), p.shown(p.methods)];
  };
  const [first] = await waitFor(
    page,
    label,
    'the methods show their `lang`',
    methodsLang,
    ([lang, shown]) => lang && shown === lang,
  );
  await click(page, label, (label) => recipeParts(label).section.querySelector('button.next-lang'));
  const [second] = await waitFor(
    page,
    label,
    'the methods follow a new `lang`',
    methodsLang,
    ([lang, shown]) => lang !== first && shown === lang,
  );

  await click(page, label, (label) => recipeParts(label).methods.shadowRoot.querySelectorAll('[role="tab"]')[1]);
  await waitFor(
    page,
    label,
    'the app receives az-method-change',
    (label) => [recipeParts(label).output('method'), recipeParts(label).methods.method],
    ([received, method]) => received && received === method,
  );

  await click(page, label, (label) => recipeParts(label).checklist.shadowRoot.querySelector('input[type="checkbox"]'));
  await waitFor(
    page,
    label,
    'the app receives az-checklist-change',
    (label) => [recipeParts(label).output('tick'), `${recipeParts(label).checklist.checked[0]}:true`],
    ([received, expected]) => received === expected,
  );

  await click(page, label, (label) => recipeParts(label).section.querySelector('button.break-data'));
  await waitFor(
    page,
    label,
    'the app receives az-data-error and the guide falls back to its bundled content',
    (label) => [recipeParts(label).output('errors'), recipeParts(label).title()],
    ([errors, title]) => errors === '1' && title && title !== label,
  );
  await click(page, label, (label) => recipeParts(label).section.querySelector('button.next-lang')); // the app renders again
  await waitFor(
    page,
    label,
    'the app rendered again',
    methodsLang,
    ([lang, shown]) => lang !== second && shown === lang,
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  const errors = await page.evaluate((label) => recipeParts(label).output('errors'), label);
  if (errors !== '1')
    throw new Error(`${label}: the same invalid data was reported again (${errors} az-data-error events)`);
}

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The bundled content a `lang` shows (matched as the elements do, simply: exact, then the language alone). */
function contentFor(lang) {
  const byLower = new Map(LOCALES.map((locale) => [locale.toLowerCase(), locale]));
  const locale = byLower.get(lang.toLowerCase()) ?? byLower.get(lang.split('-')[0].toLowerCase()) ?? 'en';
  return JSON.parse(readFileSync(join(root, `src/data/${locale}.json`), 'utf8'));
}

/** The languages of the guides in a page's server HTML, each checked to carry its own title. */
function checkServerHtml(html, path) {
  // Each guide's own content (a snippet, or declarative shadow DOM), not text elsewhere in the page (hidden, or in a script).
  const guides = [...html.matchAll(/<az-cancel-guide\b[^>]*\blang="([^"]+)"[^>]*>([\s\S]*?)<\/az-cancel-guide>/g)].map(
    ([, lang, inner]) => ({ lang, inner }),
  );
  if (guides.length === 0) throw new Error(`${path}: the server HTML has no <az-cancel-guide lang="…">`);
  for (const { lang, inner } of guides) {
    const { title } = contentFor(lang);
    if (!inner.includes(escapeHtml(title)) && !inner.includes(title))
      throw new Error(`${path}: the server HTML's <az-cancel-guide lang="${lang}"> lacks its title "${title}"`);
  }
  return guides.map((guide) => guide.lang);
}

/** In the page: each guide's language, the titles its shadow root shows, and whether its light-DOM snippet is visible too. */
function readGuides() {
  return [...document.querySelectorAll('az-cancel-guide')].map((guide) => {
    const titles = guide.shadowRoot?.querySelectorAll('[part="title"]') ?? [];
    const fallbackShown = [...guide.children].some((child) => child.checkVisibility());
    return { lang: guide.getAttribute('lang'), titles: [...titles].map((t) => t.textContent), fallbackShown };
  });
}

/** Clicks the second tab of the guide in `.prerendered` and waits for the app's handler to hear it (React has hydrated). */
async function checkHandlerHears(page, path) {
  await click(page, path, () => {
    const guide = document.querySelector('.prerendered az-cancel-guide');
    return guide.shadowRoot.querySelector('az-cancel-methods').shadowRoot.querySelectorAll('[role="tab"]')[1];
  });
  await waitForPage(
    page,
    `${path}: the app's handler hears az-method-change after hydration`,
    () => {
      const guide = document.querySelector('.prerendered az-cancel-guide');
      return [
        document.querySelector('.prerendered output.method').textContent,
        guide.shadowRoot.querySelector('az-cancel-methods').method,
      ];
    },
    ([heard, method]) => heard && heard === method,
  );
}

/** A page rendered at build time: as a reader without JavaScript sees it, then upgraded, then its client navigation. */
async function testPrerendered(browser, origin, path, sizes, app) {
  const url = `${origin}${path}`;
  const langs = checkServerHtml(await (await fetch(url)).text(), path);

  const page = await browser.newPage();
  const problems = [];
  const scripts = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on(
    'console',
    (message) =>
      ['error', 'warn', 'warning'].includes(message.type()) &&
      problems.push(`${message.type()}: ${message.text()} ${message.location().url ?? ''}`),
  );
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.buffer().catch(() => undefined);
    if (body)
      scripts.push({ url: response.url(), body: body.toString('utf8'), gzip: gzipSync(body, { level: 9 }).length });
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const since = Date.now();
    const shown = await waitForPage(
      page,
      `${path}: every guide shows its language, once`,
      readGuides,
      (guides) =>
        guides.length > 0 &&
        guides.every(
          (g) => g.titles.length === 1 && g.titles[0] === contentFor(g.lang ?? 'en').title && !g.fallbackShown,
        ),
    );
    // Nothing of another language: a locale chunk carries its title.
    const others = LOCALES.map((locale) => contentFor(locale)).filter(
      (content) => !shown.some((g) => contentFor(g.lang).locale === content.locale),
    );
    for (const { url: scriptUrl, body } of scripts) {
      const other = others.find(
        (content) => body.includes(JSON.stringify(content.title).slice(1, -1)) || body.includes(content.title),
      );
      if (other) throw new Error(`${path}: the page also loaded the ${other.locale} content (${scriptUrl})`);
    }
    if (await page.$('.prerendered output.method')) await checkHandlerHears(page, path);
    if (problems.length > 0)
      throw new Error(`${path}: errors or warnings in the page (hydration?):\n${problems.join('\n')}`);
    sizes.push({ page: `${app} ${path}`, total: scripts.reduce((sum, s) => sum + s.gzip, 0) });
    console.log(
      `  Chromium, ${path}: the server HTML has the guide (${langs.join(', ')}); one guide after upgrade, events, no other locale, no warnings (${seconds(since)})`,
    );

    if (await page.$('a.client-nav')) {
      await page.evaluate(() => (window.beforeClientNavigation = true));
      await click(page, path, () => document.querySelector('a.client-nav'));
      await page.waitForSelector('section[aria-label]', { timeout: 10_000 });
      if (!(await page.evaluate(() => window.beforeClientNavigation)))
        throw new Error(`${path}: the link loaded a new document instead of navigating on the client`);
      await page.evaluate(installRecipeParts);
      for (const label of await page.$$eval('section[aria-label]', (sections) =>
        sections.map((s) => s.getAttribute('aria-label')),
      )) {
        const started = Date.now();
        await withTimeout(driveRecipe(page, label), 60_000, label);
        console.log(
          `  Chromium, after client navigation, ${label}: data, lang, tab, tick and events ok (${seconds(started)})`,
        );
      }
      // (The section's invalid `data` is warned about on purpose: only errors count here.)
      const errors = problems.filter((problem) => !problem.startsWith('warn'));
      if (errors.length > 0) throw new Error(`${path}: errors after client navigation:\n${errors.join('\n')}`);
    }
  } finally {
    await page.close();
  }
}

/** Polls `read()` in the page until `expected(value)`. */
async function waitForPage(page, what, read, expected) {
  const deadline = Date.now() + 10_000;
  let value;
  while (Date.now() < deadline) {
    value = await page.evaluate(read);
    if (expected(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}; last seen ${JSON.stringify(value)}`);
}

/** A Node.js of the given major, from the npm registry's `node` package, installed once: its bin folder. */
const nodeInstalls = new Map();
function nodeFor(major, dir) {
  if (!nodeInstalls.has(major)) {
    nodeInstalls.set(
      major,
      (async () => {
        const prefix = join(dir, `node${major}`);
        await must(
          `install Node.js ${major} (npm's node package)`,
          'npm',
          ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', prefix, `node@${major}`],
          root,
        );
        return join(prefix, 'node_modules/node/bin');
      })(),
    );
  }
  return nodeInstalls.get(major);
}

/** A free TCP port on 127.0.0.1 (the OS picks it; the dev server binds it a moment later). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Logged by the frameworks when server HTML and the client's first render differ (React 18/19, Next.js). */
const HYDRATION_MESSAGE = /hydrat|did not match|didn't match|server rendered HTML/i;
/** Lit's notice in development builds (the dev server resolves Lit's "development" export): expected there. */
const LIT_DEV_NOTICE = /Lit is in dev mode/;

/**
 * The app's dev server (`npm run <script> -- --port <port>`, in a process group of its own), then each page
 * as a reader gets it from there: the server HTML, then in a fresh incognito context, upgraded and hydrated
 * with nothing logged about hydration. The server's whole process group is killed however this ends.
 */
async function testDevServer(browser, app, { script, pages }) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('npm', ['run', script, '--', '--port', String(port)], {
    cwd: app,
    env: envFor(app),
    detached: true,
  });
  let output = '';
  let exited;
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const closed = new Promise((resolve) => server.on('close', (code, signal) => resolve((exited = { code, signal }))));
  const since = Date.now();
  try {
    // Ready when it answers the first page (the first request also compiles it): bounded, polled.
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exited) throw new Error(`dev server exited (${JSON.stringify(exited)}) before answering:\n${output}`);
      const answered = await fetch(`${origin}${pages[0]}`, { signal: AbortSignal.timeout(60_000) }).then(
        (response) => response.ok,
        () => false,
      );
      if (answered) break;
      if (Date.now() > deadline)
        throw new Error(`dev server: no answer at ${origin}${pages[0]} within 120 s:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(`  dev server (npm run ${script}): answers at ${origin} (${seconds(since)})`);

    for (const path of pages) {
      const started = Date.now();
      const langs = checkServerHtml(await (await fetch(`${origin}${path}`)).text(), `dev ${path}`);
      const context = await browser.createBrowserContext(); // incognito: nothing cached from the production pages
      const page = await context.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error}`));
      page.on('console', (message) => {
        const text = message.text();
        if (LIT_DEV_NOTICE.test(text)) return;
        if (['error', 'warn', 'warning'].includes(message.type()) || HYDRATION_MESSAGE.test(text))
          problems.push(`${message.type()}: ${text}`);
      });
      try {
        await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 120_000 });
        const shown = await waitForPage(
          page,
          `dev ${path}: every guide shows its title`,
          readGuides,
          (guides) => guides.length > 0 && guides.every((g) => g.titles.length > 0),
        );
        for (const guide of shown) {
          const { title } = contentFor(guide.lang ?? 'en');
          if (guide.titles.length !== 1 || guide.fallbackShown) {
            throw new Error(
              `dev ${path}: the ${guide.lang} guide is shown twice (${guide.titles.length} titles, server snippet ${guide.fallbackShown ? 'visible' : 'hidden'})`,
            );
          }
          if (guide.titles[0] !== title)
            throw new Error(`dev ${path}: the ${guide.lang} guide shows "${guide.titles[0]}", not its text "${title}"`);
        }
        if (await page.$('.prerendered output.method')) await checkHandlerHears(page, `dev ${path}`);
        if (problems.length > 0)
          throw new Error(`dev ${path}: hydration warnings, errors or warnings in the page:\n${problems.join('\n')}`);
        console.log(
          `  Chromium, dev ${path}: the server HTML has the guide (${langs.join(', ')}); one guide after upgrade, hydrated, no warnings (${seconds(started)})`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    const killGroup = (signal) => {
      try {
        process.kill(-server.pid, signal);
      } catch (error) {
        if (error.code !== 'ESRCH') throw error; // ESRCH: the group has already gone
      }
    };
    killGroup('SIGTERM');
    if (!(await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), 5_000))]))) {
      killGroup('SIGKILL');
      await closed;
    }
  }
  console.log(`  dev check: ${seconds(since)} in all`);
}

async function testInBrowser(browser, app, served) {
  // no-store: every app is served at the same origin, and one browser must not show the previous app's cached page.
  const server = await serve(served, { cacheControl: 'no-store' });
  const page = await browser.newPage();
  const failures = [];
  page.on('pageerror', (error) => failures.push(String(error)));
  page.on(
    'console',
    (message) => message.type() === 'error' && failures.push(`${message.text()} ${message.location().url ?? ''}`),
  );
  try {
    // The languages, for an app that cannot import AVAILABLE_LOCALES (plain HTML with the CDN script).
    await page.goto(`${server.origin}/?locales=${LOCALES.join(',')}`, { waitUntil: 'load' });
    await page.evaluate(installRecipeParts);
    await page.waitForSelector('section[aria-label]', { timeout: 10_000 }).catch(() => {
      throw new Error(`the app rendered no section[aria-label]; errors in the page: ${failures.join('\n') || 'none'}`);
    });
    const labels = await page.$$eval('section[aria-label]', (sections) =>
      sections.map((s) => s.getAttribute('aria-label')),
    );
    for (const label of labels) {
      const since = Date.now();
      await withTimeout(driveRecipe(page, label), 60_000, label);
      console.log(`  Chromium, ${label}: data, lang, tab, tick and events ok (${seconds(since)})`);
    }
    if (failures.length > 0) throw new Error(`errors in the page:\n${failures.join('\n')}`);
  } finally {
    await page.close();
    await server.close();
  }
}

const LOCALES = localeNames();
const only = process.env.APPS?.split(',').filter(Boolean);
const apps = readdirSync(appsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(appsDir, entry.name, 'package.json')))
  .filter((entry) => !only || only.includes(entry.name))
  .map((entry) => join(appsDir, entry.name));
const recipeOf = (app) => JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).recipe ?? {};
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');

const packDir = mkdtempSync(join(tmpdir(), 'az-cancel-guide-pack-'));
const sizes = [];
const pageSizes = [];
const appSeconds = [];
let browser;
try {
  const [{ filename }] = JSON.parse(
    await must('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root),
  );
  const tarball = join(packDir, filename);

  // Installs are mostly network and disk: all apps at once.
  const installing = Date.now();
  await Promise.all(
    apps.map(async (app) => {
      const { node } = recipeOf(app);
      if (node) pathFor.set(app, await nodeFor(node, packDir));
      await must(`${app.slice(appsDir.length + 1)}: npm ci`, 'npm', ['ci', '--no-audit', '--no-fund'], app);
      await must(
        `${app.slice(appsDir.length + 1)}: install the packed library`,
        'npm',
        ['install', '--no-save', '--no-audit', '--no-fund', tarball],
        app,
      );
    }),
  );
  console.log(`installed ${apps.length} apps (${seconds(installing)})`);

  browser = await launchChromium({ forTests: true });
  for (const app of apps) {
    const name = app.slice(appsDir.length + 1);
    const appStarted = Date.now();
    const { scripts = {} } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    const recipe = recipeOf(app);
    console.log(
      `${name}:${pathFor.has(app) ? ` (Node.js ${(await run('node', ['--version'], app)).output.trim()})` : ''}`,
    );
    if (scripts.check) await must('check', 'npm', ['run', 'check'], app);
    if (scripts['check:wrong']) await checkMistakes(app);
    if (scripts.build) {
      await must('build', 'npm', ['run', 'build'], app);
      const built = bundleSizes(app);
      if (built) sizes.push({ app: name, ...built });
    }
    const served = join(app, recipe.serve ?? (scripts.build ? 'dist' : '.'));
    if (recipe.pages) {
      const server = await serve(served, { cacheControl: 'no-store' });
      try {
        for (const path of recipe.pages) await testPrerendered(browser, server.origin, path, pageSizes, name);
      } finally {
        await server.close();
      }
    } else {
      await testInBrowser(browser, app, served);
    }
    if (recipe.dev) await testDevServer(browser, app, recipe.dev);
    appSeconds.push({ app: name, seconds: Number(((Date.now() - appStarted) / 1000).toFixed(1)) });
  }
} finally {
  await browser?.close();
  rmSync(packDir, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
console.log('\nBundle bytes, gzip (the library = az-cancel-guide with Lit, and @lit/react where the wrapper is used):');
console.table(
  sizes.map((s) => ({
    app: s.app,
    'all JS at start': kb(s.total),
    'the library': kb(s.library),
    'one locale (largest, on demand)': kb(s.locale),
    'validator (with data or src)': kb(s.validator),
  })),
);
if (pageSizes.length > 0) {
  console.log('JavaScript the prerendered pages load (gzip, everything: framework and library):');
  console.table(pageSizes.map((s) => ({ page: s.page, 'all JS': kb(s.total) })));
}
console.log('Seconds per app after the shared install (check, build, browser):');
console.table(appSeconds);
console.log(`All ${apps.length} framework apps passed in ${seconds(started)}.`);

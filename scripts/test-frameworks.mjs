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
/* global recipeParts -- defined in the page by installRecipeParts() */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** Runs a command; resolves with its exit code and combined output (never rejects on a non-zero exit). */
function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
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
  await waitFor(page, label, 'the guide shows the `data` the app passed', (label) => recipeParts(label).title(), (title) => title === label);

  const methodsLang = (label) => {
    const p = recipeParts(label);
    return [p.methods.getAttribute('lang'), p.shown(p.methods)];
  };
  const [first] = await waitFor(page, label, 'the methods show their `lang`', methodsLang, ([lang, shown]) => lang && shown === lang);
  await click(page, label, (label) => recipeParts(label).section.querySelector('button.next-lang'));
  const [second] = await waitFor(page, label, 'the methods follow a new `lang`', methodsLang, ([lang, shown]) => lang !== first && shown === lang);

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
  await waitFor(page, label, 'the app rendered again', methodsLang, ([lang, shown]) => lang !== second && shown === lang);
  await new Promise((resolve) => setTimeout(resolve, 200));
  const errors = await page.evaluate((label) => recipeParts(label).output('errors'), label);
  if (errors !== '1') throw new Error(`${label}: the same invalid data was reported again (${errors} az-data-error events)`);
}

async function testInBrowser(browser, app, served) {
  const server = await serve(served);
  const page = await browser.newPage();
  const failures = [];
  page.on('pageerror', (error) => failures.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && failures.push(`${message.text()} ${message.location().url ?? ''}`));
  try {
    // The languages, for an app that cannot import AVAILABLE_LOCALES (plain HTML with the CDN script).
    await page.goto(`${server.origin}/?locales=${LOCALES.join(',')}`, { waitUntil: 'load' });
    await page.evaluate(installRecipeParts);
    await page.waitForSelector('section[aria-label]', { timeout: 10_000 }).catch(() => {
      throw new Error(`the app rendered no section[aria-label]; errors in the page: ${failures.join('\n') || 'none'}`);
    });
    const labels = await page.$$eval('section[aria-label]', (sections) => sections.map((s) => s.getAttribute('aria-label')));
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
const apps = readdirSync(appsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(appsDir, entry.name, 'package.json')))
  .map((entry) => join(appsDir, entry.name));
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');

const packDir = mkdtempSync(join(tmpdir(), 'az-cancel-guide-pack-'));
const sizes = [];
let browser;
try {
  const [{ filename }] = JSON.parse(await must('npm pack', 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root));
  const tarball = join(packDir, filename);

  // Installs are mostly network and disk: all apps at once.
  const installing = Date.now();
  await Promise.all(
    apps.map(async (app) => {
      await must(`${app.slice(appsDir.length + 1)}: npm ci`, 'npm', ['ci', '--no-audit', '--no-fund'], app);
      await must(`${app.slice(appsDir.length + 1)}: install the packed library`, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], app);
    }),
  );
  console.log(`installed ${apps.length} apps (${seconds(installing)})`);

  browser = await launchChromium();
  for (const app of apps) {
    const name = app.slice(appsDir.length + 1);
    const { scripts = {} } = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    console.log(`${name}:`);
    if (scripts.check) await must('check', 'npm', ['run', 'check'], app);
    if (scripts['check:wrong']) await checkMistakes(app);
    if (scripts.build) {
      await must('build', 'npm', ['run', 'build'], app);
      sizes.push({ app: name, ...bundleSizes(app) });
    }
    await testInBrowser(browser, app, scripts.build ? join(app, 'dist') : app);
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
console.log(`All ${apps.length} framework apps passed in ${seconds(started)}.`);

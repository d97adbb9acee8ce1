import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rollupJson from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumTestLaunchOptions, firefoxTestLaunchOptions, puppeteer } from './scripts/lib/browsers.mjs';
import { preformattedLocales } from './scripts/lib/preformatted-locales.mjs';
import { faultInjection } from './test/browser/fault-injection.mjs';
import { ssrMiddleware } from './test/browser/ssr-middleware.mjs';
import { timingReporter } from './test/browser/timing-reporter.mjs';

const json = fromRollup(rollupJson);
const preformatted = fromRollup(preformattedLocales);
const only = process.env.BROWSERS?.split(',');

const browsers = [
  chromeLauncher({ launchOptions: chromiumTestLaunchOptions() }),
  // Firefox through the same puppeteer-core (WebDriver BiDi): named "Firefox".
  chromeLauncher({ puppeteer, launchOptions: firefoxTestLaunchOptions() }),
].filter((launcher) => !only || only.includes(launcher.name.toLowerCase().split(' ')[0]));

/** A `src` that answers after the 10 s fetch timeout. */
async function slowGuide(context, next) {
  if (context.path !== '/test/fixtures/slow-guide.json') return next();
  await new Promise((resolve) => setTimeout(resolve, 12_000));
  context.type = 'application/json';
  context.body = '{}';
  return undefined;
}

/** A response larger than the `src` size cap, made on the fly rather than stored. */
function oversizedGuide(context, next) {
  if (context.path !== '/test/fixtures/oversized-guide.json') return next();
  context.type = 'application/json';
  context.body = `{"title": "${'x'.repeat(600 * 1024)}"}`;
  return undefined;
}

/**
 * Answers with the `body` query parameter as JSON, so tests serve the content they build (see
 * `echoUrl` in test/browser/helpers.ts) instead of keeping copies of a guide as files; `base64`
 * instead gives the bytes themselves (text that is not UTF-8).
 */
function echoJson(context, next) {
  if (context.path !== '/test/echo.json') return next();
  context.type = 'application/json';
  const { base64, body } = context.query;
  context.body = base64 === undefined ? String(body ?? '') : Buffer.from(String(base64), 'base64');
  return undefined;
}

/** `az-cli-validate`: runs the CLI's `validate --json -` on text from a browser test (the editor's export). */
const cliValidate = () => ({
  name: 'az-cli-validate',
  executeCommand({ command, payload }) {
    if (command !== 'az-cli-validate') return undefined;
    const bin = fileURLToPath(new URL('./bin/az-cancel-guide.mjs', import.meta.url));
    const result = spawnSync(process.execPath, [bin, 'validate', '--json', '-'], {
      input: payload.text,
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  },
});

/**
 * `az-forced-colors`: forced colours (Windows high contrast) on or off, in Chromium, through the
 * DevTools protocol: the built-in emulateMedia passes only colour scheme and reduced motion to
 * Puppeteer. Firefox's driver (WebDriver BiDi) has no such emulation: the command says so.
 */
const forcedColors = () => {
  const clients = new WeakMap();
  return {
    name: 'az-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'az-forced-colors') return undefined;
      if (!session.browser.name.includes('Chrome'))
        throw new Error(`forced colours cannot be emulated in ${session.browser.name}`);
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
};

/**
 * The unit tests of src/lib/ and src/i18n/ run in one page, test/browser/units.test.ts, which
 * imports them all: a page per file cost more than their tests. A file it does not import fails here.
 */
const UNIT_DIRS = ['src/lib', 'src/i18n'];
const unitsPage = readFileSync(new URL('./test/browser/units.test.ts', import.meta.url), 'utf8');
const notImported = UNIT_DIRS.flatMap((dir) =>
  readdirSync(new URL(`./${dir}/`, import.meta.url))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`),
).filter((file) => !unitsPage.includes(`'../../${file.replace(/\.ts$/, '.js')}'`));
if (notImported.length > 0)
  throw new Error(`test/browser/units.test.ts must import ${notImported.join(', ')}, or they would not run`);

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts', ...UNIT_DIRS.map((dir) => `!${dir}/**`)],
  nodeResolve: { exportConditions: ['production'] },
  // JSON imported by tests and by demo/editor.js (whose `with { type: 'json' }` the esbuild transform drops) is served as a module.
  mimeTypes: { 'src/data/*.json': 'js', 'test/fixtures/*.json': 'js', 'dist/guide.schema.json': 'js' },
  plugins: [
    json({ include: ['src/data/*.json', 'test/fixtures/*.json', 'dist/guide.schema.json'] }),
    // As in the build: each locale's module also exports the texts formatted for it at build time.
    preformatted(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    cliValidate(),
    a11ySnapshotPlugin(),
    forcedColors(),
  ],
  middleware: [faultInjection, echoJson, oversizedGuide, slowGuide, ssrMiddleware],
  browsers,
  // TEST_TIMINGS=1 adds the seconds of each test file in each browser (test/browser/timing-reporter.mjs).
  reporters: [defaultReporter(), timingReporter()],
  // One test file at a time per browser: keyboard tests need the focused page, and Firefox over BiDi stalls with parallel pages.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};

// The browsers every script and the test runner use, launched in one way, driven by puppeteer-core
// (nothing downloads a browser). The Chromium flags are written here only. From Debian:
// - the tests run in chromium-headless-shell and firefox-esr;
// - the measurements (bench, layout shift, Lighthouse, screenshots) in the full chromium, as people see it.
// CHROMIUM_PATH / FIREFOX_PATH override both.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** puppeteer-core's CommonJS build: the copy the web-test-runner launchers load, so the patch below reaches them. */
export const puppeteer = require('puppeteer-core');

/**
 * Browsers come from the OS: Debian's chromium, chromium-headless-shell and firefox-esr (override with
 * CHROMIUM_PATH / FIREFOX_PATH). The headless shell is Chromium's own engine without the browser's
 * interface, as Puppeteer's and Playwright's headless tests use it: the tests ran in it with the same
 * results, Chromium's files in 53.8 s instead of 81.7 s in the full browser.
 */
export function browserPaths() {
  return {
    chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromiumForTests: process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell',
    firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  };
}

/** The browsers `npm test` needs and does not find: [name, path, Debian package]. */
export function missingBrowsers() {
  const { chromiumForTests, firefox } = browserPaths();
  return [
    ['Chromium headless shell', chromiumForTests, 'chromium-headless-shell'],
    ['Firefox ESR', firefox, 'firefox-esr'],
  ].filter(([, path]) => !existsSync(path));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', // the CI container runs as root
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

/**
 * Headless Chromium through puppeteer-core; `options` add to or override the defaults. `forTests`:
 * the headless shell the tests use; otherwise the full browser the measurements use.
 */
export function launchChromium({ forTests = false, ...options } = {}) {
  const { chromium, chromiumForTests } = browserPaths();
  const executablePath = forTests ? chromiumForTests : chromium;
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, ...options });
}

// By default puppeteer follows every request of every page: the browser sends it an event per
// request and response, and puppeteer keeps track of each. The test runner never asks puppeteer
// about requests (its server sees them), so its browsers go without. (scripts/test-frameworks.mjs
// reads responses: it keeps them.) Measured, one browser at a time, two runs each: Chromium's files
// 45.7-46.3 s instead of 54.0-54.7 s, Firefox's 68.6-69.2 s instead of 73.9-82.1 s.
const WITHOUT_NETWORK_EVENTS = { networkEnabled: false };

/** Launch options of the test runner's headless Chromium (the headless shell). */
export function chromiumTestLaunchOptions() {
  return { executablePath: browserPaths().chromiumForTests, args: CHROMIUM_ARGS, ...WITHOUT_NETWORK_EVENTS };
}

/** Launch options of the test runner's headless Firefox (WebDriver BiDi) through puppeteer-core. */
export function firefoxTestLaunchOptions() {
  tolerateMissingBidiCommands();
  return { browser: 'firefox', executablePath: browserPaths().firefox, headless: true, ...WITHOUT_NETWORK_EVENTS };
}

// Firefox ESR 140 (Debian) does not implement the WebDriver BiDi command
// `emulation.setScreenOrientationOverride`, which puppeteer 24 sends on every `setViewport`
// (web-test-runner sets the viewport before each test file). Puppeteer already ignores the same
// "unknown command" for touch emulation; do the same here, so the command is skipped, not fatal.
function tolerateMissingBidiCommands() {
  const { BrowsingContext } = require('puppeteer-core/internal/bidi/core/BrowsingContext.js');
  const original = BrowsingContext.prototype.setScreenOrientationOverride;
  if (!original || original.tolerant) return;
  const tolerant = async function (...args) {
    try {
      return await original.apply(this, args);
    } catch (error) {
      if (/unknown command|unsupported operation/.test(String(error?.message))) return undefined;
      throw error;
    }
  };
  tolerant.tolerant = true;
  BrowsingContext.prototype.setScreenOrientationOverride = tolerant;
}

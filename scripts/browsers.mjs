import { existsSync } from 'node:fs';

/** Browsers come from the OS: Debian's chromium and firefox-esr (override with CHROMIUM_PATH / FIREFOX_PATH). */
export function browserPaths() {
  return {
    chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  };
}

export function missingBrowsers() {
  const { chromium, firefox } = browserPaths();
  return [
    ['Chromium', chromium, 'chromium'],
    ['Firefox ESR', firefox, 'firefox-esr'],
  ].filter(([, path]) => !existsSync(path));
}

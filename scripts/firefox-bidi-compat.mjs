// Firefox ESR 140 (Debian) does not implement the WebDriver BiDi command
// `emulation.setScreenOrientationOverride`, which puppeteer 24 sends on every `setViewport`
// (web-test-runner sets the viewport before each test file). Puppeteer already ignores the same
// "unknown command" for touch emulation; do the same here, so the command is skipped, not fatal.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function tolerateMissingBidiCommands() {
  // web-test-runner-puppeteer loads puppeteer's CommonJS build, so patch that copy.
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

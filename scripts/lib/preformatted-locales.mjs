// A Rollup plugin (also used by the test runner, through @web/dev-server-rollup): adds to each
// bundled locale's module, after @rollup/plugin-json made it one, the texts scripts/generate.mjs
// formatted at build time for that locale (src/generated/preformatted.json), as named exports:
// `export const date = "30 November 2026";`. The elements read them (`Preformatted` in
// src/i18n/format.ts) instead of creating an Intl.DateTimeFormat or NumberFormat on first render.
import { readFileSync } from 'node:fs';

const TEXTS = new URL('../../src/generated/preformatted.json', import.meta.url);
const LOCALE_FILE = /[/\\]src[/\\]data[/\\]([^/\\]+)\.json$/;

export function preformattedLocales() {
  return {
    name: 'preformatted-locales',
    transform(code, id) {
      const locale = LOCALE_FILE.exec(id.split('?')[0])?.[1];
      if (!locale) return null;
      // Read on every use: `npm run generate` may have run since (a watching dev server).
      const texts = JSON.parse(readFileSync(TEXTS, 'utf8'))[locale];
      if (!texts) throw new Error(`no preformatted texts for src/data/${locale}.json: run \`npm run generate\``);
      const exports = Object.entries(texts).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
      return { code: `${code}\n${exports.join('\n')}\n`, map: null };
    },
  };
}

// The CDN build's locale chunks: one per bundled locale at a stable URL, chunks/<locale>.js, which the
// entry imports (the README's <link rel="modulepreload"> recipe names it), each with the texts the
// build formatted for its first render (the review date, as Node's Intl and the static snippet write it).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTs, localeFiles } from './helpers.mjs';

const CDN = new URL('../../dist/cdn/', import.meta.url);
const { formatDate } = await importTs('../../src/i18n/format-date.ts');

describe('CDN locale chunks', () => {
  assert.ok(existsSync(new URL('az-cancel-guide.js', CDN)), 'dist/cdn/ is missing: run `npm run build` first');
  const entry = readFileSync(new URL('az-cancel-guide.js', CDN), 'utf8');

  for (const { name, data } of localeFiles()) {
    it(`${name}: chunks/${name}.js, imported by the entry, carries its content and its formatted review date`, async () => {
      const chunk = new URL(`chunks/${name}.js`, CDN);
      assert.ok(
        existsSync(chunk),
        `dist/cdn/chunks/${name}.js is missing: a page's modulepreload of it would fetch nothing`,
      );
      assert.ok(entry.includes(`"./chunks/${name}.js"`), `the entry does not import ./chunks/${name}.js`);
      const module = await import(chunk.href);
      assert.equal(module.default.title, data.title);
      assert.equal(module.date, formatDate(data.lastReviewed, data.dateLocale ?? data.locale));
      // The locale's digits ship only when they are not 0-9.
      const numbers = new Intl.NumberFormat(data.locale);
      const digits = Array.from({ length: 10 }, (_, digit) => numbers.format(digit)).join('');
      assert.equal(module.digits, digits === '0123456789' ? undefined : digits);
    });
  }
});

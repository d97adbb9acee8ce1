// The static snippet and the elements cannot drift, for every bundled locale: both are made from one
// outline (src/lib/guide-outline.ts), and their outputs read the same. The snippet (`renderStaticHtml`,
// and the shipped dist/static/<locale>.html) and <az-cancel-guide> rendered on the server from its Lit
// templates, every tab panel included, are read line by line in reading order (test/content/reading-lines.ts):
// the same lines, but for the controls only the element has. The browser test
// (test/browser/static-snippet.test.ts › "static drift") reads the live element. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { importTs, localeFiles } from './helpers.mjs';

const { firstDifference, parseMarkup, readingLines } = await importTs('../content/reading-lines.ts');
const { renderStaticHtml } = await importTs('../../src/static/render-static-html.ts');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const ssr = await import('az-cancel-guide/ssr');
await ssr.preloadLocales();

function assertSameReading(actual, expected, what) {
  assert.ok(expected.length > 50, 'the snippet reads as a whole guide');
  assert.equal(firstDifference(actual, expected), undefined, what);
  assert.deepEqual(actual, expected, what);
}

for (const { name: locale, data } of localeFiles()) {
  test(`${locale}: the element and the snippet read the same, line by line`, () => {
    const snippet = readingLines(parseMarkup(renderStaticHtml(data)), false);
    const shipped = readFileSync(new URL(`../../dist/static/${locale}.html`, import.meta.url), 'utf8');
    assert.deepEqual(readingLines(parseMarkup(shipped), false), snippet, `dist/static/${locale}.html`);

    // The review date too: formatted at build time for the element (see Preformatted), by Node for the snippet.
    const element = collectResultSync(render(html`<az-cancel-guide lang=${locale}></az-cancel-guide>`));
    assertSameReading(readingLines(parseMarkup(element), true), snippet, `<az-cancel-guide lang="${locale}">`);
  });
}

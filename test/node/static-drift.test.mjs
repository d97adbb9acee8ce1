// The static snippet and the elements cannot drift, for every bundled locale: the snippet
// (`renderStaticHtml`, and the shipped dist/static/<locale>.html) and <az-cancel-guide> rendered from
// the same Lit templates on the server carry every content text in the same order, and the same
// review date. The texts and their order come from one walk of the content
// (test/content/guide-texts.ts). The browser test (test/browser/static-drift.test.ts) checks the
// live element for a few representative locales. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { importTs, localeFiles } from './helpers.mjs';

const { guideTexts, missingInOrder } = await importTs('../content/guide-texts.ts');
const { renderStaticHtml } = await importTs('../../src/static/render-static-html.ts');
const { render } = await import('@lit-labs/ssr');
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
const ssr = await import('az-cancel-guide/ssr');
await ssr.preloadLocales();

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };
/** The text of HTML in document order: styles, comments and tags dropped, character references decoded. */
const textOf = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>|<!--[\s\S]*?-->|<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (ref, dec, hex, name) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (NAMED[name] ?? ref),
    );

/** The text of the first element with `className`: the review line holds only text (and a <time> in the snippet). */
const textOfClass = (markup, className) =>
  textOf(markup.match(new RegExp(`class="${className}"[^>]*>([\\s\\S]*?)</(?:p|span)>`))?.[1] ?? '');

function assertInOrder(rendered, texts, what) {
  const missing = missingInOrder(rendered, texts);
  assert.equal(
    missing,
    undefined,
    `${what}: "${missing?.missing}" missing or out of order (after "${missing?.after ?? 'the start'}")`,
  );
}

for (const { name: locale, data } of localeFiles()) {
  test(`${locale}: the snippet and the element carry the same texts in the same order, and the same review date`, () => {
    const texts = guideTexts(data);
    assertInOrder(textOf(renderStaticHtml(data)), texts, 'renderStaticHtml');
    const shipped = readFileSync(new URL(`../../dist/static/${locale}.html`, import.meta.url), 'utf8');
    assertInOrder(textOf(shipped), texts, `dist/static/${locale}.html`);

    // Every tab panel is in the server's markup, hidden ones too, as in the browser's shadow DOM.
    const element = collectResultSync(render(html`<az-cancel-guide lang=${locale}></az-cancel-guide>`));
    assertInOrder(textOf(element), texts, `<az-cancel-guide lang="${locale}">`);

    // Formatted at build time for the element (see Preformatted) and by Node for the snippet: the same words.
    const reviewed = textOfClass(element, 'reviewed');
    assert.notEqual(reviewed.trim(), '', 'the element shows a review line');
    assert.equal(reviewed, textOfClass(shipped, 'az-reviewed'), 'review date');
  });
}

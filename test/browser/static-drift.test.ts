// The static snippet and the elements cannot drift: for the representative locales (every locale
// is checked in Node, test/node/static-drift.test.mjs), and for content a site builds, the snippet (`renderStaticHtml`, and the shipped dist/static/<locale>.html) and
// the rendered <az-cancel-guide> carry every content text in the same order. The texts and their
// order come from one walk of the content (test/content/guide-texts.ts). dist/ needs `npm run build`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide, GuideData } from '../../src/index.js';
import { loadLocale } from '../../src/data/locales.js';
import { renderStaticHtml } from '../../src/static/render-static-html.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { guideTexts, missingInOrder } from '../content/guide-texts.js';
import { makeGuide } from '../content/make-guide.js';
import { deepQueryAll, deepText } from './helpers.js';

/** Static HTML parsed into a document of its own: never inserted into the page. */
const parse = (markup: string): HTMLElement => new DOMParser().parseFromString(markup, 'text/html').body;

async function renderGuide(template: unknown): Promise<AzCancelGuide> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('az-cancel-guide')!;
  await el.contentReady;
  return el;
}

/** Fails naming the first text `rendering` lacks, or shows out of order. */
function expectInOrder(rendering: Node, texts: readonly string[], what: string): void {
  const missing = missingInOrder(deepText(rendering), texts);
  expect(
    missing,
    `${what}: ${missing ? `"${missing.missing}" missing or out of order (after "${missing.after ?? 'the start'}")` : ''}`,
  ).to.equal(undefined);
}

describe('the static snippet and the element carry the same texts in the same order', () => {
  // Every locale, on the server-rendered element: test/node/static-drift.test.mjs.
  for (const locale of BROWSER_LOCALES) {
    it(locale, async () => {
      const data = await loadLocale(locale);
      const texts = guideTexts(data);
      expectInOrder(parse(renderStaticHtml(data)), texts, 'renderStaticHtml');

      const response = await fetch(`/dist/static/${locale}.html`);
      expect(response.ok, `dist/static/${locale}.html is built`).to.equal(true);
      const snippet = parse(await response.text());
      expectInOrder(snippet, texts, `dist/static/${locale}.html`);

      // Hidden tab panels count: deepText reads them too.
      const el = await renderGuide(html`<az-cancel-guide lang=${locale}></az-cancel-guide>`);
      expectInOrder(el, texts, `<az-cancel-guide lang="${locale}">`);

      // The review date, formatted at build time for the element (see Preformatted) and by Node for the
      // snippet: the same words, also where the browser's own Intl would write it otherwise (az in Chromium).
      expect(el.shadowRoot!.querySelector('.reviewed')!.textContent, 'review date').to.equal(
        snippet.querySelector('.az-reviewed')!.textContent,
      );
    });
  }

  it('content a site builds: four methods (two of one kind), lists and steps of other lengths', async () => {
    const data = makeGuide({ methods: 4, kinds: ['in-person', 'online', 'email', 'online'], steps: 3, items: 4 });
    const texts = guideTexts(data);
    expectInOrder(parse(renderStaticHtml(data)), texts, 'renderStaticHtml');
    expectInOrder(
      await renderGuide(html`<az-cancel-guide .data=${data}></az-cancel-guide>`),
      texts,
      '<az-cancel-guide .data>',
    );
  });
});

describe('the drift check itself', () => {
  const data: GuideData = makeGuide();
  const texts = guideTexts(data);
  const step = (n: number): string => data.methods.items[0]!.steps[n - 1]!.text;

  /** The element whose own text is `text`, in a rendering (through shadow roots). */
  const nodeWithText = (root: Element, text: string): Element =>
    deepQueryAll(root, '*').find((node) => node.childElementCount === 0 && node.textContent.trim() === text)!;

  /** Each way a renderer can go wrong: the check must name the text. */
  const breakages: Array<[string, (root: Element) => void, string]> = [
    ['drops a step', (root) => nodeWithText(root, step(2)).remove(), step(2)],
    // Step 1 is found where it now is, after step 2: step 2 is then missing.
    [
      'shows two steps in the wrong order',
      (root) => nodeWithText(root, step(2)).after(nodeWithText(root, step(1))),
      step(2),
    ],
    ['drops the closing', (root) => nodeWithText(root, data.closing[0]!).remove(), data.closing[0]!],
  ];

  for (const [what, breakIt, missing] of breakages) {
    it(`fails when the snippet ${what}`, () => {
      const snippet = parse(renderStaticHtml(data));
      expect(missingInOrder(deepText(snippet), texts), 'whole before').to.equal(undefined);
      breakIt(snippet);
      expect(missingInOrder(deepText(snippet), texts)?.missing).to.equal(missing);
    });

    it(`fails when the element ${what}`, async () => {
      const el = await renderGuide(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
      expect(missingInOrder(deepText(el), texts), 'whole before').to.equal(undefined);
      breakIt(el);
      expect(missingInOrder(deepText(el), texts)?.missing).to.equal(missing);
    });
  }
});

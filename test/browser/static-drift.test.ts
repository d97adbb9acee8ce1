// The static snippet and the elements cannot drift: both are made from one outline
// (src/lib/guide-outline.ts), and their outputs read the same. For the representative locales (every
// locale is checked in Node on the server-rendered element, test/node/static-drift.test.mjs) and for
// content a site builds, the live <az-cancel-guide> (through its shadow roots, hidden tab panels too)
// and the snippet (`renderStaticHtml`, and the shipped dist/static/<locale>.html) are read line by line
// in reading order (test/content/reading-lines.ts): the same lines, but for the controls only the
// element has. dist/ needs `npm run build`.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide, GuideData } from '../../src/index.js';
import { loadLocale } from '../../src/data/locales.js';
import { renderStaticHtml } from '../../src/static/render-static-html.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { makeGuide } from '../content/make-guide.js';
import { firstDifference, parseMarkup, readingLines, type MarkupNode } from '../content/reading-lines.js';
import { deepQueryAll } from './helpers.js';

/** A live node as the reading sees it: an element's shadow root stands for its children, as it renders. */
function fromDom(node: Node): MarkupNode {
  if (node.nodeType === Node.TEXT_NODE) return { text: node.textContent ?? '' };
  if (!(node instanceof Element)) return { children: [...node.childNodes].map(fromDom) };
  const attrs = Object.fromEntries([...node.attributes].map((attr) => [attr.name, attr.value]));
  const children = [...(node.shadowRoot ?? node).childNodes].filter((child) => child.nodeType !== Node.COMMENT_NODE);
  return { tag: node.localName, attrs, children: children.map(fromDom) };
}

/** How the element reads: its controls left out. */
const elementReading = (el: Element): string[] => readingLines(fromDom(el), true);
/** How the snippet reads (parsed apart, never inserted into the page). */
const snippetReading = (markup: string): string[] => readingLines(parseMarkup(markup), false);

async function renderGuide(template: unknown): Promise<AzCancelGuide> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('az-cancel-guide')!;
  await el.contentReady;
  return el;
}

function expectSameReading(actual: readonly string[], expected: readonly string[], what: string): void {
  expect(expected.length, 'the snippet reads as a whole guide').to.be.greaterThan(50);
  expect(firstDifference(actual, expected), what).to.equal(undefined);
}

describe('the element and the static snippet read the same, line by line', () => {
  // Every locale, on the server-rendered element: test/node/static-drift.test.mjs.
  for (const locale of BROWSER_LOCALES) {
    it(locale, async () => {
      const data = await loadLocale(locale);
      const snippet = snippetReading(renderStaticHtml(data));

      const response = await fetch(`/dist/static/${locale}.html`);
      expect(response.ok, `dist/static/${locale}.html is built`).to.equal(true);
      expect(snippetReading(await response.text()), `dist/static/${locale}.html`).to.deep.equal(snippet);

      // The review date too: formatted at build time for the element (see Preformatted), by Node for the
      // shipped snippet: the same words, also where the browser's own Intl would write it otherwise (az in Chromium).
      const el = await renderGuide(html`<az-cancel-guide lang=${locale}></az-cancel-guide>`);
      expectSameReading(elementReading(el), snippet, `<az-cancel-guide lang="${locale}">`);
    });
  }

  for (const [what, shape] of [
    [
      'four methods (two of one kind), notes everywhere, lists and steps of other lengths',
      { methods: 4, kinds: ['in-person', 'online', 'email', 'online'], steps: 3, items: 4, notes: true },
    ],
    ['content written before the answer came first (no answer, warning, cases or statuses)', { legacy: true }],
  ] as const) {
    it(`content a site builds: ${what}`, async () => {
      const data = makeGuide(shape);
      const el = await renderGuide(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
      expectSameReading(elementReading(el), snippetReading(renderStaticHtml(data)), '<az-cancel-guide .data>');
    });
  }
});

describe('the drift check itself', () => {
  const data: GuideData = makeGuide();
  const step = (n: number): string => data.methods.items[0]!.steps[n - 1]!.text;

  /** The element whose own text is `text`, in a rendering (through shadow roots). */
  const nodeWithText = (root: Element, text: string): Element =>
    deepQueryAll(root, '*').find((node) => node.childElementCount === 0 && node.textContent.trim() === text)!;

  /** Each way a renderer can go wrong: the check must fail on it. */
  const breakages: Array<[string, (root: Element) => void]> = [
    ['drops a step', (root) => nodeWithText(root, step(2)).remove()],
    ['shows two steps in the wrong order', (root) => nodeWithText(root, step(2)).after(nodeWithText(root, step(1)))],
    ['drops the closing', (root) => nodeWithText(root, data.closing[0]!).remove()],
  ];

  for (const [what, breakIt] of breakages) {
    it(`fails when the snippet ${what}`, async () => {
      const el = await renderGuide(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
      const snippet = new DOMParser().parseFromString(renderStaticHtml(data), 'text/html').body;
      expect(firstDifference(elementReading(el), readingLines(fromDom(snippet), false)), 'whole before').to.equal(
        undefined,
      );
      breakIt(snippet);
      expect(firstDifference(elementReading(el), readingLines(fromDom(snippet), false))).to.be.a('string');
    });

    it(`fails when the element ${what}`, async () => {
      const el = await renderGuide(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
      const snippet = snippetReading(renderStaticHtml(data));
      expect(firstDifference(elementReading(el), snippet), 'whole before').to.equal(undefined);
      breakIt(el);
      expect(firstDifference(elementReading(el), snippet)).to.be.a('string');
    });
  }
});

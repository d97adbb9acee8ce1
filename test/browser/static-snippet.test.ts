// The static snippet (renderStaticHtml) pasted inside <az-cancel-guide>: readable before the
// script runs, still visible while the locale chunk loads, and replaced (not duplicated) once
// the guide renders; and it reads the same as the element, line by line. The elements are defined
// part-way through this file, on purpose: no import here may define them (the drift tests, last,
// import them in their own `before`).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AzCancelGuide } from '../../src/components/guide/az-cancel-guide.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale, localeContent } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import type { GuideData } from '../../src/data/guide-types.js';
import { renderStaticHtml } from '../../src/static/render-static-html.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { makeGuide } from '../content/make-guide.js';
import { firstDifference, parseMarkup, readingLines, type MarkupNode } from '../content/reading-lines.js';
import { deepQueryAll, isRendered, textWithoutNotes } from './helpers.js';

/** Locales other than the default: one whose chunk is held back while the element upgrades, one that is offline. */
const others = AVAILABLE_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const gated = others[0]!;
const offline = others.at(-1)!;

type Guide = HTMLElement & { contentReady: Promise<boolean> };

async function localeData(locale: string): Promise<GuideData> {
  return localeContent(await LOCALE_LOADERS[locale]!());
}

/** `<az-cancel-guide lang=…>` with the snippet inside, in the document. */
async function withSnippet(locale: string, data: GuideData): Promise<{ wrapper: HTMLElement; el: Guide }> {
  const wrapper = document.createElement('div');
  const el = document.createElement('az-cancel-guide') as Guide;
  el.setAttribute('lang', locale);
  el.innerHTML = renderStaticHtml(data); // the renderer's own, escaped output
  wrapper.append(el);
  await fixture(wrapper);
  return { wrapper, el };
}

/** Rendered elements anywhere under `root` (light DOM and shadow roots) whose whole text is `text`. */
function visibleWithText(root: Element, selector: string, text: string): Element[] {
  return deepQueryAll(root, selector).filter((node) => textWithoutNotes(node) === text && isRendered(node));
}

const snippetRoot = (el: Element) => el.querySelector(':scope > article.az-cancel-guide-static')!;

describe('static snippet before the script runs', () => {
  before(() => {
    expect(customElements.get('az-cancel-guide'), 'this part runs before any element is defined').to.equal(undefined);
  });

  // Every locale's snippet (texts, lang and dir, inert, valid HTML): test/node/static-html.test.mjs.
  for (const locale of BROWSER_LOCALES) {
    it(`${locale}: readable (headings, steps, text), right lang and dir, axe clean`, async () => {
      const data = await localeData(locale);
      const { el } = await withSnippet(locale, data);
      const article = snippetRoot(el);
      expect(el.getBoundingClientRect().height, 'the element has height').to.be.above(200);
      expect(visibleWithText(el, 'h2', data.title)).to.have.length(1);
      const lastStep = data.methods.items.at(-1)!.steps.at(-1)!.text;
      expect(visibleWithText(el, 'li', lastStep), 'steps of every method are shown').to.have.length(1);
      expect(el.querySelectorAll('section.az-method')).to.have.length(data.methods.items.length);
      expect(article.getAttribute('lang')).to.equal(locale);
      expect(getComputedStyle(article).direction).to.equal(data.dir);
      expect(el.querySelectorAll('input, button, script, textarea')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  }
});

describe('static snippet when the element upgrades', () => {
  let original: (typeof LOCALE_LOADERS)[string];
  let release!: () => void;
  let gatedData: GuideData;

  before(async () => {
    // This locale's chunk waits until the test releases it: the element upgrades while content is loading.
    gatedData = await localeData(gated);
    original = LOCALE_LOADERS[gated]!;
    const gate = new Promise<void>((resolve) => (release = resolve));
    LOCALE_LOADERS[gated] = () => gate.then(original);
  });

  after(() => {
    LOCALE_LOADERS[gated] = original;
  });

  it('stays visible while the locale chunk loads, then is replaced by the guide, shown once', async () => {
    const data = gatedData;
    const { el, wrapper } = await withSnippet(gated, data);
    try {
      const heightBefore = el.getBoundingClientRect().height;
      await import('../../src/components/guide/az-cancel-guide-define.js');
      expect(customElements.get('az-cancel-guide')).to.exist;
      // First render (locale still loading): a slot, so the snippet stays on screen.
      await waitUntil(() => el.shadowRoot?.querySelector('slot'), 'a slot while loading');
      const slot = el.shadowRoot!.querySelector('slot');
      expect(snippetRoot(el).assignedSlot).to.equal(slot);
      expect(el.getBoundingClientRect().height).to.be.above(200);
      expect(visibleWithText(wrapper, 'h2', data.title), 'the snippet title, once').to.have.length(1);
      expect(isRendered(snippetRoot(el).querySelector('h2')!)).to.equal(true);
      expect(heightBefore).to.be.above(200);
      await expect(el).to.be.accessible();
    } finally {
      release(); // also when a check above failed: later tests load this locale
    }
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('slot'), 'no slot once the guide is rendered').to.equal(null);
    expect(snippetRoot(el).assignedSlot, 'the snippet is not assigned to any slot').to.equal(null);
    expect(isRendered(snippetRoot(el)), 'the snippet is not rendered').to.equal(false);
    expect(snippetRoot(el).getBoundingClientRect().height).to.equal(0);
    const titles = visibleWithText(wrapper, 'h2', data.title);
    expect(titles, 'the title appears once, not twice').to.have.length(1);
    expect(titles[0]!.getRootNode()).to.equal(el.shadowRoot);
    const firstStep = data.methods.items[0]!.steps[0]!.text;
    expect(visibleWithText(wrapper, 'li', firstStep), 'a step appears once').to.have.length(1);
    expect(deepQueryAll(el, '[role="tab"]')).to.have.length(data.methods.items.length);
    await expect(el).to.be.accessible();
  });

  // Before the loop below loads this locale and the default.
  it('keeps the snippet when no locale can be loaded at all', async () => {
    expect(offline, 'a locale not loaded yet on this page').not.to.equal(gated);
    const data = await localeData(offline);
    const saved = { ...LOCALE_LOADERS };
    LOCALE_LOADERS[offline] = () => Promise.reject(new TypeError('offline'));
    LOCALE_LOADERS[DEFAULT_LOCALE] = () => Promise.reject(new TypeError('offline'));
    const warn = console.warn;
    console.warn = () => {};
    try {
      const el = document.createElement('az-cancel-guide') as Guide;
      el.setAttribute('lang', offline);
      el.innerHTML = renderStaticHtml(data);
      await fixture(el);
      await el.contentReady;
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(isRendered(snippetRoot(el))).to.equal(true);
    } finally {
      Object.assign(LOCALE_LOADERS, saved);
      console.warn = warn;
    }
  });

  for (const locale of BROWSER_LOCALES) {
    it(`${locale}: after upgrade the guide replaces the snippet (text once, axe clean)`, async () => {
      const data = await localeData(locale);
      const { el, wrapper } = await withSnippet(locale, data);
      await el.contentReady;
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(isRendered(snippetRoot(el))).to.equal(false);
      expect(visibleWithText(wrapper, 'h2', data.title)).to.have.length(1);
      expect(visibleWithText(wrapper, 'p', data.closing.at(-1)!), 'closing paragraph once').to.have.length(1);
      expect(el.getBoundingClientRect().height).to.be.above(200);
      await expect(el).to.be.accessible();
    });
  }
});

// The static snippet and the elements cannot drift: both are made from one outline
// (src/lib/guide-outline.ts), and their outputs read the same. For the representative locales (every
// locale is checked in Node on the server-rendered element, test/node/static-drift.test.mjs) and for
// content a site builds, the live <az-cancel-guide> (through its shadow roots, hidden tab panels too)
// and the snippet (`renderStaticHtml`, and the shipped dist/static/<locale>.html) are read line by line
// in reading order (test/content/reading-lines.ts): the same lines, but for the controls only the
// element has. dist/ needs `npm run build`.
describe('static drift', () => {
  // After the tests above, which need a page where no element is defined yet: the elements are defined here.
  before(async () => {
    await import('../../src/components/guide/az-cancel-guide-define.js');
  });

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
});

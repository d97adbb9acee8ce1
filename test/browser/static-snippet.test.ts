// The static snippet (renderStaticHtml) pasted inside <az-cancel-guide>: readable before the
// script runs, still visible while the locale chunk loads, and replaced (not duplicated) once
// the guide renders. The elements are defined part-way through this file, on purpose.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, localeContent } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import type { GuideData } from '../../src/data/guide-types.js';
import { renderStaticHtml } from '../../src/static/render-static-html.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
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

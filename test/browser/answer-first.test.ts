// The answer first: on a phone, under a site's own header and h1, a traveller reads the official
// answer before any way to cancel; the article's ways carry an "Unconfirmed" tag a screen reader
// hears as part of each tab's name; one control chooses a method; the compact variant fits a sidebar.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide } from '../../src/index.js';
import { localeContent } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import type { GuideData } from '../../src/data/guide-types.js';
import { makeGuide, withChanges } from '../content/make-guide.js';
import { browserLocalesWithLongest } from '../content/browser-locales.js';
import { compactTexts, missingInOrder } from '../content/guide-texts.js';
import { deepQuery, deepQueryAll, deepText, withForcedColors } from './helpers.js';

const isFirefox = navigator.userAgent.includes('Firefox');

/** A travel site's article page on a phone: a sticky header and the page's own h1 above the guide. */
async function onArticlePage(
  guide: string | GuideData,
  attributes: Record<string, string> = {},
  width = 'auto',
): Promise<AzCancelGuide> {
  const page = await fixture<HTMLElement>(html`<div style="font: 17px/1.5 sans-serif">
    <header style="position: sticky; top: 0; block-size: 64px; background: #eee">Travel blog</header>
    <h1 style="font-size: 30px; margin: 16px 0">Azerbaijan e-visa: what to know</h1>
    <div class="column" style="inline-size: ${width}"></div>
  </div>`);
  const el = document.createElement('az-cancel-guide');
  if (typeof guide === 'string') el.lang = guide;
  else el.data = guide;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.querySelector('.column')!.append(el);
  await el.contentReady;
  return el;
}

/** The representative locales and the one whose compact guide has the most text: the heights below depend on it. */
const locales = await browserLocalesWithLongest((content) => compactTexts(content).join('').length);

const bundled = async (locale: string): Promise<GuideData> => localeContent(await LOCALE_LOADERS[locale]!());

describe('the answer first', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const locale of locales) {
    it(`${locale}: on a 390 px phone the answer ends within the guide's first 600 px, before any method control`, async () => {
      const el = await onArticlePage(locale);
      const content = await bundled(locale);
      const answer = deepQuery(el, '[part="answer"]');
      expect(answer.textContent).to.include(content.answer!.text);
      const guideTop = el.getBoundingClientRect().top;
      const answerBottom = answer.getBoundingClientRect().bottom - guideTop;
      expect(answerBottom, `answer ends ${Math.round(answerBottom)} px into the guide`).to.be.at.most(600);
      const firstTab = deepQuery(el, '[role="tab"]');
      expect(firstTab.getBoundingClientRect().top - guideTop, 'the answer comes before the tabs').to.be.above(
        answerBottom,
      );
      // The warning follows the answer and comes before the tabs too.
      const warning = deepQuery(el, '[part="warning"]');
      expect(warning.getBoundingClientRect().top).to.be.at.least(answer.getBoundingClientRect().bottom);
      expect(warning.getBoundingClientRect().bottom).to.be.below(firstTab.getBoundingClientRect().top);
    });

    it(`${locale}: variant="compact" in a 320 px sidebar is at most 450 px tall and shows the answer, its source, the warning and the full-guide link`, async () => {
      const el = await onArticlePage(
        locale,
        { variant: 'compact', 'guide-href': 'https://example.org/guide' },
        '320px',
      );
      const content = await bundled(locale);
      const height = el.getBoundingClientRect().height;
      expect(height, `${Math.round(height)} px tall`).to.be.at.most(450);
      expect(missingInOrder(deepText(el), compactTexts(content))).to.equal(undefined);
      const link = deepQuery<HTMLAnchorElement>(el, '[part="full-guide"]');
      expect(link.href).to.equal('https://example.org/guide');
      expect(link.textContent).to.equal(content.ui.fullGuide);
      expect(deepQueryAll(el, '[role="tab"], az-cancel-checklist, details')).to.have.length(0);
    });
  }

  it('the order: title, answer, source line with the date, warning, cases, official facts, then the article part', async () => {
    const el = await onArticlePage(makeGuide());
    const parts = ['title', 'answer', 'warning', 'cases', 'notice', 'source-article', 'summary'];
    const tops = parts.map((part) => deepQuery(el, `[part~="${part}"]`).getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    expect(deepQuery(el, '[part="answer"] .source').textContent).to.match(/^Answer source.* · Reviewed: .*2026$/);
    // The warning's icon is decoration; the word "Warning" is read before its text.
    const warning = deepQuery(el, '[part="warning"]');
    expect(warning.querySelector('[aria-hidden="true"]')!.textContent).to.equal('!');
    expect(warning.querySelector('strong')!.textContent).to.equal('Warning: Warning text');
  });

  it('one control chooses a method: the tabs, right above their panels; no cards', async () => {
    const el = await onArticlePage(makeGuide());
    const tabs = deepQueryAll(el, '[role="tab"]');
    expect(tabs).to.have.length(3);
    expect(deepQueryAll(el, '[data-method]')).to.deep.equal(tabs);
    expect(deepQueryAll(el, '[part~="card"]')).to.have.length(0);
    const changes: string[] = [];
    el.addEventListener('az-method-change', (event) => changes.push(event.detail.method));
    // Every other button or link of the guide leaves the method alone.
    for (const control of deepQueryAll(el, 'button:not([role="tab"]), summary')) control.click();
    await el.contentReady;
    expect(changes).to.deep.equal([]);
    const tablist = deepQuery(el, '[role="tablist"]').getBoundingClientRect();
    const panel = deepQuery(el, '[role="tabpanel"]:not([hidden])').getBoundingClientRect();
    expect(panel.top - tablist.bottom).to.be.within(-0.5, 16);
  });

  it('every method is tagged "Unconfirmed" in its tab and its heading, in text', async () => {
    const el = await onArticlePage(makeGuide());
    for (const tab of deepQueryAll(el, '[role="tab"]')) {
      const tag = tab.querySelector('[part="tag"]')!;
      expect(tag.textContent).to.equal('Unconfirmed');
      // Part of the tab's name: nothing names the tab otherwise, and the tag is rendered.
      expect(tab.hasAttribute('aria-label') || tab.hasAttribute('aria-labelledby')).to.be.false;
      expect(tag.checkVisibility()).to.be.true;
    }
    for (const title of deepQueryAll(el, '[part="panel-heading"]'))
      expect(title.querySelector('[part="tag"]')!.textContent).to.equal('Unconfirmed');
  });

  it('a screen reader hears "Unconfirmed" in each tab’s accessible name', async function () {
    if (isFirefox) this.skip(); // the Firefox driver (WebDriver BiDi) has no accessibility snapshot; the DOM test above runs there
    await onArticlePage(makeGuide());
    type Node = { role?: string; name?: string; children?: Node[] };
    const tabs: Node[] = [];
    const walk = (node: Node): void => {
      if (node.role === 'tab') tabs.push(node);
      node.children?.forEach(walk);
    };
    // The whole page's tree: the fixture holds this one guide (a snapshot rooted at a shadow host stops at the host).
    // (Typed as returning nothing; it returns the tree.)
    const snapshot = await (a11ySnapshot as (payload: object) => Promise<unknown>)({});
    walk(snapshot as Node);
    expect(tabs.map((tab) => tab.name)).to.deep.equal([
      'Method 1 Unconfirmed',
      'Method 2 Unconfirmed',
      'Method 3 Unconfirmed',
    ]);
  });

  it('a method with status "official" is tagged "Official"; one without a status has no tag', async () => {
    const guide = makeGuide();
    guide.methods.items[0]!.status = 'official';
    delete guide.methods.items[1]!.status;
    const el = await onArticlePage(guide);
    const tags = deepQueryAll(el, '[role="tab"]').map((tab) => tab.querySelector('[part="tag"]')?.textContent ?? null);
    expect(tags).to.deep.equal(['Official', null, 'Unconfirmed']);
  });

  it('content written before the answer came first still renders, with its notice and review date', async () => {
    const el = await onArticlePage(makeGuide({ legacy: true }));
    expect(deepQueryAll(el, '[part="answer"], [part="warning"], [part="cases"], [part="tag"]')).to.have.length(0);
    expect(deepQuery(el, '[part="notice"] .reviewed').textContent).to.match(/^Reviewed: /);
    expect(deepQueryAll(el, '[role="tab"]')).to.have.length(3);
  });

  it('without the new interface strings, the tags, the warning and the full-guide link read in English', async () => {
    const guide = withChanges(makeGuide(), (copy) => {
      for (const key of ['unconfirmed', 'official', 'warning', 'fullGuide']) Reflect.deleteProperty(copy.ui, key);
    });
    const full = await onArticlePage(guide);
    expect(deepQuery(full, '[part="tag"]').textContent).to.equal('Unconfirmed');
    expect(deepQuery(full, '[part="warning"] strong').textContent).to.equal('Warning: Warning text');
    const compact = await onArticlePage(guide, { variant: 'compact', 'guide-href': 'https://example.org/' });
    expect(deepQuery(compact, '[part="full-guide"]').textContent).to.equal('Read the full guide');
  });

  it('compact shows no full-guide link without guide-href, or with a URL that is not http(s)', async () => {
    for (const href of [
      undefined,
      '',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'mailto:a@example.org',
    ]) {
      const el = await onArticlePage(makeGuide(), {
        variant: 'compact',
        ...(href === undefined ? {} : { 'guide-href': href }),
      });
      expect(deepQueryAll(el, '[part="full-guide"]'), String(href)).to.have.length(0);
    }
  });

  it('compact links to a full guide on the same site by a relative URL, as the page wrote it', async () => {
    for (const href of ['/guides/azerbaijan-e-visa', '#guide', 'e-visa.html']) {
      const el = await onArticlePage(makeGuide(), { variant: 'compact', 'guide-href': href });
      const link = deepQuery<HTMLAnchorElement>(el, '[part="full-guide"]');
      expect(link.getAttribute('href')).to.equal(href);
      expect(link.href).to.equal(new URL(href, document.baseURI).href);
    }
  });

  it('an English guide inside a right-to-left page is laid out left to right', async () => {
    const page = await fixture<HTMLElement>(html`<div dir="rtl"></div>`);
    const el = document.createElement('az-cancel-guide');
    el.data = makeGuide();
    page.append(el);
    await el.contentReady;
    expect(getComputedStyle(deepQuery(el, '[part="answer"]')).direction).to.equal('ltr');
  });

  it('a jump to the methods clears a sticky header of --az-scroll-margin', async () => {
    const el = await onArticlePage(makeGuide(), { style: '--az-scroll-margin: 64px' });
    expect(getComputedStyle(el.shadowRoot!.querySelector('az-cancel-methods')!).scrollMarginBlockStart).to.equal(
      '64px',
    );
  });

  for (const mode of ['light', 'dark', 'forced colours'] as const) {
    it(`passes axe in ${mode}, the new parts included`, async function () {
      if (isFirefox && mode !== 'light') this.skip(); // the Firefox driver (WebDriver BiDi) cannot emulate media features
      const el = await onArticlePage(makeGuide({ notes: true }), mode === 'dark' ? { theme: 'dark' } : {});
      if (mode === 'forced colours') {
        await withForcedColors(async () => {
          await expect(el).to.be.accessible();
        });
      } else if (mode === 'dark') {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          await expect(el).to.be.accessible();
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      } else await expect(el).to.be.accessible();
    });
  }
});

// The design, in every bundled locale: method controls that never wrap onto a second
// row (on a phone and in a sidebar), headings sized by role whatever their level, the page's colour
// scheme by default. (The answer's place on a phone and the compact variant: answer-first.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide } from '../../src/index.js';
import { DEFAULT_LOCALE } from '../../src/data/locales.js';
import { browserLocalesWithLongest } from '../content/browser-locales.js';
import { deepQuery, deepQueryAll, isRendered, withPrintMedia } from './helpers.js';

const isFirefox = navigator.userAgent.includes('Firefox');

/** A guide in `locale` inside a box `width` wide (a phone's column, or a sidebar of a wide page). */
async function guideIn(locale: string, width: string, attributes = ''): Promise<AzCancelGuide> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}"></div>`);
  const el = document.createElement('az-cancel-guide');
  el.lang = locale;
  for (const [name, value] of new URLSearchParams(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.contentReady;
  return el;
}

/** How many lines a text takes: its line boxes, rects that overlap vertically counted once. */
function lineCount(texts: Node[]): number {
  const rects = texts.flatMap((text) => {
    const range = document.createRange();
    range.selectNodeContents(text);
    return Array.from(range.getClientRects()).filter((rect) => rect.height > 0);
  });
  const rows: DOMRect[] = [];
  for (const rect of rects.sort((a, b) => a.top - b.top)) {
    const row = rows.at(-1);
    if (!row || rect.top >= row.bottom - 1) rows.push(rect);
  }
  return rows.length;
}

/** The text nodes of a tab's name (not its status tag), and of its tag. */
function tabTexts(tab: Element): { name: Node[]; tag: Node[] } {
  const tag = tab.querySelector('[part~="tag"]');
  const walker = document.createTreeWalker(tab, NodeFilter.SHOW_TEXT);
  const name: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!tag?.contains(node) && node.textContent!.trim()) name.push(node);
  return { name, tag: tag ? [tag] : [] };
}

/** The rows the tabs sit in: one row, or a stacked list of one tab per row. */
function tabRows(tabs: HTMLElement[]): number[] {
  return tabs.map((tab) => Math.round(tab.getBoundingClientRect().top));
}

/** The representative locales and the one with the longest tab (method name and tag): whether tabs wrap depends on it. */
const locales = await browserLocalesWithLongest(
  (content) => Math.max(...content.methods.items.map((m) => m.name.length)) + (content.ui.unconfirmed?.length ?? 0),
);

describe('design', () => {
  for (const locale of locales) {
    describe(locale, () => {
      for (const [where, width] of [
        ['a 390 px phone', '390px'],
        ['a 320 px sidebar', '320px'],
      ] as const) {
        it(`in ${where}, no method control wraps onto a second row`, async () => {
          const el = await guideIn(locale, width);
          const tabs = deepQueryAll(el, '[role="tab"]');
          expect(tabs.length).to.be.above(1);
          for (const tab of tabs) {
            const { name, tag } = tabTexts(tab);
            expect(lineCount(name), `"${tab.textContent.trim()}": the name on one line`).to.equal(1);
            expect(lineCount(tag), `"${tab.textContent.trim()}": its tag on one line`).to.equal(1);
          }
          const rows = tabRows(tabs);
          const inOneRow = new Set(rows).size === 1;
          const oneTabPerRow = rows.every((top, index) => index === 0 || top > rows[index - 1]!);
          expect(inOneRow || oneTabPerRow, `tabs at ${rows.join(', ')}`).to.be.true;
          // Stacked tabs are a list of choices: each spans the element.
          if (!inOneRow)
            for (const tab of tabs)
              expect(tab.getBoundingClientRect().width).to.be.closeTo(tabs[0]!.getBoundingClientRect().width, 1);
          // A stacked list is a vertical tab list, and says so once focus enters it.
          deepQuery(el, '[role="tab"][aria-selected="true"]').focus();
          expect(deepQuery(el, '[role="tablist"]').getAttribute('aria-orientation')).to.equal(
            inOneRow ? 'horizontal' : 'vertical',
          );
        });
      }

      it('sizes headings by role: the same at heading-level 2 and 4', async () => {
        const sizes = async (level: string) => {
          const el = await guideIn(locale, '1280px', `heading-level=${level}`);
          const size = (part: string) => getComputedStyle(deepQuery(el, `[part~="${part}"]`)).fontSize;
          const bring = deepQuery(el, 'az-cancel-checklist[list="bring"]').shadowRoot!.querySelector(
            '[part="heading"]',
          )!;
          const before = deepQuery(el, 'az-cancel-checklist[list="before"]').shadowRoot!.querySelector(
            '[part="heading"]',
          )!;
          return [
            ...['title', 'section-heading', 'panel-heading'].map(size),
            getComputedStyle(before).fontSize,
            getComputedStyle(bring).fontSize,
          ];
        };
        const [at2, at4] = [await sizes('2'), await sizes('4')];
        expect(at4).to.deep.equal(at2);
        const [title, section, method, checklist, bring] = at2.map(parseFloat) as [
          number,
          number,
          number,
          number,
          number,
        ];
        expect(title, 'title above sections').to.be.above(section);
        expect(checklist, 'checklists are sections').to.equal(section);
        expect(section, 'sections above methods').to.be.above(method);
        expect(method, 'methods above sub-headings').to.be.above(bring);
        expect(bring, 'sub-headings above body text').to.be.above(16);
      });

      it('without theme, on a light page with the reader’s system in dark mode: transparent, dark text', async function () {
        if (isFirefox) this.skip(); // the Firefox driver (WebDriver BiDi) cannot emulate media features
        await emulateMedia({ colorScheme: 'dark' });
        try {
          const el = await guideIn(locale, '390px');
          expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          const [r, g, b] = getComputedStyle(deepQuery(el, '[part="title"]')).color.match(/\d+/g)!.map(Number);
          expect(0.2126 * r! + 0.7152 * g! + 0.0722 * b!, 'dark text').to.be.below(80);
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    });
  }

  it('the tab list says it is vertical while stacked in a narrow container, when focus enters it and at each key', async () => {
    const el = await guideIn(DEFAULT_LOCALE, '1280px');
    const tablist = deepQuery(el, '[role="tablist"]');
    const tab = deepQuery(el, '[role="tab"][aria-selected="true"]');
    tab.focus();
    expect(tablist.getAttribute('aria-orientation')).to.equal('horizontal');
    tab.blur();
    el.parentElement!.style.inlineSize = '320px';
    tab.focus();
    expect(tablist.getAttribute('aria-orientation')).to.equal('vertical');
    el.parentElement!.style.inlineSize = '1280px';
    await sendKeys({ press: 'Home' });
    expect(tablist.getAttribute('aria-orientation')).to.equal('horizontal');
  });

  it("prints the disclosure's paragraphs while it stays closed, and shows them on screen only when opened", async () => {
    const el = await guideIn(DEFAULT_LOCALE, '1280px');
    const about = el.shadowRoot!.querySelector('details')!;
    const paragraph = about.querySelector('p')!;
    expect(about.open).to.be.false;
    expect(isRendered(paragraph), 'hidden on screen').to.be.false;
    await withPrintMedia(el, () => {
      expect(isRendered(paragraph), 'printed').to.be.true;
    });
    expect(about.open, 'still closed after printing').to.be.false;
    expect(isRendered(paragraph), 'hidden on screen again').to.be.false;
  });
});

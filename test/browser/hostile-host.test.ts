// Pages the widget does not control: aggressive global CSS, many instances, elements moved
// around. The widget must still render fully and keep its state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide } from '../../src/index.js';
import { AVAILABLE_LOCALES, loadLocale } from '../../src/data/locales.js';
import { itemId, makeGuide, methodId } from '../content/make-guide.js';
import { deepQuery, deepQueryAll, isRendered } from './helpers.js';

const HOSTILE_CSS = `
  * { all: unset; }
  *, *::before, *::after { box-sizing: content-box !important; }
  html { font-size: 40px; }
  button, input, h1, h2, h3, h4, ol, ul, li, section, article { display: none !important; }
  div { display: inline !important; color: white !important; background: white !important; }
  [role], [part], [hidden] { display: none !important; visibility: hidden !important; }
  a { pointer-events: none; color: transparent; }
`;

const guide = makeGuide();
const itemCount = guide.before.items.length + guide.after.items.length;
const selectedTabId = (el: Element): string => deepQuery(el, '[role="tab"][aria-selected="true"]').id;

describe('a host page with aggressive global CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('still renders every part, and it still works', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><az-cancel-guide .data=${guide}></az-cancel-guide></div>`);
    const el = wrapper.querySelector('az-cancel-guide')!;
    await el.contentReady;
    const last = guide.methods.items.at(-1)!.id;
    expect(isRendered(deepQuery(el, 'h2'))).to.be.true;
    expect(deepQueryAll(el, '[role="tab"]').filter(isRendered)).to.have.length(guide.methods.items.length);
    expect(deepQueryAll(el, 'input[type="checkbox"]').filter(isRendered)).to.have.length(itemCount);
    expect(deepQueryAll(el, '[role="tabpanel"]').filter(isRendered)).to.have.length(1);
    deepQuery(el, `#tab-${last}`).click();
    await el.contentReady;
    expect(deepQuery(el, `#panel-${last}`).hidden).to.be.false;
    expect(isRendered(deepQuery(el, `#panel-${last}`))).to.be.true;
    expect(getComputedStyle(deepQuery(el, '[role="tablist"]')).display).to.equal('flex');
    expect(getComputedStyle(deepQuery(el, 'input[type="checkbox"]')).boxSizing, 'own box model').to.equal('border-box');
  });
});

describe('50 guides on one page', () => {
  it('each keeps its own tab, ticks and language', async () => {
    // One guide per language tag the package knows, each with its own texts.
    const variants = AVAILABLE_LOCALES.map((locale, n) => makeGuide({ locale, label: `Guide ${n + 1}` }));
    const variant = (i: number) => variants[i % variants.length]!;
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 50 }, (_, i) => html`<az-cancel-guide .data=${variant(i)}></az-cancel-guide>`)}
    </div>`);
    const guides = Array.from(wrapper.querySelectorAll<AzCancelGuide>('az-cancel-guide'));
    await Promise.all(guides.map((g) => g.contentReady));

    deepQuery(guides[7]!, `#tab-${methodId(2)}`).click();
    deepQuery<HTMLInputElement>(guides[7]!, `#item-${itemId('before', 2)}`).click();
    await guides[7]!.contentReady;

    expect(guides[7]!.method).to.equal(methodId(2));
    for (const [i, el] of guides.entries()) {
      expect(el.shadowRoot!.querySelector('article')!.lang, `guide ${i}`).to.equal(variant(i).locale);
      expect(el.shadowRoot!.querySelector('h2')!.textContent, `guide ${i}`).to.equal(variant(i).title);
      expect(selectedTabId(el), `guide ${i}`).to.equal(`tab-${methodId(i === 7 ? 2 : 1)}`);
      expect(deepQuery<HTMLInputElement>(el, `#item-${itemId('before', 2)}`).checked, `guide ${i}`).to.equal(i === 7);
    }
  });

  it('bundled locales side by side: each guide shows its own language', async () => {
    const langs = AVAILABLE_LOCALES;
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 50 }, (_, i) => html`<az-cancel-guide lang=${langs[i % langs.length]!}></az-cancel-guide>`)}
    </div>`);
    const guides = Array.from(wrapper.querySelectorAll<AzCancelGuide>('az-cancel-guide'));
    await Promise.all(guides.map((g) => g.contentReady));
    const titles = await Promise.all(langs.map(async (locale) => (await loadLocale(locale)).title));
    for (const [i, el] of guides.entries()) {
      expect(el.shadowRoot!.querySelector('article')!.lang, `guide ${i}`).to.equal(langs[i % langs.length]);
      expect(el.shadowRoot!.querySelector('h2')!.textContent, `guide ${i}`).to.equal(titles[i % langs.length]);
    }
  });
});

describe('moved, removed and re-added', () => {
  it('keeps the selected method and ticks, and keyboard still works', async () => {
    const pageLang = AVAILABLE_LOCALES.at(-1)!; // the new ancestor's language: not what the guide shows
    const wrapper = await fixture<HTMLElement>(
      html`<div><section id="a"></section><section id="b" lang=${pageLang}></section></div>`,
    );
    const el = document.createElement('az-cancel-guide');
    el.data = guide;
    wrapper.querySelector('#a')!.append(el);
    await el.contentReady;
    const last = guide.methods.items.at(-1)!.id;
    deepQuery(el, `#tab-${last}`).click();
    deepQuery<HTMLInputElement>(el, `#item-${itemId('before', 1)}`).click();
    await el.contentReady;

    wrapper.querySelector('#b')!.append(el); // moved
    await el.contentReady;
    el.remove(); // removed…
    wrapper.querySelector('#a')!.append(el); // …and re-added
    await el.contentReady;

    expect(el.method).to.equal(last);
    expect(deepQuery<HTMLInputElement>(el, `#item-${itemId('before', 1)}`).checked).to.be.true;
    expect(
      el.shadowRoot!.querySelector('h2')!.textContent,
      'its own content, whatever the new ancestor’s language',
    ).to.equal(guide.title);
    deepQuery(el, `#tab-${last}`).focus();
    await sendKeys({ press: 'Home' });
    await el.contentReady;
    expect(el.method).to.equal(methodId(1));
  });

  it('follows the language of its new ancestor when it has none of its own', async () => {
    const [first, second] = AVAILABLE_LOCALES;
    const wrapper = await fixture<HTMLElement>(
      html`<div><section id="a" lang=${first!}></section><section id="b" lang=${second!}></section></div>`,
    );
    const el = document.createElement('az-cancel-guide');
    wrapper.querySelector('#a')!.append(el);
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal(first);
    wrapper.querySelector('#b')!.append(el);
    await el.contentReady;
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal(second);
  });
});

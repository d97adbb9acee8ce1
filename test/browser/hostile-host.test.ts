// Pages the widget does not control: aggressive global CSS, many instances, elements moved
// around. The widget must still render fully and keep its state.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide } from '../../src/index.js';
import en from '../../src/data/en.json';
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

describe('a host page with aggressive global CSS', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('still renders every part, and it still works', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><az-cancel-guide lang="en"></az-cancel-guide></div>`);
    const el = wrapper.querySelector('az-cancel-guide')!;
    await el.updateComplete;
    expect(isRendered(deepQuery(el, 'h2'))).to.be.true;
    expect(deepQueryAll(el, '[role="tab"]').filter(isRendered)).to.have.length(3);
    expect(deepQueryAll(el, 'input[type="checkbox"]').filter(isRendered)).to.have.length(6);
    expect(deepQueryAll(el, '[role="tabpanel"]').filter(isRendered)).to.have.length(1);
    deepQuery(el, '#tab-embassy').click();
    await el.updateComplete;
    expect(deepQuery(el, '#panel-embassy').hidden).to.be.false;
    expect(getComputedStyle(deepQuery(el, '[role="tablist"]')).display).to.equal('flex');
    expect(getComputedStyle(deepQuery(el, 'input[type="checkbox"]')).boxSizing, 'own box model').to.equal('border-box');
  });
});

describe('50 guides on one page', () => {
  it('each keeps its own tab, ticks and language', async () => {
    const langs = ['en', 'zh-Hans', 'ru', 'ar', 'tr'];
    const wrapper = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 50 }, (_, i) => html`<az-cancel-guide lang=${langs[i % langs.length]!}></az-cancel-guide>`)}
    </div>`);
    const guides = Array.from(wrapper.querySelectorAll<AzCancelGuide>('az-cancel-guide'));
    await Promise.all(guides.map((g) => g.updateComplete));

    deepQuery(guides[7]!, '#tab-email').click();
    deepQuery<HTMLInputElement>(guides[7]!, '#item-gather-info').click();
    await guides[7]!.updateComplete;

    for (const [i, guide] of guides.entries()) {
      expect(guide.shadowRoot!.querySelector('article')!.lang, `guide ${i}`).to.equal(langs[i % langs.length]);
      expect(guide.method, `guide ${i}`).to.equal(i === 7 ? 'email' : 'online');
      expect(deepQuery<HTMLInputElement>(guide, '#item-gather-info').checked, `guide ${i}`).to.equal(i === 7);
    }
    // Ids repeat across instances but each shadow root is its own scope: labels still work.
    expect(deepQuery(guides[7]!, '[role="tab"][aria-selected="true"]').id).to.equal('tab-email');
  });
});

describe('moved, removed and re-added', () => {
  it('keeps the selected method and ticks, and keyboard still works', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><section id="a"></section><section id="b" lang="ru"></section></div>`);
    const el = document.createElement('az-cancel-guide');
    el.lang = 'en';
    wrapper.querySelector('#a')!.append(el);
    await el.updateComplete;
    deepQuery(el, '#tab-embassy').click();
    deepQuery<HTMLInputElement>(el, '#item-check-status').click();
    await el.updateComplete;

    wrapper.querySelector('#b')!.append(el); // moved
    await el.updateComplete;
    el.remove(); // removed…
    wrapper.querySelector('#a')!.append(el); // …and re-added
    await el.updateComplete;

    expect(el.method).to.equal('embassy');
    expect(deepQuery<HTMLInputElement>(el, '#item-check-status').checked).to.be.true;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.title);
    deepQuery(el, '#tab-embassy').focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.method).to.equal('online');
  });

  it('follows the language of its new ancestor when it has none of its own', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><section id="a" lang="en"></section><section id="b" lang="zh-Hans"></section></div>`);
    const el = document.createElement('az-cancel-guide');
    wrapper.querySelector('#a')!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal('en');
    wrapper.querySelector('#b')!.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('article')!.lang).to.equal('zh-Hans');
  });
});

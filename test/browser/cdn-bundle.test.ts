// The CDN builds as a third-party site uses them: nothing but script tags, included twice,
// both builds on one page. Needs `npm run build` first (npm test does it).
import { expect } from '@open-wc/testing';
import en from '../../src/data/en.json';
import zh from '../../src/data/zh-Hans.json';
import { deepQueryAll } from './helpers.js';

function loadScript(src: string, type?: 'module'): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (type) script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('CDN builds', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('can be included twice, as module and as classic script, without an error or a global', async () => {
    // Created before the script arrives, as a page's HTML would: upgraded when it loads.
    const early = document.createElement('az-cancel-guide');
    early.setAttribute('lang', 'ru');
    early.setAttribute('method', 'embassy');
    document.body.append(early);
    const globalsBefore = new Set(Object.keys(window));
    await loadScript('/dist/cdn/az-cancel-guide.js', 'module');
    // A different URL makes a second, separate copy of the module, as two script tags from two CDNs would.
    await loadScript('/dist/cdn/az-cancel-guide.js?copy=2', 'module');
    await loadScript('/dist/cdn/az-cancel-guide.iife.js');
    await loadScript('/dist/cdn/az-cancel-guide.iife.js');
    expect(errors).to.deep.equal([]);
    for (const tag of ['az-cancel-guide', 'az-cancel-methods', 'az-cancel-checklist']) expect(customElements.get(tag), tag).to.exist;
    await (early as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(early.shadowRoot!.querySelector('article')!.lang, 'upgraded').to.equal('ru');
    expect(deepQueryAll(early, '[role="tab"][aria-selected="true"]')[0]!.id).to.equal('tab-embassy');
    early.remove();
    const newGlobals = Object.keys(window).filter((key) => !globalsBefore.has(key));
    expect(newGlobals.filter((key) => !key.startsWith('litHtml') && !key.startsWith('reactiveElement') && !key.startsWith('litElement'))).to.deep.equal([]);
  });

  for (const [lang, data] of [
    ['zh-Hans', zh],
    ['en', en],
  ] as const) {
    it(`renders the complete guide in ${lang}`, async () => {
      const el = document.createElement('az-cancel-guide');
      el.lang = lang;
      document.body.append(el);
      try {
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
        expect(deepQueryAll(el, '[role="tab"]')).to.have.length(3);
        expect(deepQueryAll(el, 'input[type="checkbox"]')).to.have.length(6);
        expect(deepQueryAll(el, '[role="tabpanel"] > ol').map((ol) => ol.children.length)).to.deep.equal([5, 5, 4]);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }
});

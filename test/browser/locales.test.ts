// Every shipped locale renders completely, in Chromium and Firefox, and passes axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide, DataErrorDetail } from '../../src/index.js';
import { AVAILABLE_LOCALES, LOCALE_LOADERS } from '../../src/data/locales.js';
import type { GuideData } from '../../src/data/guide-types.js';
import { deepQuery, deepQueryAll } from './helpers.js';

const EXPECTED_LOCALES = ['zh-Hans', 'zh-Hant', 'en', 'ru', 'tr', 'az', 'ar'];

async function guide(lang: string): Promise<AzCancelGuide> {
  const el = await fixture<AzCancelGuide>(html`<az-cancel-guide lang=${lang}></az-cancel-guide>`);
  await el.updateComplete;
  return el;
}

describe('locales', () => {
  // First, while no locale chunk has been loaded on this page yet.
  it('a failed locale chunk falls back to English and fires az-data-error', async () => {
    const original = LOCALE_LOADERS['tr']!;
    LOCALE_LOADERS['tr'] = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const errors: DataErrorDetail[] = [];
    const onError = (event: CustomEvent<DataErrorDetail>) => errors.push(event.detail);
    document.addEventListener('az-data-error', onError);
    try {
      const el = await guide('tr');
      const en = (await LOCALE_LOADERS['en']!()).default as GuideData;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.title);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason: 'locale-load-failed', source: 'tr' });
    } finally {
      LOCALE_LOADERS['tr'] = original;
      document.removeEventListener('az-data-error', onError);
    }
  });

  it('shows nothing of another language while a chunk loads', async () => {
    const original = LOCALE_LOADERS['az']!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    LOCALE_LOADERS['az'] = () => gate.then(original);
    try {
      const el = document.createElement('az-cancel-guide');
      el.lang = 'az';
      await fixture(html`<div>${el}</div>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(el.shadowRoot!.textContent.trim(), 'nothing rendered while loading').to.equal('');
      release();
      await el.updateComplete;
      const az = (await original()).default as GuideData;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(az.title);
    } finally {
      LOCALE_LOADERS['az'] = original;
    }
  });

  it('ships the seven languages', () => {
    expect([...AVAILABLE_LOCALES].sort()).to.deep.equal([...EXPECTED_LOCALES].sort());
  });

  for (const locale of EXPECTED_LOCALES) {
    it(`${locale}: title, 3 tabs, 6 checklist items, localized progress and date, axe clean`, async () => {
      const data = (await LOCALE_LOADERS[locale]!()).default as GuideData;
      const el = await guide(locale);
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('lang')).to.equal(locale);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
      expect(deepQueryAll(el, '[role="tab"]').map((tab) => tab.textContent.trim())).to.deep.equal(data.methods.items.map((m) => m.name));
      expect(deepQueryAll(el, 'input[type="checkbox"]')).to.have.length(6);
      const three = new Intl.NumberFormat(locale).format(3);
      expect(deepQuery(el, '[part="progress-text"]').textContent, 'numbers in the locale').to.contain(three);
      const reviewed = deepQuery(el, '.reviewed').textContent;
      const reviewedDate = new Date(`${data.lastReviewed}T00:00:00Z`);
      expect(reviewed).to.contain(new Intl.NumberFormat(locale, { useGrouping: false }).format(reviewedDate.getUTCFullYear()));
      expect(reviewed, 'no raw month code such as M11').not.to.match(/\bM\d+\b/);
      const monthName = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
        .formatToParts(reviewedDate)
        .find((part) => part.type === 'month')!.value;
      if (!/^M\d+$/.test(monthName)) expect(reviewed, 'month name of the locale').to.contain(monthName);
      await expect(el).to.be.accessible();
    });
  }

  it('ar renders right to left, and the tab arrow keys follow', async () => {
    const el = await guide('ar');
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(article).direction).to.equal('rtl');
    const methods = deepQuery<HTMLElement & { method: string; updateComplete: Promise<unknown> }>(el, 'az-cancel-methods');
    const [first, second] = deepQueryAll(el, '[role="tab"]');
    expect(second!.getBoundingClientRect().right, 'second tab is left of the first').to.be.at.most(first!.getBoundingClientRect().left + 1);
    first!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await methods.updateComplete;
    expect(methods.method).to.equal('email');
  });

});

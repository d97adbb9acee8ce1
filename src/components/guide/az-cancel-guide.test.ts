import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import en from '../../data/en.json';
import type { GuideData } from '../../data/guide-types.js';
import zh from '../../data/zh-Hans.json';
import { captureWarnings, deepQuery, deepQueryAll, deepText, isRendered } from '../../../test/browser/helpers.js';
import type { AzCancelGuide } from './az-cancel-guide.js';
import './az-cancel-guide-define.js';

const LOCALES: Record<string, GuideData> = { 'zh-Hans': zh as unknown as GuideData, en: en as unknown as GuideData };

async function guide(lang: string, attributes: Record<string, string> = {}): Promise<AzCancelGuide> {
  const el = document.createElement('az-cancel-guide');
  el.setAttribute('lang', lang);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete;
  return el;
}

/** Sections of the guide, in the order of the source article. */
function sectionsInOrder(data: GuideData): string[] {
  return [
    data.title,
    ...data.intro,
    ...data.about,
    data.notice.text,
    data.before.heading,
    ...data.before.items.map((item) => item.label),
    data.methods.heading,
    ...data.methods.items.map((method) => method.heading),
    data.after.heading,
    ...data.after.items.map((item) => item.label),
    data.summary.heading,
    ...data.summary.paragraphs,
    ...data.closing,
  ];
}

describe('<az-cancel-guide>', () => {
  for (const [lang, data] of Object.entries(LOCALES)) {
    describe(`in ${lang}`, () => {
      it('shows every section of the guide in the order of the source', async () => {
        const el = await guide(lang);
        const text = deepText(el);
        let position = -1;
        for (const section of sectionsInOrder(data)) {
          const found = text.indexOf(section.replace(/\s+/g, ' '), position + 1);
          expect(found, `"${section.slice(0, 40)}…" after position ${position}`).to.be.greaterThan(position);
          position = found;
        }
      });

      it('shows every step of every method as an ordered list (5, 5 and 4 steps)', async () => {
        const el = await guide(lang);
        const panels = deepQueryAll(el, '[role="tabpanel"]');
        expect(panels.map((panel) => panel.querySelectorAll(':scope > ol > li').length)).to.deep.equal([5, 5, 4]);
        for (const [i, method] of data.methods.items.entries()) {
          expect(Array.from(panels[i]!.querySelectorAll('ol > li'), (li) => li.textContent.trim())).to.deep.equal(method.steps);
        }
      });

      it('shows each method’s specifics: official site, email subject and body, what to bring', async () => {
        const el = await guide(lang);
        const [online, email, embassy] = data.methods.items;
        const link = deepQuery<HTMLAnchorElement>(el, '[part="official-link"]');
        expect(link.getAttribute('href')).to.equal(online!.link!.href);
        const text = deepText(el);
        for (const fact of [email!.email!.subject, ...email!.email!.bodyIncludes, ...email!.email!.attachments, ...embassy!.bring!]) {
          expect(text).to.contain(fact);
        }
      });

      it('shows the verify-with-official-sources notice with the e-visa portal and the review date', async () => {
        const el = await guide(lang);
        const notice = deepQuery(el, '[part="notice"]');
        const hrefs = Array.from(notice.querySelectorAll('a'), (a) => a.getAttribute('href'));
        expect(hrefs).to.include('https://evisa.gov.az');
        expect(notice.textContent).to.contain(new Intl.DateTimeFormat(data.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-26T00:00:00Z')));
      });

      it('marks its content with the language', async () => {
        const el = await guide(lang);
        expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal(lang);
      });

      it('passes axe', async () => {
        const el = await guide(lang);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('headings', () => {
    const levels = (el: Element) => deepQueryAll(el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName[1]));

    it('uses h2 for the title, h3 for sections and h4 inside method panels by default', async () => {
      const el = await guide('en');
      expect(levels(el)).to.deep.equal([2, 3, 3, 4, 4, 4, 5, 3, 3]);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.title);
    });

    it('follows heading-level so the guide fits the page outline', async () => {
      const el = await guide('en', { 'heading-level': '3' });
      expect(levels(el)).to.deep.equal([3, 4, 4, 5, 5, 5, 6, 4, 4]);
    });

    it('never goes past h6', async () => {
      const el = await guide('en', { 'heading-level': '5' });
      expect(Math.max(...levels(el))).to.equal(6);
      expect(levels(el)[0]).to.equal(5);
    });
  });

  describe('language', () => {
    it('falls back to English for an unknown language, with one console warning', async () => {
      let el!: AzCancelGuide;
      const warnings = await captureWarnings(async () => {
        el = await guide('fr-CA');
        el.requestUpdate('lang');
        await el.updateComplete;
      });
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(en.title);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('fr-CA');
    });

    it('takes the language of an ancestor when it has none of its own', async () => {
      const container = await fixture<HTMLElement>(html`<div lang="zh-CN"><az-cancel-guide></az-cancel-guide></div>`);
      const el = container.querySelector('az-cancel-guide')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(zh.title);
    });

    it('re-renders in a new language without losing the open method or ticks', async () => {
      const el = await guide('en', { method: 'embassy' });
      deepQuery<HTMLInputElement>(el, '#item-gather-info').click();
      el.lang = 'zh-Hans';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(zh.title);
      expect(deepQuery(el, '[role="tab"][aria-selected="true"]').textContent.trim()).to.equal(zh.methods.items[2]!.name);
      expect(deepQuery<HTMLInputElement>(el, '#item-gather-info').checked).to.be.true;
    });
  });

  describe('composed parts work with mouse and keyboard', () => {
    it('opens the method named by the method attribute', async () => {
      const el = await guide('en', { method: 'email' });
      const visible = deepQueryAll(el, '[role="tabpanel"]').filter(isRendered);
      expect(visible).to.have.length(1);
      expect(visible[0]!.id).to.equal('panel-email');
    });

    it('switches method tabs with a click and with arrow keys', async () => {
      const el = await guide('en');
      deepQuery(el, '#tab-embassy').click();
      await el.updateComplete;
      expect(el.method).to.equal('embassy');
      deepQuery(el, '#tab-embassy').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.method).to.equal('online');
      expect(isRendered(deepQuery(el, '#panel-online'))).to.be.true;
    });

    it('ticks checklist items with a click and with the space bar', async () => {
      const el = await guide('en');
      deepQuery<HTMLLabelElement>(el, 'label[for="item-check-status"]').click();
      const box = deepQuery<HTMLInputElement>(el, '#item-read-policy');
      box.focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(deepQuery<HTMLInputElement>(el, '#item-check-status').checked).to.be.true;
      expect(box.checked).to.be.true;
      expect(deepQuery(el, '[part="progress-text"]').textContent).to.equal('2 of 3 done');
    });
  });

  it('shows content from the data property as text, never as markup', async () => {
    const data = structuredClone(en) as unknown as GuideData;
    data.title = '<img src=x onerror="window.__pwned=true">Title';
    const el = await fixture<AzCancelGuide>(html`<az-cancel-guide .data=${data}></az-cancel-guide>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.be.undefined;
  });
});

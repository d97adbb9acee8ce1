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

    // Every value a page might write. '' reads as 0 (Lit's Number converter), so 0 then logs nothing new.
    const VALUES: ReadonlyArray<readonly [string, number, number]> = [
      ['', 2, 1],
      ['0', 2, 0],
      ['-1', 1, 1],
      ['7', 6, 1],
      ['1.5', 2, 1],
      ['abc', 2, 1],
      ...[1, 2, 3, 4, 5, 6].map((n) => [String(n), n, 0] as const),
    ];
    for (const [value, title, warnings] of VALUES) {
      it(`heading-level="${value}": the title is h${title} and the whole outline stays below it, within h1–h6`, async () => {
        let el!: AzCancelGuide;
        const logged = await captureWarnings(async () => {
          el = await guide('en', { 'heading-level': value });
        });
        const below = (offset: number) => Math.min(6, title + offset);
        // Title; list heading; methods heading; each panel's heading (and its "what to bring"); list heading; summary.
        expect(levels(el)).to.deep.equal([
          title,
          below(1),
          below(1),
          ...en.methods.items.flatMap((method) => ('bring' in method ? [below(2), below(3)] : [below(2)])),
          below(1),
          below(1),
        ]);
        expect(logged.filter((w) => w.includes('heading-level')), logged.join('\n')).to.have.length(warnings);
      });
    }
  });

  describe('saved ticks (persist)', () => {
    const PREFIX = 'az-cancel-guide:checklist:v1:';
    const savedUnder = (name: string): string[] => Object.keys(JSON.parse(localStorage.getItem(PREFIX + name) ?? '{}') as object);
    const tick = (el: Element, id: string) => deepQuery<HTMLLabelElement>(el, `label[for="item-${id}"]`).click();
    const isTicked = (el: Element, id: string) => deepQuery<HTMLInputElement>(el, `#item-${id}`).checked;
    const [first, second] = en.before.items.map((item) => item.id);
    const clear = () => {
      for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    };
    beforeEach(clear);
    afterEach(clear);

    it('two guides on one page keep their ticks apart by default, and find them again on the next visit', async () => {
      const a = await guide('en', { persist: '' });
      const b = await guide('en', { persist: '' });
      tick(a, first!);
      tick(b, second!);
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect([isTicked(a, first!), isTicked(a, second!)]).to.deep.equal([true, false]);
      expect([isTicked(b, first!), isTicked(b, second!)]).to.deep.equal([false, true]);
      expect(savedUnder('guide-before')).to.deep.equal([first]);
      expect(savedUnder('guide-2-before')).to.deep.equal([second]);

      a.parentElement!.remove();
      b.parentElement!.remove();
      const again = [await guide('en', { persist: '' }), await guide('en', { persist: '' })];
      expect(again.map((el) => [isTicked(el, first!), isTicked(el, second!)])).to.deep.equal([
        [true, false],
        [false, true],
      ]);
    });

    it('a guide rendered again after leaving the page (a single-page app) finds its ticks', async () => {
      const el = await guide('en', { persist: '' });
      tick(el, second!);
      await el.updateComplete;
      el.parentElement!.remove();
      const next = await guide('en', { persist: '' });
      expect(isTicked(next, second!)).to.be.true;
    });

    it('storage-key names the saved lists, and guides sharing it stay in step', async () => {
      const a = await guide('en', { persist: '', 'storage-key': 'trip' });
      const b = await guide('en', { persist: '', 'storage-key': 'trip' });
      const after = en.after.items[0]!.id;
      tick(a, first!);
      tick(b, after);
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(savedUnder('trip-before')).to.deep.equal([first]);
      expect(savedUnder('trip-after')).to.deep.equal([after]);
      for (const el of [a, b]) expect([isTicked(el, first!), isTicked(el, after)]).to.deep.equal([true, true]);
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

// Every bundled locale renders completely, in Chromium and Firefox, and passes axe. The locales and
// everything expected of them come from the registry and each locale's own content: adding a
// locale or a step needs no edit here, and the new content is tested too. Then the interface strings:
// code that content need not carry, and may change.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AzCancelGuide, DataErrorDetail, GuideContent } from '../../src/index.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale, localeContent } from '../../src/data/locales.js';
import { LOCALE_LOADERS } from '../../src/generated/locales.js';
import type { GuideData } from '../../src/data/guide-types.js';
import { formatCount } from '../../src/i18n/format.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { makeGuide } from '../content/make-guide.js';
import { deepQuery, deepQueryAll, deepText, echoUrl, textWithoutNotes, textWithoutTag } from './helpers.js';

async function guide(lang: string): Promise<AzCancelGuide> {
  const el = await fixture<AzCancelGuide>(html`<az-cancel-guide lang=${lang}></az-cancel-guide>`);
  await el.contentReady;
  return el;
}

/** A locale's content straight from its chunk (not through the element's cache). */
async function localeData(locale: string): Promise<GuideData> {
  return localeContent(await LOCALE_LOADERS[locale]!());
}

/** Locales other than the default: one to fail, one to hold back (the same one if there is only one). */
const others = AVAILABLE_LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
const failing = others[0]!;
const gated = others.at(-1)!;

describe('locales', () => {
  // First, while no locale chunk has been loaded on this page yet.
  it('a failed locale chunk falls back to English and fires az-data-error', async () => {
    const original = LOCALE_LOADERS[failing]!;
    LOCALE_LOADERS[failing] = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const errors: DataErrorDetail[] = [];
    const onError = (event: CustomEvent<DataErrorDetail>) => errors.push(event.detail);
    document.addEventListener('az-data-error', onError);
    try {
      const el = await guide(failing);
      const fallback = await localeData(DEFAULT_LOCALE);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(fallback.title);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ reason: 'locale-load-failed', source: failing });
    } finally {
      LOCALE_LOADERS[failing] = original;
      document.removeEventListener('az-data-error', onError);
    }
  });

  it('shows nothing of another language while a chunk loads', async () => {
    const original = LOCALE_LOADERS[gated]!;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    LOCALE_LOADERS[gated] = () => gate.then(original);
    try {
      const el = document.createElement('az-cancel-guide');
      el.lang = gated;
      await fixture(html`<div>${el}</div>`);
      await new Promise((resolve) => requestAnimationFrame(resolve)); // a frame: what the element renders meanwhile is on screen
      expect(el.shadowRoot!.textContent.trim(), 'nothing rendered while loading').to.equal('');
      release();
      await el.contentReady;
      const data = await localeData(gated);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
    } finally {
      LOCALE_LOADERS[gated] = original;
    }
  });

  it('the registry lists each locale once, the default among them, each content in its own language', async () => {
    expect(AVAILABLE_LOCALES.length).to.be.above(1);
    expect(new Set(AVAILABLE_LOCALES).size).to.equal(AVAILABLE_LOCALES.length);
    expect(AVAILABLE_LOCALES).to.include(DEFAULT_LOCALE);
    for (const locale of AVAILABLE_LOCALES) expect((await localeData(locale)).locale, locale).to.equal(locale);
  });

  // Every locale, rendered by the same templates on the server: test/node/ssr.test.mjs and test/node/static-drift.test.mjs.
  for (const locale of BROWSER_LOCALES) {
    it(`${locale}: title, a tab per method, every step and item, its details, localized progress and date, axe clean`, async () => {
      const data = await localeData(locale);
      const el = await guide(locale);
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('lang')).to.equal(locale);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(data.title);
      expect(deepQueryAll(el, '[role="tab"]').map(textWithoutTag)).to.deep.equal(data.methods.items.map((m) => m.name));

      const panels = deepQueryAll(el, '[role="tabpanel"]');
      expect(panels.map((panel) => panel.id)).to.deep.equal(data.methods.items.map((m) => `panel-${m.id}`));
      for (const [i, method] of data.methods.items.entries()) {
        const panel = panels[i]!;
        expect(Array.from(panel.querySelectorAll(':scope > ol > li'), textWithoutNotes), method.id).to.deep.equal(
          method.steps.map((step) => step.text),
        );
        const text = deepText(panel);
        switch (method.kind) {
          case 'online':
            expect(panel.querySelector('[part="official-link"], [part="site-link"]')!.getAttribute('href')).to.equal(
              method.link.href,
            );
            break;
          case 'email':
            for (const fact of [method.email.subject, ...method.email.template.split(/\s*\n\s*/)])
              expect(text).to.contain(fact);
            break;
          case 'in-person':
            for (const fact of method.bring) expect(text).to.contain(fact.label);
            break;
        }
      }

      // In document order: what to bring (in the in-person method's step), before, after.
      const items = [
        ...data.methods.items.flatMap((m) => (m.kind === 'in-person' ? m.bring : [])),
        ...data.before.items,
        ...data.after.items,
      ];
      expect(deepQueryAll(el, 'input[type="checkbox"]').map((box) => box.id)).to.deep.equal(
        items.map((item) => `item-${item.id}`),
      );
      const total = data.before.items.length;
      const progress = deepQuery(el, 'az-cancel-checklist[list="before"]').shadowRoot!.querySelector(
        '[part="progress-text"]',
      )!.textContent;
      expect(progress, 'numbers in the locale').to.equal(
        formatCount(data.ui.progress, locale, total, { done: 0, total }),
      );
      expect(progress).to.contain(new Intl.NumberFormat(locale).format(total));

      // The answer first, each method tagged in its tab.
      expect(deepQuery(el, '[part="answer"] .answer-text').textContent).to.equal(data.answer!.text);
      expect(deepQueryAll(el, '[role="tab"] [part="tag"]').map((tag) => tag.textContent)).to.deep.equal(
        data.methods.items.map(() => data.ui.unconfirmed),
      );

      const notice = deepQuery(el, '[part="notice"]');
      const hrefs = Array.from(notice.querySelectorAll('a'), (a) => a.getAttribute('href')!);
      expect(hrefs).to.deep.equal(data.notice.links.map((link) => link.href));
      expect(
        hrefs.map((href) => new URL(href).hostname),
        'the official e-visa portal',
      ).to.include('evisa.gov.az');

      const reviewed = deepQuery(el, '.reviewed').textContent;
      const reviewedDate = new Date(`${data.lastReviewed}T00:00:00Z`);
      expect(reviewed).to.contain(
        new Intl.NumberFormat(locale, { useGrouping: false }).format(reviewedDate.getUTCFullYear()),
      );
      expect(reviewed, 'no raw month code such as M11').not.to.match(/\bM\d+\b/);
      const monthName = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' })
        .formatToParts(reviewedDate)
        .find((part) => part.type === 'month')!.value;
      if (!/^M\d+$/.test(monthName)) expect(reviewed, 'month name of the locale').to.contain(monthName);
      await expect(el).to.be.accessible();
    });

    it(`${locale}: lays out in its direction, and the tab arrow keys follow`, async () => {
      const data = await localeData(locale);
      const rtl = data.dir === 'rtl';
      const el = await guide(locale);
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('dir')).to.equal(data.dir);
      expect(getComputedStyle(article).direction).to.equal(data.dir);
      const methods = deepQuery<HTMLElement & { method: string; contentReady: Promise<unknown> }>(
        el,
        'az-cancel-methods',
      );
      const [first, second] = deepQueryAll(el, '[role="tab"]');
      const [firstBox, secondBox] = [first!.getBoundingClientRect(), second!.getBoundingClientRect()];
      if (rtl) expect(secondBox.right, 'second tab is left of the first').to.be.at.most(firstBox.left + 1);
      else expect(secondBox.left, 'second tab is right of the first').to.be.at.least(firstBox.right - 1);
      first!.focus();
      await sendKeys({ press: rtl ? 'ArrowLeft' : 'ArrowRight' });
      await methods.contentReady;
      expect(methods.method, 'the forward arrow of the direction').to.equal(data.methods.items[1]!.id);
    });
  }
});

// Interface strings are code (src/components/translations/): a site's content need not carry them, and
// may change any of them. After the locales tests: their first needs a page where no locale chunk has loaded yet.
describe('interface strings', () => {
  /** A bundled locale other than English, to tell its translation from the English fallback. */
  const otherLocale = AVAILABLE_LOCALES.find((locale) => locale !== DEFAULT_LOCALE)!;

  /** The builder's guide in `locale`, with `ui` as given (none when undefined). */
  function content(locale: string, ui?: Record<string, unknown>): GuideContent {
    const guide: GuideContent = makeGuide({ locale });
    delete guide.ui;
    return ui ? { ...guide, ui } : guide;
  }

  async function show(setup: (el: AzCancelGuide) => void): Promise<{ el: AzCancelGuide; errors: DataErrorDetail[] }> {
    const el = document.createElement('az-cancel-guide');
    const errors: DataErrorDetail[] = [];
    el.addEventListener('az-data-error', (event) => errors.push(event.detail));
    setup(el);
    await fixture(html`<div>${el}</div>`);
    await el.contentReady;
    return { el, errors };
  }

  const tabsLabel = (el: AzCancelGuide): string | null => deepQuery(el, '[role="tablist"]').getAttribute('aria-label');
  const aboutToggle = (el: AzCancelGuide): string => deepQuery(el, '[part="about"] summary').textContent.trim();
  const title = (el: AzCancelGuide): string => el.shadowRoot!.querySelector('[part="title"]')!.textContent;

  it('content without ui (data) is shown, with the interface strings of the bundled translation of its language', async () => {
    const bundled = await loadLocale(otherLocale);
    const { el, errors } = await show((guide) => (guide.data = content(otherLocale)));
    expect(errors).to.deep.equal([]);
    expect(title(el), "the site's content, not the bundled guide").to.equal(makeGuide().title);
    expect(tabsLabel(el)).to.equal(bundled.ui.methodsLabel);
    expect(aboutToggle(el)).to.equal(bundled.ui.aboutToggle);
  });

  it('content without ui (src) in a language the package does not bundle: English interface strings', async () => {
    const english = await loadLocale(DEFAULT_LOCALE);
    const { el, errors } = await show((guide) => (guide.src = echoUrl(JSON.stringify(content('fi')))));
    expect(errors).to.deep.equal([]);
    expect(title(el)).to.equal(makeGuide().title);
    expect(tabsLabel(el)).to.equal(english.ui.methodsLabel);
  });

  it('a site may change any subset of the interface strings; the rest stay the translation', async () => {
    const bundled = await loadLocale(otherLocale);
    const { el, errors } = await show((guide) => (guide.data = content(otherLocale, { methodsLabel: 'Our ways' })));
    expect(errors).to.deep.equal([]);
    expect(tabsLabel(el)).to.equal('Our ways');
    expect(aboutToggle(el)).to.equal(bundled.ui.aboutToggle);
  });

  it('content with a full ui keeps it', async () => {
    const full = makeGuide({ locale: otherLocale });
    const { el } = await show((guide) => (guide.data = full));
    expect(tabsLabel(el)).to.equal(full.ui.methodsLabel);
    expect(aboutToggle(el)).to.equal(full.ui.aboutToggle);
  });

  it('every bundled locale shows every interface string (its translation, English where it lacks one)', async () => {
    for (const locale of [DEFAULT_LOCALE, otherLocale]) {
      const { ui } = await loadLocale(locale);
      const missing = Object.entries(ui).filter(([, value]) =>
        typeof value === 'string' ? !value.trim() : !value?.other,
      );
      expect(missing, locale).to.deep.equal([]);
      expect(Object.keys(ui).sort(), locale).to.deep.equal(Object.keys((await loadLocale(DEFAULT_LOCALE)).ui).sort());
    }
  });
});

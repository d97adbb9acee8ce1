// Interface strings are code (src/components/translations/): a site's content need not carry them, and
// may change any of them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide, DataErrorDetail, GuideContent } from '../../src/index.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } from '../../src/data/locales.js';
import { makeGuide } from '../content/make-guide.js';
import { deepQuery, echoUrl } from './helpers.js';

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

describe('interface strings', () => {
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

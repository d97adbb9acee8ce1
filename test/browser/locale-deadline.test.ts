// Locale chunks that are slow, fail or never answer, served so by the fault-injection middleware.
// Nothing here imports a locale's JSON statically: each test needs chunks this page has not loaded yet.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide, DataErrorDetail } from '../../src/index.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadedLocale, localeDeadline } from '../../src/data/locales.js';
import { clearFaults, faultHits, injectFault, localeChunkPath, until } from './faults.js';

const DEADLINE_MS = 300;

const used = new Set<string>();
/** A bundled locale (not English) whose chunk this page has not requested yet. */
function freshLocale(): string {
  const locale = AVAILABLE_LOCALES.find(
    (candidate) => candidate !== DEFAULT_LOCALE && !used.has(candidate) && !loadedLocale(candidate),
  );
  if (!locale) throw new Error('this file needs one more bundled locale than there are');
  used.add(locale);
  return locale;
}

const titleOf = (el: AzCancelGuide): string | undefined =>
  el.shadowRoot!.querySelector('article h2')?.textContent ?? undefined;
const shownLocale = (el: AzCancelGuide): string | undefined => el.shadowRoot!.querySelector('article')?.lang;

async function guide(
  lang: string,
  fallback?: string,
): Promise<{ el: AzCancelGuide; errors: DataErrorDetail[]; waited: number; shownWhenUpdated?: string }> {
  const errors: DataErrorDetail[] = [];
  const el = document.createElement('az-cancel-guide');
  el.lang = lang;
  el.addEventListener('az-data-error', (event) => errors.push(event.detail));
  if (fallback) el.innerHTML = fallback;
  const started = performance.now();
  await fixture(html`<div>${el}</div>`);
  await el.updateComplete; // Lit's meaning: the update is done, whether or not the chunk has arrived
  const shownWhenUpdated = shownLocale(el);
  let timer!: ReturnType<typeof setTimeout>;
  const stuck = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('the guide never settled')), 5000)),
  );
  try {
    await Promise.race([el.contentReady, stuck]);
  } finally {
    clearTimeout(timer);
  }
  return { el, errors, waited: performance.now() - started, shownWhenUpdated };
}

describe('locale chunks over a network that misbehaves', () => {
  let originalDeadline: number;
  let warn: typeof console.warn;
  beforeEach(() => {
    originalDeadline = localeDeadline.ms;
    localeDeadline.ms = DEADLINE_MS;
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(async () => {
    localeDeadline.ms = originalDeadline;
    console.warn = warn;
    await clearFaults();
  });

  it('waits at most 10 s for a chunk by default', () => {
    expect(originalDeadline).to.be.within(1, 10_000);
  });

  // First: English must not have been loaded yet.
  it('when English never answers either, the static snippet stays; one az-data-error (timeout)', async () => {
    const locale = freshLocale();
    await injectFault(localeChunkPath(locale), { stall: true });
    await injectFault(localeChunkPath(DEFAULT_LOCALE), { stall: true });
    const { el, errors } = await guide(locale, '<p id="snippet">The static guide</p>');
    expect(el.shadowRoot!.querySelector('slot'), 'the fallback slot').to.exist;
    expect(el.querySelector('#snippet')!.getClientRects().length, 'the snippet is on screen').to.be.above(0);
    expect(errors.map((error) => [error.reason, error.source])).to.deep.equal([['timeout', locale]]);
    expect(await faultHits(localeChunkPath(DEFAULT_LOCALE)), 'English was tried').to.equal(1);

    await clearFaults(); // both chunks answer now, late: the requested language is still wanted
    await until(() => shownLocale(el) === locale, `${locale} shown once it arrives`);
    expect(titleOf(el)).to.equal(loadedLocale(locale)!.title);
  });

  it('a chunk that never answers: English after the deadline with az-data-error (timeout), then the chunk once it arrives', async () => {
    const locale = freshLocale();
    await injectFault(localeChunkPath(locale), { stall: true });
    const { el, errors, waited } = await guide(locale);
    expect(shownLocale(el)).to.equal(DEFAULT_LOCALE);
    expect(titleOf(el)).to.equal(loadedLocale(DEFAULT_LOCALE)!.title);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ reason: 'timeout', source: locale });
    expect(errors[0]!.message).to.contain(locale);
    expect(waited, 'gave up at the deadline').to.be.within(DEADLINE_MS - 20, DEADLINE_MS + 2000);

    await clearFaults();
    await until(() => shownLocale(el) === locale, `${locale} shown once it arrives`);
    expect(titleOf(el)).to.equal(loadedLocale(locale)!.title);
    expect(errors, 'no second event').to.have.length(1);
  });

  it('a late chunk is not shown when another language was asked for meanwhile', async () => {
    const late = freshLocale();
    await injectFault(localeChunkPath(late), { stall: true });
    const { el } = await guide(late);
    expect(shownLocale(el)).to.equal(DEFAULT_LOCALE);
    const other = AVAILABLE_LOCALES.find(
      (locale) => locale !== late && loadedLocale(locale) && locale !== DEFAULT_LOCALE,
    )!;
    el.lang = other;
    await el.contentReady;
    expect(shownLocale(el)).to.equal(other);

    await clearFaults();
    await until(() => loadedLocale(late) !== undefined, `${late} arrives`);
    await new Promise((resolve) => setTimeout(resolve)); // one task: the element's wait for the chunk has ended
    await el.contentReady;
    expect(shownLocale(el), 'still the language asked for last').to.equal(other);
  });

  it('switching language before the deadline: no event, and the new language stays', async () => {
    const abandoned = freshLocale();
    await injectFault(localeChunkPath(abandoned), { stall: true });
    const errors: DataErrorDetail[] = [];
    const el = document.createElement('az-cancel-guide');
    el.lang = abandoned;
    el.addEventListener('az-data-error', (event) => errors.push(event.detail));
    await fixture(html`<div>${el}</div>`);
    el.lang = DEFAULT_LOCALE;
    await el.contentReady;
    await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS + 100)); // past the (shortened) deadline: an event would have fired
    expect(errors).to.deep.equal([]);
    expect(shownLocale(el)).to.equal(DEFAULT_LOCALE);
  });

  it('a slow chunk that arrives before the deadline is shown, with no event; updateComplete does not wait for it, contentReady does', async () => {
    const locale = freshLocale();
    localeDeadline.ms = 2000;
    await injectFault(localeChunkPath(locale), { delay: 300 });
    const { el, errors, waited, shownWhenUpdated } = await guide(locale);
    expect(shownWhenUpdated, 'no content yet when updateComplete resolved').to.equal(undefined);
    expect(shownLocale(el), 'shown when contentReady resolved').to.equal(locale);
    expect(errors).to.deep.equal([]);
    expect(waited).to.be.at.least(280);
  });

  it('a chunk that fails (HTTP 500): English with az-data-error (locale-load-failed)', async () => {
    const locale = freshLocale();
    await injectFault(localeChunkPath(locale), { status: 500 });
    const { el, errors } = await guide(locale);
    expect(shownLocale(el)).to.equal(DEFAULT_LOCALE);
    expect(errors.map((error) => [error.reason, error.source])).to.deep.equal([['locale-load-failed', locale]]);
    expect(await faultHits(localeChunkPath(locale))).to.equal(1);
  });
});

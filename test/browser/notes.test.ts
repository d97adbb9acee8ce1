// Notes and official links: every note renders as a labelled callout in every theme,
// at 320 px and in print; only government sites are called official, in every locale.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AzCancelGuide, GuideData, GuideNote } from '../../src/index.js';
import { loadLocale } from '../../src/data/locales.js';
import { isGovernmentUrl } from '../../src/lib/official-url.js';
import { BROWSER_LOCALES } from '../content/browser-locales.js';
import { makeGuide } from '../content/make-guide.js';
import { deepQueryAll, isRendered, withForcedColors, withPrintMedia } from './helpers.js';

const isFirefox = navigator.userAgent.includes('Firefox');

async function renderGuide(
  data: GuideData | undefined,
  attributes: { lang?: string; theme?: string; width?: string } = {},
): Promise<AzCancelGuide> {
  const wrapper = await fixture(html`<div style="inline-size: ${attributes.width ?? 'auto'}">
    <az-cancel-guide lang=${attributes.lang ?? 'en'} theme=${attributes.theme ?? 'light'} .data=${data}></az-cancel-guide>
  </div>`);
  const el = wrapper.querySelector('az-cancel-guide')!;
  await el.contentReady;
  return el;
}

/** Every note of the content, in document order of the guide. */
function contentNotes(value: unknown): GuideNote[] {
  if (Array.isArray(value)) return value.flatMap(contentNotes);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const note = record['note']; // (ui.note is the label, a string)
  return [
    ...(note && typeof note === 'object' ? [note as GuideNote] : []),
    ...Object.values(record).flatMap(contentNotes),
  ];
}

const renderedNotes = (el: Element): HTMLElement[] => deepQueryAll(el, '[role="note"]');

describe('notes', () => {
  const guide = makeGuide({ methods: 3, notes: true });
  const expected = contentNotes(guide);

  it('render every note of methods, steps and checklist items as a callout labelled "Note"', async () => {
    const el = await renderGuide(guide);
    const notes = renderedNotes(el);
    expect(notes.map((note) => note.querySelector('.note-label')?.textContent)).to.deep.equal(
      expected.map(() => guide.ui.note),
    );
    for (const note of expected) {
      expect(
        notes.some((rendered) => rendered.textContent.includes(note.text)),
        note.text,
      ).to.equal(true);
    }
    // A note's link opens in a new tab and says so.
    const link = notes[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(expected[0]!.link!.href);
    expect(link.target).to.equal('_blank');
  });

  it('stand apart from the text around them by an edge and a label, not a box, and pass axe in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await renderGuide(guide, { theme });
      const note = renderedNotes(el).find(isRendered)!;
      const style = getComputedStyle(note);
      expect(parseFloat(style.borderInlineStartWidth), theme).to.be.at.least(2);
      expect(style.borderInlineStartStyle, theme).to.equal('solid');
      expect(style.borderInlineStartColor, theme).not.to.equal(style.color);
      // Boxes are kept for the warning: a note is inline text with its label.
      expect(style.backgroundColor, theme).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(note.querySelector('.note-label')!).display, theme).to.equal('block');
      await expect(el).to.be.accessible();
    }
  });

  it('keep a visible edge in forced colours (Windows high contrast)', async function () {
    if (isFirefox) this.skip(); // no forced-colors emulation through WebDriver BiDi
    const el = await renderGuide(guide);
    await withForcedColors(() => {
      const note = renderedNotes(el).find(isRendered)!;
      expect(parseFloat(getComputedStyle(note).borderInlineStartWidth)).to.be.at.least(2);
      expect(getComputedStyle(note).borderInlineStartStyle).to.equal('solid');
    });
  });

  it('on a checklist item, sit under its description, leaving the label its width', async () => {
    const el = await renderGuide(guide);
    const item = deepQueryAll(el, '[part="item"]').find((li) => li.querySelector('[role="note"]'))!;
    const [label, description, note] = ['[part="label"]', '[part="description"]', '[role="note"]'].map((s) =>
      item.querySelector(s)!.getBoundingClientRect(),
    );
    expect(note!.left).to.be.closeTo(description!.left, 1);
    expect(note!.top).to.be.at.least(description!.bottom - 1);
    expect(label!.width).to.be.above(description!.width / 4);
  });

  it('fit a 320 px wide column', async () => {
    const el = await renderGuide(guide, { width: '320px' });
    for (const note of renderedNotes(el).filter(isRendered)) {
      expect(note.scrollWidth, note.textContent).to.be.at.most(note.clientWidth + 1);
      expect(note.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
  });

  it('print with every method (hidden tabs included)', async () => {
    const el = await renderGuide(guide);
    await withPrintMedia(el, () => {
      expect(renderedNotes(el).filter(isRendered)).to.have.length(expected.length);
    });
  });
});

describe('official links', () => {
  it('say "official" only for a government site marked official', async () => {
    const guide = makeGuide({ methods: 3, kinds: ['online'] });
    const [gov, lookAlike, unmarked] = guide.methods.items as Extract<
      GuideData['methods']['items'][number],
      { kind: 'online' }
    >[];
    gov!.link = { label: 'Portal', href: 'https://evisa.gov.az/', official: true };
    lookAlike!.link = { label: 'Look-alike', href: 'https://evisa.az/', official: true };
    unmarked!.link = { label: 'Unmarked', href: 'https://evisa.gov.az/' };
    const el = await renderGuide(guide);
    const official = deepQueryAll<HTMLAnchorElement>(el, '[part~="official-link"]');
    expect(official.map((a) => a.textContent.trim())).to.deep.equal([`Portal ${guide.ui.opensInNewTab}`]);
    const sites = deepQueryAll<HTMLAnchorElement>(el, '[part~="site-link"]').map((a) => a.getAttribute('href'));
    expect(sites).to.deep.equal(['https://evisa.az/', 'https://evisa.gov.az/']);
    // Only a government site is the step's action, drawn as a button; any other site is a plain link.
    expect(getComputedStyle(official[0]!).borderTopStyle).to.equal('solid');
    for (const a of deepQueryAll<HTMLAnchorElement>(el, '[part~="site-link"]')) {
      expect(getComputedStyle(a).borderTopStyle).to.equal('none');
      expect(a.closest('p')!.textContent).not.to.include(guide.ui.officialSite);
    }
  });
});

describe('the representative locales', () => {
  // Every locale's notes and official links, as data: test/node/official-facts.test.mjs and test/node/static-drift.test.mjs.
  for (const locale of BROWSER_LOCALES) {
    it(`${locale}: every note renders with its label; only government links are called official`, async () => {
      const content = await loadLocale(locale);
      const el = await renderGuide(undefined, { lang: locale });
      const notes = renderedNotes(el);
      expect(notes).to.have.length(contentNotes(content).length);
      for (const note of notes) expect(note.querySelector('.note-label')?.textContent).to.equal(content.ui.note);
      for (const a of deepQueryAll<HTMLAnchorElement>(el, '[part~="official-link"]'))
        expect(isGovernmentUrl(a.href), a.href).to.equal(true);
      const notice = deepQueryAll<HTMLAnchorElement>(el, '[part="notice"] a').map((a) => new URL(a.href).hostname);
      expect(notice).to.include.members(['evisa.gov.az', 'mfa.gov.az']);
    });
  }
});

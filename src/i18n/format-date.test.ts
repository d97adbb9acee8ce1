import { expect } from '@open-wc/testing';
import type { GuideData } from '../data/guide-types.js';
import { LOCALE_LOADERS } from '../generated/locales.js';
import { AVAILABLE_LOCALES, loadLocale } from '../data/locales.js';
import { formatDate, preformat } from './format-date.js';

describe('formatDate', () => {
  it('formats a long English date', () => {
    expect(formatDate('2026-11-26', 'en')).to.contain('November 26, 2026');
  });

  it('formats a long Simplified Chinese date', () => {
    expect(formatDate('2026-11-26', 'zh-Hans')).to.contain('2026年11月26日');
  });

  const DAYS: ReadonlyArray<readonly [string, string]> = [
    ['2026-01-01', 'January 1, 2026'],
    ['2026-12-31', 'December 31, 2026'],
    ['2024-02-29', 'February 29, 2024'],
    ['2026-03-29', 'March 29, 2026'],
    ['2026-10-25', 'October 25, 2026'],
  ];
  for (const [iso, expected] of DAYS) {
    it(`${iso} → ${expected} (calendar date, no time-zone shift)`, () => {
      expect(formatDate(iso, 'en')).to.contain(expected);
    });
  }

  it('keeps years below 100 as written', () => {
    expect(formatDate('0099-01-01', 'en')).to.contain('99').and.not.to.contain('1999');
  });

  it('gives the same day as the calendar date in every locale, whatever the time zone', () => {
    // The day number must match the ISO date, not a neighbour shifted by the local offset.
    const day = new Intl.DateTimeFormat('en', { day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 26));
    expect(day).to.equal('26');
    for (const locale of ['en', 'ru', 'tr', 'az']) {
      expect(formatDate('2026-11-26', locale), locale).to.contain('26');
      expect(formatDate('2026-11-26', locale), locale).not.to.contain('25');
      expect(formatDate('2026-11-26', locale), locale).not.to.contain('27');
    }
  });

  const INVALID = [
    'not a date',
    '',
    '2026',
    '2026-11',
    '2026-13-01',
    '2026-00-10',
    '2026-02-30',
    '2026-11-32',
    '2026-11-00',
    'abcd-ef-gh',
    '2026-11-26T00:00:00Z',
    ' 2026-11-26',
    '2026-1-5',
    '2025-02-29',
  ];
  for (const input of INVALID) {
    it(`returns the invalid date ${JSON.stringify(input)} unchanged`, () => {
      expect(formatDate(input, 'en')).to.equal(input);
    });
  }
});

describe('preformat', () => {
  it('formats the review date with dateLocale, else the locale', async () => {
    const content = structuredClone(await loadLocale('en'));
    content.lastReviewed = '2026-11-26';
    delete content.dateLocale;
    expect(preformat(content).date).to.equal(formatDate('2026-11-26', 'en'));
    content.dateLocale = 'en-GB';
    expect(preformat(content).date).to.equal(formatDate('2026-11-26', 'en-GB'));
  });

  it('names the digits of a locale only when they are not 0-9', async () => {
    const content = structuredClone(await loadLocale('en'));
    expect(preformat(content).digits).to.equal(undefined);
    content.locale = 'ar-EG';
    const digits = Array.from({ length: 10 }, (_, digit) => new Intl.NumberFormat('ar-EG').format(digit)).join('');
    expect(digits).not.to.equal('0123456789');
    expect(preformat(content).digits).to.equal(digits);
  });

  for (const locale of AVAILABLE_LOCALES) {
    it(`${locale}: its chunk carries the texts the build formatted, as preformat() formats them`, async () => {
      const module = await LOCALE_LOADERS[locale]!();
      const content = module.default as GuideData;
      const here = preformat(content);
      // The build formats with Node's ICU, which has every locale's month names; Chromium has none for az
      // (its formatDate writes digits there): wherever the browser has them, both write the same date.
      const monthName = new Intl.DateTimeFormat(content.dateLocale ?? locale, {
        month: 'long',
        timeZone: 'UTC',
      }).format(Date.UTC(2026, 10, 26));
      if (!/^M\d+$/.test(monthName)) expect(module.date).to.equal(here.date);
      expect(module.date).to.contain(content.lastReviewed.slice(0, 4));
      expect(module.digits).to.equal(here.digits);
    });
  }
});

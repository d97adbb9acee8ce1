import { expect } from '@open-wc/testing';
import type { PluralMessages } from '../data/guide-types.js';
import { fillTemplate, formatCount, formatDate } from './format.js';

describe('fillTemplate', () => {
  const table: ReadonlyArray<readonly [string, Record<string, string>, string, string]> = [
    ['Last reviewed: {date}', { date: '26 Nov' }, 'Last reviewed: 26 Nov', 'one placeholder'],
    ['{a} and {b} and {a}', { a: '1', b: '2' }, '1 and 2 and 1', 'repeated placeholders'],
    ['Hello {nmae}', { name: 'x' }, 'Hello {nmae}', 'unknown placeholder stays visible'],
    ['{constructor} {toString}', {}, '{constructor} {toString}', 'inherited names are not placeholders'],
    ['{x}', { x: '{y}' }, '{y}', 'values are not filled again'],
    ['{x}', { x: '$&$1' }, '$&$1', 'replacement patterns in values are literal'],
    ['{ x } {x-y}', { x: '1' }, '{ x } {x-y}', 'non-placeholder braces stay'],
    ['no placeholders', { x: '1' }, 'no placeholders', 'plain text'],
    ['', { x: '1' }, '', 'empty template'],
    ['{x}', { x: '' }, '', 'empty value'],
  ];
  for (const [template, values, expected, why] of table) {
    it(`${JSON.stringify(template)} → ${JSON.stringify(expected)} (${why})`, () => {
      expect(fillTemplate(template, values)).to.equal(expected);
    });
  }
});

describe('formatCount', () => {
  const items: PluralMessages = { one: '{done} of {total} item', other: '{done} of {total} items' };

  const table: ReadonlyArray<readonly [string, number, Record<string, number>, string]> = [
    ['en', 1, { done: 0, total: 1 }, '0 of 1 item'],
    ['en', 3, { done: 2, total: 3 }, '2 of 3 items'],
    ['en', 0, { done: 0, total: 0 }, '0 of 0 items'],
    ['en', 1234, { done: 5, total: 1234 }, '5 of 1,234 items'],
  ];
  for (const [locale, count, values, expected] of table) {
    it(`${locale} count ${count} → ${JSON.stringify(expected)}`, () => {
      expect(formatCount(items, locale, count, values)).to.equal(expected);
    });
  }

  it('uses the Intl.PluralRules category of the locale', () => {
    const messages: PluralMessages = { one: 'one', few: 'few', many: 'many', other: 'other' };
    for (const [locale, count] of [['ru', 1], ['ru', 3], ['ru', 5], ['ru', 21], ['en', 1], ['en', 2], ['ar', 3], ['ar', 11]] as const) {
      const category = new Intl.PluralRules(locale).select(count);
      const expected = category in messages ? category : 'other';
      expect(formatCount(messages, locale, count, {}), `${locale} ${count}`).to.equal(expected);
    }
  });

  it('falls back to "other" when the locale category has no message', () => {
    // Russian 3 is "few", which these messages do not have.
    expect(new Intl.PluralRules('ru').select(3)).to.equal('few');
    expect(formatCount(items, 'ru', 3, { done: 1, total: 3 })).to.equal('1 of 3 items');
  });

  it('formats the numbers for the locale (Arabic digits in ar)', () => {
    const three = new Intl.NumberFormat('ar').format(3);
    const two = new Intl.NumberFormat('ar').format(2);
    const result = formatCount({ other: '{done} / {total}' }, 'ar', 3, { done: 2, total: 3 });
    expect(result).to.equal(`${two} / ${three}`);
    expect(result).to.contain(three);
  });

  it('formats the numbers for the locale (grouping in ru)', () => {
    const formatted = new Intl.NumberFormat('ru').format(12345);
    expect(formatCount({ other: '{n}' }, 'ru', 12345, { n: 12345 })).to.equal(formatted);
  });
});

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

  const INVALID = ['not a date', '', '2026', '2026-11', '2026-13-01', '2026-00-10', '2026-02-30', '2026-11-32', '2026-11-00', 'abcd-ef-gh', '2026-11-26T00:00:00Z', ' 2026-11-26', '2026-1-5', '2025-02-29'];
  for (const input of INVALID) {
    it(`returns the invalid date ${JSON.stringify(input)} unchanged`, () => {
      expect(formatDate(input, 'en')).to.equal(input);
    });
  }
});

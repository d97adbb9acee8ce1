import { expect } from '@open-wc/testing';
import type { PluralMessages } from '../data/guide-types.js';
import { fillTemplate, formatCount } from './format.js';

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
    for (const [locale, count] of [
      ['ru', 1],
      ['ru', 3],
      ['ru', 5],
      ['ru', 21],
      ['en', 1],
      ['en', 2],
      ['ar', 3],
      ['ar', 11],
    ] as const) {
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

  describe('with preformatted digits (no NumberFormat)', () => {
    const arabicIndic = '٠١٢٣٤٥٦٧٨٩';

    it('writes numbers below 1000 with the given digits', () => {
      expect(
        formatCount({ other: '{done} / {total}' }, 'ar', 12, { done: 7, total: 12 }, { digits: arabicIndic }),
      ).to.equal('٧ / ١٢');
    });

    it('writes ASCII digits when the content has none of its own', () => {
      expect(formatCount(items, 'en', 3, { done: 2, total: 3 }, {})).to.equal('2 of 3 items');
    });

    it('formats 1000 and more with the locale (grouping), as without them', () => {
      expect(formatCount(items, 'en', 1234, { done: 5, total: 1234 }, {})).to.equal('5 of 1,234 items');
    });

    it('gives what NumberFormat gives, for 0 to 999, in every locale whose digits it is given', () => {
      for (const locale of ['en', 'ru', 'ar', 'ar-EG', 'fa', 'hi-u-nu-deva', 'zh-Hans-u-nu-hanidec']) {
        const numbers = new Intl.NumberFormat(locale);
        const digits = Array.from({ length: 10 }, (_, digit) => numbers.format(digit)).join('');
        for (let n = 0; n < 1000; n += 37) {
          expect(formatCount({ other: '{n}' }, locale, n, { n }, { digits }), `${locale} ${n}`).to.equal(
            numbers.format(n),
          );
        }
      }
    });
  });
});

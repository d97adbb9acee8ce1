import { expect } from '@open-wc/testing';
import { matchLocale, negotiateLocale } from './negotiate-locale.js';

const available = ['en', 'zh-Hans', 'zh-Hant', 'ru', 'tr', 'az', 'ar'] as const;

/** [requested tag, expected match, why]. */
const CASES: ReadonlyArray<readonly [unknown, string | undefined, string]> = [
  // Exact and case-insensitive
  ['en', 'en', 'exact'],
  ['EN', 'en', 'upper case'],
  ['zh-Hans', 'zh-Hans', 'exact script tag'],
  ['zh-hans', 'zh-Hans', 'lower-case script tag keeps canonical casing'],
  ['ZH-HANT', 'zh-Hant', 'upper-case script tag'],
  ['az', 'az', 'exact az'],
  ['ar', 'ar', 'exact ar'],
  // Regions
  ['en-GB', 'en', 'region'],
  ['en-US', 'en', 'region'],
  ['ar-AE', 'ar', 'region'],
  ['ru-RU', 'ru', 'region'],
  ['tr-TR', 'tr', 'region'],
  ['az-AZ', 'az', 'region'],
  // Scripts
  ['az-Latn-AZ', 'az', 'script + region falls back to the language'],
  ['az-Latn', 'az', 'script falls back to the language'],
  ['zh-Hans-CN', 'zh-Hans', 'Simplified script + region'],
  ['zh-Hant-TW', 'zh-Hant', 'Traditional script + region'],
  // Chinese without a script: the region decides
  ['zh', 'zh-Hans', 'bare zh is Simplified'],
  ['zh-CN', 'zh-Hans', 'mainland China'],
  ['zh-SG', 'zh-Hans', 'Singapore'],
  ['zh-TW', 'zh-Hant', 'Taiwan'],
  ['zh-HK', 'zh-Hant', 'Hong Kong'],
  ['zh-MO', 'zh-Hant', 'Macao'],
  ['zh-tw', 'zh-Hant', 'lower-case region'],
  // Script wins over region
  ['zh-Hans-HK', 'zh-Hans', 'explicit Simplified script wins over a Traditional region'],
  ['zh-Hant-CN', 'zh-Hant', 'explicit Traditional script wins over a Simplified region'],
  // Underscores and whitespace
  ['zh_TW', 'zh-Hant', 'underscore separator'],
  ['en_GB', 'en', 'underscore separator'],
  ['  ru  ', 'ru', 'surrounding spaces'],
  ['\ttr-TR\n', 'tr', 'surrounding tab and newline'],
  // Garbage
  ['../../x', undefined, 'path traversal'],
  ['', undefined, 'empty string'],
  ['   ', undefined, 'only spaces'],
  ['en;q=0.9', undefined, 'Accept-Language fragment'],
  ['<script>', undefined, 'markup'],
  ['en GB', undefined, 'inner space'],
  ['e', undefined, 'too short a language'],
  ['en--GB', undefined, 'empty subtag'],
  ['en-', undefined, 'trailing separator'],
  [null, undefined, 'null'],
  [undefined, undefined, 'undefined'],
  [42, undefined, 'number'],
  [{}, undefined, 'object'],
  [['en'], undefined, 'array'],
  // Unknown languages
  ['de', undefined, 'unavailable language'],
  ['fr-CA', undefined, 'unavailable language with region'],
  ['enx', undefined, 'a different three-letter language'],
];

const describeTag = (tag: unknown): string =>
  typeof tag === 'string' ? JSON.stringify(tag) : String(tag === undefined ? 'undefined' : JSON.stringify(tag));

describe('matchLocale', () => {
  for (const [tag, expected, why] of CASES) {
    it(`${describeTag(tag)} → ${expected ?? 'undefined'} (${why})`, () => {
      expect(matchLocale(tag, available)).to.equal(expected);
    });
  }

  describe('without zh-Hant available', () => {
    const simplifiedOnly = ['en', 'zh-Hans'];
    const table: ReadonlyArray<readonly [string, string | undefined]> = [
      ['zh-TW', undefined],
      ['zh-HK', undefined],
      ['zh-Hant', undefined],
      ['zh-Hant-CN', undefined],
      ['zh-CN', 'zh-Hans'],
      ['zh', 'zh-Hans'],
    ];
    for (const [tag, expected] of table) {
      it(`${tag} → ${expected ?? 'undefined'} (no cross-script fallback)`, () => {
        expect(matchLocale(tag, simplifiedOnly)).to.equal(expected);
      });
    }
  });

  it('zh-CN → undefined when only zh-Hant is available (no cross-script fallback)', () => {
    expect(matchLocale('zh-CN', ['en', 'zh-Hant'])).to.equal(undefined);
  });

  it('returns undefined for an empty available list', () => {
    expect(matchLocale('en', [])).to.equal(undefined);
  });

  it('returns the available spelling, not the requested one', () => {
    expect(matchLocale('EN-gb', ['En'])).to.equal('En');
  });

  it('matches an available tag as it is without Intl.Locale (a first render creates none)', () => {
    const intl = Intl as { Locale: typeof Intl.Locale }; // writable in every browser, read-only in its types
    const { Locale } = intl;
    let created = 0;
    intl.Locale = new Proxy(Locale, { construct: (target, args: [string]) => (created++, new target(...args)) });
    try {
      expect([' zh_hans ', 'EN', 'ar'].map((tag) => matchLocale(tag, available))).to.deep.equal([
        'zh-Hans',
        'en',
        'ar',
      ]);
      expect(created, 'Intl.Locale objects').to.equal(0);
      expect(matchLocale('zh-TW', available)).to.equal('zh-Hant');
      expect(created, 'a tag that needs the likely subtags').to.equal(1);
    } finally {
      intl.Locale = Locale;
    }
  });
});

describe('negotiateLocale', () => {
  const table: ReadonlyArray<readonly [readonly unknown[], string | undefined, string]> = [
    [['ru', 'en'], 'ru', 'first preference wins'],
    [['en', 'ru'], 'en', 'first preference wins'],
    [['de', 'fr-CA', 'tr-TR', 'en'], 'tr', 'unknown languages are skipped'],
    [['../../x', null, 42, '', 'zh-TW', 'en'], 'zh-Hant', 'garbage entries are skipped'],
    [[{}, '<script>', 'en;q=0.9', 'ar-AE'], 'ar', 'garbage entries are skipped'],
    [['de', 'fr'], undefined, 'nothing matches'],
    [[], undefined, 'empty request list'],
    [[undefined, null], undefined, 'only garbage'],
  ];
  for (const [requested, expected, why] of table) {
    it(`${JSON.stringify(requested)} → ${expected ?? 'undefined'} (${why})`, () => {
      expect(negotiateLocale(requested, available)).to.equal(expected);
    });
  }

  it('returns undefined when nothing is available', () => {
    expect(negotiateLocale(['en', 'ru'], [])).to.equal(undefined);
  });
});

import type { PluralMessages } from '../data/guide-types.js';

/** Replaces `{name}` placeholders; unknown names stay visible so a typo in content is noticed. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

/**
 * The texts of a guide that need Intl, formatted before its first render (`preformat` in
 * format-date.ts): at build time for the bundled locales (scripts/generate.mjs; they travel in
 * each locale's chunk), and when content from `data` or `src` is validated (in the validator's
 * chunk). The page's first Intl.DateTimeFormat or NumberFormat costs about 15 ms in Chromium; the
 * elements create neither on a first render.
 */
export interface Preformatted {
  /** `formatDate(lastReviewed, dateLocale ?? locale)`. */
  date: string;
  /** The digits 0-9 as the locale's NumberFormat writes them, when they are not these (ASCII). */
  digits?: string;
}

// Intl objects are costly to create (the first NumberFormat of a page takes ~15 ms in Chromium
// here) and every guide on a page uses the same ones: one per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = create()));
  return value;
}

/**
 * Picks the plural form for `count` in `locale` and fills in the numbers, formatted for that locale.
 * With the content's `preformatted` texts, whole numbers below 1000 (never grouped) are written
 * with its digits, without a NumberFormat.
 */
export function formatCount(
  messages: PluralMessages,
  locale: string,
  count: number,
  values: Record<string, number>,
  preformatted?: Partial<Preformatted>,
): string {
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  const format = (value: number): string =>
    preformatted && Number.isInteger(value) && value >= 0 && value < 1000
      ? String(value).replace(/\d/g, (digit) => preformatted.digits?.[+digit] ?? digit)
      : cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(value);
  const formatted = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, format(value)]));
  return fillTemplate(messages[category] ?? messages.other, formatted);
}

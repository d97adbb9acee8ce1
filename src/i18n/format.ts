import type { PluralMessages } from '../data/guide-types.js';

/** Replaces `{name}` placeholders; unknown names stay visible so a typo in content is noticed. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

// Intl objects are costly to create (the first DateTimeFormat of a page takes ~25 ms in Chromium
// here) and every guide on a page uses the same ones: one per locale.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const longDates = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = create()));
  return value;
}

const longDate = (locale: string): Intl.DateTimeFormat =>
  cached(longDates, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** Creates the date format of `locale` ahead of use, e.g. while its content downloads. */
export function prepareDateFormat(locale: string): void {
  longDate(locale);
}

/** Picks the plural form for `count` in `locale` and fills in the numbers, formatted for that locale. */
export function formatCount(
  messages: PluralMessages,
  locale: string,
  count: number,
  values: Record<string, number>,
): string {
  const category = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(count);
  const numberFormat = cached(numberFormats, locale, () => new Intl.NumberFormat(locale));
  const formatted = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, numberFormat.format(value)]));
  return fillTemplate(messages[category] ?? messages.other, formatted);
}

/** Formats an ISO date (YYYY-MM-DD) as a long date in `locale`, read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Unlike Date.UTC, keeps years 0..99 as written.
  // Impossible dates roll over (2026-02-30 → March 2); treat them as invalid.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  const long = longDate(locale);
  // Where the browser lacks month names for the locale (Chromium has none for az), it prints
  // "2026 M11 26"; all-digit dates read better.
  const monthName = long.formatToParts(date).find((part) => part.type === 'month')?.value ?? '';
  if (/^M\d+$/.test(monthName)) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(date);
  }
  return long.format(date);
}

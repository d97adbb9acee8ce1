// Dates, and the texts formatted before a first render: for the static snippet, the build and the
// validator's chunk, never in the elements' entry (no Intl.DateTimeFormat on a first render).
import type { GuideContent } from '../data/guide-types.js';
import { cached, type Preformatted } from './format.js';

const longDates = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO date (YYYY-MM-DD) as a long date in `locale`, read as a calendar date (no time-zone shift). */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Unlike Date.UTC, keeps years 0..99 as written.
  // Impossible dates roll over (2026-02-30 → March 2); treat them as invalid.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  const long = cached(longDates, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }));
  // Where the browser lacks month names for the locale (Chromium has none for az), it prints
  // "2026 M11 26"; all-digit dates read better.
  const monthName = long.formatToParts(date).find((part) => part.type === 'month')?.value ?? '';
  if (/^M\d+$/.test(monthName)) {
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    }).format(date);
  }
  return long.format(date);
}

/** Formats the texts of `content` that need Intl (see `Preformatted`). */
export function preformat(content: GuideContent): Preformatted {
  const { locale } = content;
  const numbers = new Intl.NumberFormat(locale);
  const digits = Array.from({ length: 10 }, (_, digit) => numbers.format(digit)).join('');
  return {
    date: formatDate(content.lastReviewed, content.dateLocale ?? locale),
    ...(digits === '0123456789' ? {} : { digits }),
  };
}

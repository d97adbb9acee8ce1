// The locales browser tests render. Checks on every locale's data run in Node (test/node/); in a
// browser the renderer is the same code for every language, so a few cover its cases.
import type { GuideData } from '../../src/data/guide-types.js';
import { AVAILABLE_LOCALES, loadLocale } from '../../src/data/locales.js';

/** The source (zh-Hans: CJK, no spaces), the fallback (en) and the right-to-left locale (ar). */
export const BROWSER_LOCALES: readonly string[] = ['zh-Hans', 'en', 'ar'];

for (const locale of BROWSER_LOCALES) {
  if (!AVAILABLE_LOCALES.includes(locale)) throw new Error(`browser tests render ${locale}, which is not bundled`);
}

/**
 * BROWSER_LOCALES and the bundled locale whose `measure` is largest (e.g. its longest tab names):
 * layout that depends on the length of a text is checked where that text is longest.
 */
export async function browserLocalesWithLongest(measure: (content: GuideData) => number): Promise<string[]> {
  const sizes = await Promise.all(
    AVAILABLE_LOCALES.map(async (locale) => [locale, measure(await loadLocale(locale))] as const),
  );
  const longest = sizes.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
  return [...new Set([...BROWSER_LOCALES, longest])];
}

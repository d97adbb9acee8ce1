/**
 * BCP 47 language negotiation for the guide's locales, kept pure so it can be tested without a DOM.
 * Scripts and regions map as CLDR's likely subtags say (`Intl.Locale#maximize`): zh, zh-CN, zh-SG and
 * zh-Hans-* are Simplified; zh-TW, zh-HK, zh-MO and zh-Hant-* are Traditional; otherwise the language
 * decides. The platform's data, not a table of our own.
 */

/** The available locale that serves one requested tag, or undefined (also for anything that is no language tag). */
export function matchLocale(tag: unknown, available: readonly string[]): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const byLowerCase = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  const find = (candidate: string): string | undefined => byLowerCase.get(candidate.toLowerCase());
  try {
    const requested = new Intl.Locale(tag.trim().replace(/_/g, '-'));
    const { language, script } = requested.maximize();
    // The exact tag, then language + likely script (zh-TW → zh-Hant, az-Latn → az-Latn), then the language alone.
    return find(requested.baseName) ?? find(`${language}-${script}`) ?? find(language);
  } catch {
    return undefined; // not a well-formed language tag (RangeError)
  }
}

/** The first available locale that serves any of the requested tags, in order of preference. */
export function negotiateLocale(requested: readonly unknown[], available: readonly string[]): string | undefined {
  for (const tag of requested) {
    const match = matchLocale(tag, available);
    if (match) return match;
  }
  return undefined;
}

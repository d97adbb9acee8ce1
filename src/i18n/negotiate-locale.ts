/**
 * BCP 47 language negotiation for the guide's locales, kept pure so it can be
 * tested without a DOM. Scripts and regions map the way browsers and CLDR do:
 * zh, zh-CN, zh-SG and zh-Hans-* are Simplified; zh-TW, zh-HK, zh-MO and
 * zh-Hant-* are Traditional; otherwise the primary language decides.
 */

const TRADITIONAL_CHINESE_REGIONS = new Set(['tw', 'hk', 'mo']);
const TAG_SHAPE = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/;

/** The available locale that serves one requested tag, or undefined. */
export function matchLocale(tag: unknown, available: readonly string[]): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const normalized = tag.trim().replace(/_/g, '-').toLowerCase();
  if (!TAG_SHAPE.test(normalized)) return undefined;
  const byLowerCase = new Map(available.map((locale) => [locale.toLowerCase(), locale]));

  const exact = byLowerCase.get(normalized);
  if (exact) return exact;

  const [language, ...subtags] = normalized.split('-');
  if (language === 'zh') {
    const traditional = subtags.includes('hant') || (!subtags.includes('hans') && subtags.some((s) => TRADITIONAL_CHINESE_REGIONS.has(s)));
    return byLowerCase.get(traditional ? 'zh-hant' : 'zh-hans');
  }
  // Prefer a locale with the same script (az-Latn) before the bare language.
  const script = subtags.find((s) => s.length === 4);
  return (script && byLowerCase.get(`${language}-${script}`)) || byLowerCase.get(language!);
}

/** The first available locale that serves any of the requested tags, in order of preference. */
export function negotiateLocale(requested: readonly unknown[], available: readonly string[]): string | undefined {
  for (const tag of requested) {
    const match = matchLocale(tag, available);
    if (match) return match;
  }
  return undefined;
}

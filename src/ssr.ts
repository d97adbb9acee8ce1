/**
 * Server-side rendering with `@lit-labs/ssr` (Node): `import { preloadLocales } from 'az-cancel-guide/ssr'`.
 *
 * Importing this module defines the three elements (as `az-cancel-guide` does). Lit renders on the
 * server synchronously, but each locale is a lazily imported module: await `preloadLocales()` once,
 * before rendering, so every `<az-cancel-guide lang="…">` renders its full content into declarative
 * shadow DOM. In the browser nothing else is needed: a server-rendered element loads the locale named
 * in its markup before it hydrates (see docs/server-rendering-and-static-snippets.md).
 */
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } from './data/locales.js';
import { matchLocale } from './i18n/negotiate-locale.js';

export * from './index.js';

/**
 * Loads the content of the given languages (BCP 47 tags, matched the way the `lang` attribute is:
 * `zh-CN` loads zh-Hans, unknown languages English), or of every locale when called without
 * arguments. Resolves to the locales loaded; rejects if one cannot be loaded.
 */
export async function preloadLocales(languages: readonly string[] = AVAILABLE_LOCALES): Promise<string[]> {
  const locales = [...new Set(languages.map((language) => matchLocale(language, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE))];
  await Promise.all(locales.map((locale) => loadLocale(locale)));
  return locales;
}

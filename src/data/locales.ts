import type { Preformatted } from '../i18n/format.js';
import type { GuideContent, GuideData, GuideUiStrings } from './guide-types.js';
import { LOCALE_LOADERS } from '../generated/locales.js';

/** Shown for unknown languages, and when another locale's chunk fails to load. */
export const DEFAULT_LOCALE = 'en';

/**
 * Each locale is its own chunk, loaded on demand: a page in one language downloads only that
 * language. (English is not bundled in the entry: that would add its 2.5 KB to every first
 * render in another language.) The registry is generated from the files in this folder.
 */
export const AVAILABLE_LOCALES: readonly string[] = Object.keys(LOCALE_LOADERS);

/**
 * How long the elements wait for a locale's chunk before showing English instead; a chunk that
 * arrives later is still shown if its language is still the one wanted. Not public API: the tests
 * shorten it.
 * @internal
 */
export const localeDeadline = { ms: 10_000 };

/** `promise`, or undefined if it has not settled when the deadline for a chunk has passed. */
export function withinDeadline<T>(promise: Promise<T>): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(resolve, localeDeadline.ms))]);
}

const loaded = new Map<string, GuideData>();
const pending = new Map<string, Promise<GuideData>>();

/**
 * The texts of content to show (bundled, or validated once) formatted before its first render (see
 * `Preformatted`), by content object.
 */
const preformatted = new WeakMap<GuideData, Partial<Preformatted>>();

export const setPreformatted = (content: GuideData, texts: Partial<Preformatted>): void => {
  preformatted.set(content, texts);
};

/** The texts formatted for `content` before its first render (see `Preformatted`). */
export const preformattedFor = (content: GuideData): Partial<Preformatted> | undefined => preformatted.get(content);

/** The content of `locale` if it is already in memory, so a re-render never waits or flashes. */
export function loadedLocale(locale: string): GuideData | undefined {
  return loaded.get(locale);
}

/**
 * A locale chunk's content as the elements show it: the chunk carries the locale's interface strings, English
 * where its translation lacks one (see scripts/lib/preformatted-locales.mjs).
 */
export function localeContent(module: Awaited<ReturnType<(typeof LOCALE_LOADERS)[string]>>): GuideData {
  const chunk = module as { default: GuideContent; ui: GuideUiStrings };
  return { ...chunk.default, ui: chunk.ui };
}

/** Loads the content of an available locale; rejects if its chunk cannot be fetched. */
export function loadLocale(locale: string): Promise<GuideData> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  const loader = Object.hasOwn(LOCALE_LOADERS, locale) ? LOCALE_LOADERS[locale] : undefined;
  if (!loader) return Promise.reject(new Error(`no locale "${locale}"`));
  let promise = pending.get(locale);
  if (!promise) {
    promise = loader().then(
      (module) => {
        const data = localeContent(module);
        setPreformatted(data, module);
        loaded.set(locale, data);
        pending.delete(locale);
        return data;
      },
      (error: unknown) => {
        pending.delete(locale); // let a later render try again
        throw error;
      },
    );
    pending.set(locale, promise);
  }
  return promise;
}

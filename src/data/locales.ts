import en from './en.json';
import type { GuideData } from './guide-types.js';

/** Bundled in the entry so the guide can always render, even when a locale chunk fails to load. */
export const DEFAULT_LOCALE = 'en';

type Loader = () => Promise<{ default: unknown }>;

/** Every locale but the default is its own chunk, loaded on demand. */
const LOADERS: Record<string, Loader> = {
  'zh-Hans': () => import('./zh-Hans.json'),
};

export const AVAILABLE_LOCALES: readonly string[] = [DEFAULT_LOCALE, ...Object.keys(LOADERS)];

const loaded = new Map<string, GuideData>([[DEFAULT_LOCALE, en as unknown as GuideData]]);
const pending = new Map<string, Promise<GuideData>>();

/** The content of `locale` if it is already in memory, so a re-render never waits or flashes. */
export function loadedLocale(locale: string): GuideData | undefined {
  return loaded.get(locale);
}

/** Loads the content of an available locale; rejects if its chunk cannot be fetched. */
export function loadLocale(locale: string): Promise<GuideData> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  const loader = LOADERS[locale];
  if (!loader) return Promise.reject(new Error(`no locale "${locale}"`));
  let promise = pending.get(locale);
  if (!promise) {
    promise = loader().then(
      (module) => {
        const data = module.default as GuideData;
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

import { isServer } from 'lit';
import type { GuideData } from '../../../data/guide-types.js';
import {
  AVAILABLE_LOCALES,
  DEFAULT_LOCALE,
  loadLocale,
  loadedLocale,
  setPreformatted,
  withinDeadline,
} from '../../../data/locales.js';
import { emit, type DataErrorReason } from '../../../events.js';
import { matchLocale } from '../../../i18n/negotiate-locale.js';
import type { DataSnapshot } from '../../../lib/data-snapshot.js';
import { warnOnce } from '../../../lib/warn.js';
import type { LanguageController } from './language-controller.js';

/** How an element reports content or code it cannot use: one console warning and one `az-data-error` event. */
export function reportDataError(element: HTMLElement, reason: DataErrorReason, source: string, message: string): void {
  warnOnce(message);
  emit(element, 'az-data-error', { reason, source, message });
}

/** One of the script's own chunks (`part`) did not load: see `GuideContentElement.codeLoadFailed`. */
export const codeLoadFailed = (element: HTMLElement, part: string): void =>
  reportDataError(element, 'code-load-failed', part, `could not load its ${part} code; going on without it.`);

/** What the controller reads and sets on its element. */
export interface ContentHost extends HTMLElement {
  /** The content shown: set here. */
  content?: GuideData;
  /** The guide's own content, for its inner elements: shown as it is. */
  guideContent?: GuideData;
  src?: string;
}

/**
 * Loads what an element shows, shaped like `@lit/task` (whose 0.5 KB the entry cannot afford): `run()` reads
 * its sources (first match wins: the guide's content for its inner elements, `data` as read when it was set,
 * `src`, else the bundled locale its language picks), supersedes the run before it (whose AbortSignal aborts:
 * what it still finds is never shown, a `src` fetch stops) and sets the element's `content`. A locale's chunk
 * has a deadline (`withinDeadline`). It runs when its element asks (as a Task with `autoRun: false`): on an
 * update that changes a source, when the page's language changes, after hydration.
 */
export class ContentController {
  /** `data` as read when it was set: what is validated and shown, whatever happens to the object later. */
  snapshot?: DataSnapshot;
  /**
   * The latest work started (content, the code that checks it, hydration's): `contentReady` waits for it, and for
   * any started while it ran. (Work it replaced was superseded.)
   */
  pending?: Promise<void>;
  #run?: AbortController;
  readonly #host: ContentHost;
  readonly #language: LanguageController;

  constructor(host: ContentHost, language: LanguageController) {
    this.#host = host;
    this.#language = language;
  }

  run(): void {
    this.#run?.abort();
    const { signal } = (this.#run = new AbortController());
    this.#language.picked = undefined; // set again by #showLocale
    const host = this.#host;
    const { guideContent, src } = host;
    const { snapshot } = this;
    if (guideContent) {
      host.content = guideContent;
    } else if (snapshot || src) {
      if (isServer) {
        warnOnce('content from `src` or `data` is not rendered on the server; it loads in the browser.');
        return;
      }
      // Validation and fetching are a separate chunk: only pages with their own content download it.
      this.pending = import('../../../lib/load-custom-guide.js')
        // Interface strings a site's content lacks come from the bundled locale nearest to its language.
        .then(({ loadCustomGuide }) =>
          loadCustomGuide(
            snapshot,
            src,
            (tag) => loadLocale(matchLocale(tag, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE),
            signal,
          ),
        )
        .then(
          (result) => {
            if (signal.aborted) return;
            if (result.ok) {
              setPreformatted(result.data, result.preformatted);
              host.content = result.data;
            } else {
              reportDataError(host, result.reason, result.source, result.message);
              this.#showLocale(signal);
            }
          },
          // The validator's chunk did not load (offline, a 503): the site's content cannot be checked, so it is not shown.
          () => {
            if (signal.aborted) return;
            codeLoadFailed(host, 'validator');
            this.#showLocale(signal);
          },
        );
    } else if (isServer && !String(host.lang ?? '').trim()) {
      // The page's language (an ancestor's `lang`) is not visible on the server: render no content rather than a guess.
      warnOnce('an element without `lang` is rendered empty on the server; set `lang` to render its content.');
    } else {
      this.#showLocale(signal);
    }
  }

  #showLocale(signal: AbortSignal): void {
    const locale = (this.#language.picked = this.#language.resolve());
    const ready = loadedLocale(locale);
    if (ready) {
      this.#host.content = ready;
      return;
    }
    if (isServer) {
      // Rendering on the server is synchronous: a locale still loading would never be shown.
      warnOnce(
        `locale "${locale}" was not loaded before rendering on the server: await preloadLocales() from 'az-cancel-guide/ssr' first.`,
      );
      return;
    }
    // Keep what is shown (the light-DOM fallback on first render) until the chunk arrives: no flash of another language.
    this.pending = this.#loadWithDeadline(locale, signal);
  }

  /**
   * Shows `locale` once its chunk arrives. Past the deadline (or on failure), English is shown instead
   * with an `az-data-error`; a chunk that still arrives later is shown if its language is still wanted.
   */
  async #loadWithDeadline(locale: string, signal: AbortSignal): Promise<void> {
    // Shown whenever it arrives, also after the deadline, as long as its language is still wanted.
    const arrived = loadLocale(locale).then(
      (content) => {
        if (!signal.aborted) this.#host.content = content;
        return true;
      },
      () => false,
    );
    const loaded = await withinDeadline(arrived); // undefined: the deadline passed first
    if (loaded || signal.aborted) return;
    const reason = loaded === false ? 'locale-load-failed' : 'timeout';
    reportDataError(
      this.#host,
      reason,
      locale,
      `locale "${locale}" did not load (${reason}); showing "${DEFAULT_LOCALE}".`,
    );
    if (locale === DEFAULT_LOCALE) return;
    const fallback = await withinDeadline(loadLocale(DEFAULT_LOCALE).catch(() => undefined));
    if (fallback && !signal.aborted && !loadedLocale(locale)) this.#host.content = fallback;
  }
}

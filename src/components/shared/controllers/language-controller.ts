import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE } from '../../../data/locales.js';
import { matchLocale, negotiateLocale } from '../../../i18n/negotiate-locale.js';
import { followPageLanguage, unfollowPageLanguage } from '../../../i18n/page-language.js';
import { warnOnce } from '../../../lib/warn.js';

/**
 * The nearest `lang` attribute on this element or an ancestor, crossing shadow roots (`host`). Duck-typed, so
 * that elements of another window (an iframe's) count too.
 */
function inheritedLang(element: Element): string | undefined {
  for (let node: Node | undefined = element; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    const lang = (node as Partial<Element>).getAttribute?.('lang')?.trim();
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The bundled locale an element shows: from its `lang`, else the nearest ancestor's, else the browser's
 * languages, else English. Like Shoelace's LocalizeController it follows the page's language while
 * connected (one observer serves every element, see page-language.ts): `onChange` runs when the locale
 * it resolves to is no longer the one `picked`.
 */
export class LanguageController implements ReactiveController {
  /**
   * The locale last picked by language, set by whoever shows it; undefined while the content shown was not
   * picked by language (`data`, `src`, the guide's own, hydration), so a change of the page's language leaves it.
   */
  picked?: string;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved to where an ancestor's `lang` may differ; and from now on, while connected, when the page's language changes.
    this.#follow();
    if (!isServer) followPageLanguage(this.#host, this.#follow);
  }

  hostDisconnected(): void {
    if (!isServer) unfollowPageLanguage(this.#host);
  }

  // (An element with its own `lang` resolves to the same language whatever the page's.)
  readonly #follow = (): void => {
    if (this.picked && this.resolve() !== this.picked) this.#onChange();
  };

  /** The locale to show: from `lang` (own or inherited), else the browser's languages, else English. */
  resolve(): string {
    // The property first: in willUpdate a new value is not yet reflected to the attribute. A value that is no
    // string (an array, a number, from a framework) is read as the string it becomes, as the attribute does, with
    // one warning: ['ru'] is "ru".
    const own: unknown = this.#host.lang;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- deliberately as the attribute would read it
    const requested = String(own ?? '').trim() || inheritedLang(this.#host);
    if (requested) {
      const match = matchLocale(requested, AVAILABLE_LOCALES);
      if (match && typeof (own ?? '') == 'string') return match;
      warnOnce(
        match
          ? `\`lang\` is not a string; read as "${requested}".`
          : `no content for language "${requested}"; showing "${DEFAULT_LOCALE}". Available: ${AVAILABLE_LOCALES.join(', ')}.`,
      );
      return match ?? DEFAULT_LOCALE;
    }
    return negotiateLocale(globalThis.navigator?.languages ?? [], AVAILABLE_LOCALES) ?? DEFAULT_LOCALE;
  }
}

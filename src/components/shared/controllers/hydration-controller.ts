import type { LitElement, PropertyValues, ReactiveController } from 'lit';
import { loadLocale, loadedLocale, withinDeadline } from '../../../data/locales.js';
import type { ContentController, ContentHost } from './content-controller.js';

/**
 * Removes server-rendered content that will not be hydrated, so the element renders afresh. Style
 * elements stay: where adoptedStyleSheets are missing, Lit puts its own styles there.
 */
export function discardServerMarkup(root: ParentNode): void {
  for (const node of [...root.childNodes]) if (node.nodeName !== 'STYLE') node.remove();
}

/**
 * Hydration of server-rendered markup (declarative shadow DOM, with `@lit-labs/ssr-client`): the first update
 * must render exactly what the server rendered, so it waits for that content (the guide's, for its inner
 * elements, or the locale named in the markup) instead of resolving the element's own. Waiting, the element
 * skips its updates (`shouldUpdate`): `updateComplete` keeps Lit's meaning and does not wait for a locale's
 * chunk; `contentReady` does. What only the browser knows is applied in the update right after.
 */
export class HydrationController implements ReactiveController {
  /**
   * Set until server-rendered markup is hydrated: the locale of the content in it, '' when it holds none;
   * undefined for elements rendered in the browser.
   */
  locale?: string;
  #connected = false;
  /** The content of the server's markup has arrived, or will not: the next update hydrates. */
  #arrived = false;
  #loading?: Promise<void>;
  /** What the skipped updates changed: requested again for the update that hydrates. */
  #skipped?: PropertyValues;
  readonly #host: LitElement & ContentHost;
  readonly #content: ContentController;

  constructor(host: LitElement & ContentHost, content: ContentController) {
    this.#host = host;
    this.#content = content;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#connected) return;
    this.#connected = true;
    // The render root is the one the parser attached (declarative shadow DOM from the server) when it holds
    // more than styles: Lit adds nothing else to a root of its own before rendering.
    const root = this.#host.renderRoot;
    this.locale =
      root.querySelector('[part="base"]')?.getAttribute('lang') ??
      ([...root.childNodes].some((node) => node.nodeName !== 'STYLE') ? '' : undefined);
  }

  /** The host's `shouldUpdate`: false while the content of the server's markup is still loading. */
  shouldUpdate(changed: PropertyValues): boolean {
    const { locale } = this;
    if (locale === undefined) return true;
    const host = this.#host;
    if (locale && !this.#arrived) {
      const content = host.guideContent ?? loadedLocale(locale);
      if (!content) {
        this.#skipped = new Map([...changed, ...(this.#skipped ?? [])]); // the first old value of each wins
        if (!this.#loading) this.#content.pending = this.#loading = this.#load(locale);
        return false;
      }
      host.content = content;
    }
    // Unless Lit's hydrate support patched this element's LitElement (it then observes `defer-hydration`), Lit would
    // render next to the server's markup: the support loaded after Lit, another copy of Lit, the CDN bundles.
    // Then keep only the styles and render afresh: never the guide twice.
    if (!(host.constructor as typeof LitElement).observedAttributes.includes('defer-hydration'))
      discardServerMarkup(host.renderRoot);
    return true;
  }

  async #load(locale: string): Promise<void> {
    const content = await withinDeadline(loadLocale(locale).catch(() => undefined));
    this.#arrived = true;
    // Content that cannot be reproduced (its chunk failed) cannot be hydrated: keep only the styles, render afresh.
    if (content) this.#host.content = content;
    else discardServerMarkup(this.#host.renderRoot);
    this.#skipped?.forEach((value, key) => this.#host.requestUpdate(key, value));
    this.#host.requestUpdate();
  }

  /** After the update that hydrated: the content as usual (e.g. from the page's language), with browser state. */
  hostUpdated(): void {
    if (this.locale === undefined) return;
    this.locale = undefined; // `canUseBrowserState` is true from now on
    this.#content.run();
    this.#host.requestUpdate();
  }
}

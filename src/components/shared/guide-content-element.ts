import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GuideContent, GuideData } from '../../data/guide-types.js';
import {
  AVAILABLE_LOCALES,
  DEFAULT_LOCALE,
  isTrustedContent,
  loadLocale,
  loadedLocale,
  withinDeadline,
  trustContent,
} from '../../data/locales.js';
import { emit, type DataErrorReason } from '../../events.js';
import { matchLocale, negotiateLocale } from '../../i18n/negotiate-locale.js';
import { followPageLanguage, unfollowPageLanguage } from '../../i18n/page-language.js';
import { snapshotData, type DataSnapshot } from '../../lib/data-snapshot.js';
import { HYDRATION } from '../../lib/hydration.js';
import { warnOnce } from '../../lib/warn.js';

/** The nearest `lang` attribute on this element or an ancestor, crossing shadow roots. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang')?.trim();
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * For markup rendered on the server (declarative shadow DOM): the locale of the content in it, or
 * '' when it holds no content. Undefined for elements rendered in the browser.
 */
function serverRenderedLocale(root: ShadowRoot | null): string | undefined {
  return root ? (root.querySelector('[part="base"]')?.getAttribute('lang') ?? '') : undefined;
}

/**
 * Removes server-rendered content that will not be hydrated, so the element renders afresh. Style
 * elements stay: where adoptedStyleSheets are missing, Lit puts its own styles there.
 * (Returns undefined, for use as an initial `serverLocale`.)
 */
function discardServerMarkup(root: ParentNode | null): string | undefined {
  for (const node of [...(root?.childNodes ?? [])]) if (node.nodeName !== 'STYLE') node.remove();
  return undefined;
}

/**
 * `data` as read once when it was set; undefined when there is none to read, or when it is content
 * the elements already trust (the guide hands its validated content to its parts).
 */
function readData(data: unknown): DataSnapshot | undefined {
  return data === undefined || data === null || isTrustedContent(data) ? undefined : snapshotData(data);
}

/**
 * Base of every element: picks the locale, loads its content (or takes the
 * `data` property), and re-renders when either changes.
 *
 * What every element has in common is documented here once; the manifest gives it to each element.
 *
 * @slot - Fallback shown only until the content is ready (e.g. a static HTML snippet of the guide for readers without JavaScript and for crawlers); hidden once the element renders.
 *
 * @fires {CustomEvent<DataErrorDetail>} az-data-error - Content could not be used (`detail: { reason, source, message }`); bundled content is shown instead.
 *
 * @cssproperty [--az-accent=#0b57d0] - Links, the selected tab's indicator, checkboxes, the progress bar and buttons.
 * @cssproperty [--az-text=#1f2328] - Text colour.
 * @cssproperty [--az-muted=#57606a] - Secondary text: item explanations, unselected tabs.
 * @cssproperty [--az-surface=#ffffff] - Background of the guide, panels and buttons.
 * @cssproperty [--az-border=#c4ccd4] - Borders and the progress track.
 * @cssproperty [--az-radius=0.5rem] - Corner radius.
 * @cssproperty [--az-focus-ring=#0b57d0] - Colour of the keyboard focus ring.
 * @cssproperty [--az-focus-halo=var(--az-surface)] - Colour between the focus ring and the control: with the ring, visible on any background.
 * @cssproperty [--az-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--az-font-size=1em] - Base font size: the page's text size by default.
 * @cssproperty [--az-heading-font=inherit] - Font family of headings (the page's serif headings, say).
 * @cssproperty [--az-space=1rem] - One step of the spacing scale; the gaps between the guide's parts are its multiples.
 * @cssproperty [--az-title-size=1.75em] - Size of the guide's title, whatever its heading level.
 * @cssproperty [--az-section-size=1.375em] - Size of section headings (checklists, methods, summary), whatever their level.
 * @cssproperty [--az-method-size=1.1875em] - Size of each method's heading in its panel.
 * @cssproperty [--az-subheading-size=1.0625em] - Size of sub-headings such as "What to bring".
 * @cssproperty [--az-note-accent=#7a4d00] - Edge and label colour of notes, and the text of status tags.
 * @cssproperty [--az-note-background=#fdf6e7] - Background of notes and status tags ("Unconfirmed").
 */
export abstract class GuideContentElement extends LitElement {
  // A getter rather than decorators: their runtime cost every page about 390 bytes (brotli), and
  // custom-elements.json and lit-analyzer read this form. Each property is documented on its field.
  static override get properties(): PropertyDeclarations {
    return {
      lang: { reflect: true },
      theme: { reflect: true },
      // Its own accessor (below): whether a new value is a change depends on what was read last.
      data: { attribute: false, noAccessor: true, hasChanged: () => true },
      src: { reflect: true },
      content: { state: true, attribute: false },
    };
  }

  /** Language of the content as a BCP 47 tag. Without it, the nearest ancestor's `lang`, then the browser's languages; unknown languages fall back to English. */
  override lang!: string;

  /** Colour theme. Unset (the default): the page's `color-scheme` (light where the page declares none) on a transparent background. `auto` follows the reader's system setting (prefers-color-scheme), `light` or `dark` force one; these three paint a surface with padding and rounded corners. */
  theme?: 'auto' | 'light' | 'dark';

  /**
   * Guide content to show instead of the bundled locale, in the shape of `guide.schema.json` (e.g. `az-cancel-guide/data/en.json`, changed). Read once, when set: later changes to the object are not shown until it is set again. An object equal to the one read last (a framework's new copy on each render) is no change. Invalid or unreadable content is ignored with an `az-data-error` event. A property only: a `data` attribute is ignored with an `az-data-error` event.
   */
  get data(): GuideContent | undefined {
    return this.#data;
  }

  set data(value: GuideContent | undefined) {
    const snapshot = readData(value);
    // Compared with what was read last, not with the previous object: that may be this one, changed since.
    if (snapshot ? snapshot.json === undefined || snapshot.json !== this.#dataSnapshot?.json : value !== this.#data) {
      this.#data = value;
      this.#dataSnapshot = snapshot;
      this.requestUpdate('data');
    }
  }

  /** URL of a guide JSON file (same schema) to show instead of the bundled content; fetched without credentials. Ignored while `data` is set. */
  src?: string;

  /** The content being shown; undefined only while a locale's chunk loads. */
  protected content?: GuideData;

  #loadGeneration = 0;
  /** The bundled locale last picked by language, to tell whether a change of the page's language concerns this element. */
  #locale?: string;
  #data?: GuideContent;
  /** `data` as read when it was set (see `readData`). */
  #dataSnapshot?: DataSnapshot;
  #pendingContent?: Promise<void>;
  /** The print and forced-colours styles, a chunk of their own (see deferred-styles.ts). */
  #deferredStyles?: Promise<void>;
  /** The optional code this element loads, if any (see `loadCode`). */
  #code?: Promise<void>;

  /**
   * Set until server-rendered markup is hydrated (see `scheduleUpdate`). The shadow root exists
   * at construction only when the parser attached it: declarative shadow DOM from the server.
   */
  #serverLocale = isServer
    ? undefined
    : HYDRATION
      ? serverRenderedLocale(this.shadowRoot)
      : discardServerMarkup(this.shadowRoot);

  /**
   * False on the server, and in the browser until server-rendered markup is hydrated: until then
   * only what the server knew may be rendered (no inherited language, saved ticks or URL hash).
   */
  protected get canUseBrowserState(): boolean {
    return !isServer && (!HYDRATION || this.#serverLocale === undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) {
      this.#deferredStyles ??= import('../../styles/deferred-styles.js').then(
        ({ adoptDeferredStyles }) => adoptDeferredStyles(this),
        () => this.codeLoadFailed('styles'), // print and forced colours
      );
    }
    // Moved to where an ancestor's `lang` may differ; and from now on, while connected, when the page's language changes.
    this.#followLanguage();
    if (!isServer) followPageLanguage(this, this.#followLanguage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (!isServer) unfollowPageLanguage(this);
  }

  /**
   * Content picked by language is picked again when the language it resolves to changed. `#locale` is set only while the
   * content shown was picked by language: not before the first update, nor while server-rendered markup is hydrated, nor
   * for content from `data` or `src`. (An element with its own `lang` resolves to the same language whatever the page's.)
   */
  readonly #followLanguage = (): void => {
    if (this.#locale && this.resolveLocale() !== this.#locale) this.#resolveContent();
  };

  /** `data` is a property: an attribute (e.g. `data="[object Object]"` from a framework that rendered before the element was defined) is a mistake. */
  #checkDataAttribute(): void {
    if (!isServer && this.hasAttribute('data')) {
      // The message is in the validator's chunk: pages without the mistake download none of it.
      this.#track(
        import('../../lib/load-custom-guide.js').then(
          ({ dataAttributeMessage }) => this.#reportDataError('data-attribute', 'data', dataAttributeMessage),
          () => this.codeLoadFailed('validator'),
        ),
      );
    }
  }

  /**
   * Moved into another document: Lit adopts its styles in the page's document only, and they would
   * not apply (Chromium) or not be accepted (Firefox) in this one. So the shadow root is made here
   * (Lit then skips its own `createRenderRoot`) and gets copies of the styles made in the new
   * document, a moment later (`adopt-styles.ts`, a chunk of its own).
   */
  adoptedCallback(): void {
    (this as { renderRoot?: HTMLElement | DocumentFragment }).renderRoot ??=
      this.shadowRoot ?? this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    void import('./adopt-styles.js').then(
      ({ adoptStylesHere }) => adoptStylesHere(this),
      () => this.codeLoadFailed('styles'),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#checkDataAttribute();
    if (HYDRATION && this.#serverLocale !== undefined) return; // hydrating: the content is the server's
    if (!this.hasUpdated || changed.has('lang') || changed.has('data') || changed.has('src')) {
      this.#resolveContent();
    }
  }

  /**
   * Until content is available, a slot shows the element's own children: a static snippet pasted
   * inside (see `renderStaticHtml`) stays visible while the locale loads. The content has no slot,
   * so the snippet stops rendering as soon as the guide replaces it.
   */
  protected override render(): unknown {
    return this.content ? this.renderContent(this.content) : html`<slot></slot>`;
  }

  /** Renders the element's part of the guide. */
  protected abstract renderContent(content: GuideData): unknown;

  /** The locale to show: from `lang` (own or inherited), else the browser's languages, else English. */
  protected resolveLocale(): string {
    // The property first: in willUpdate a new value is not yet reflected to the attribute. A value that is no
    // string (an array, a number, from a framework) is read as the string it becomes, as the attribute does, with
    // one warning: ['ru'] is "ru".
    const own: unknown = this.lang;
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- deliberately as the attribute would read it
    const requested = String(own ?? '').trim() || inheritedLang(this);
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

  /**
   * Hydration of server-rendered markup (with `@lit-labs/ssr-client`): the first update must render
   * exactly what the server rendered, so it waits for that content (the parent's `data`, or the
   * locale named in the markup) instead of resolving the element's own. What only the browser knows
   * is applied right after.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    const locale = this.#serverLocale;
    if (!HYDRATION || locale === undefined) return super.scheduleUpdate();
    const { data } = this;
    const hydrated = (async () => {
      this.content = !locale
        ? undefined
        : isTrustedContent(data)
          ? data
          : await withinDeadline(loadLocale(locale).catch(() => undefined));
      // Unless Lit's hydrate support patched this element's LitElement (it then observes `defer-hydration`), Lit would
      // render next to the server's markup: the support loaded after Lit, another copy of Lit, the CDN bundles.
      // Content that cannot be reproduced (its chunk failed) cannot be hydrated either. Then keep only the styles
      // and render afresh: never the guide twice.
      if (
        !(this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration') ||
        (locale && !this.content)
      ) {
        discardServerMarkup(this.renderRoot);
      }
      await super.scheduleUpdate(); // (performs the update synchronously, before this first await returns)
      this.#serverLocale = undefined;
      // Then the content as usual (e.g. from the page's language), in an update in which subclasses apply their
      // browser-only state (`canUseBrowserState` is true from now on). Inline: the CDN builds, without hydration, drop it.
      this.#resolveContent();
      this.requestUpdate();
    })();
    this.#track(hydrated);
    return hydrated;
  }

  /**
   * Resolves once the element shows its content: the locale's chunk (or `src`, `data`) arrived and is rendered, with
   * everything that renders with it (the inner elements, saved ticks, the method the URL names). `updateComplete`
   * keeps Lit's meaning (the pending update is done), also while a chunk is still loading.
   */
  get contentReady(): Promise<boolean> {
    return (async () => {
      await this.#deferredStyles;
      let code: Promise<void> | undefined;
      let complete = await this.updateComplete;
      // Until nothing is left: the content; a second update (after hydration, browser state is applied in one);
      // optional code that an update started loading (saved ticks), and the update it requests.
      while (this.#pendingContent || !complete || code !== this.#code) {
        code = this.#code;
        await Promise.all([this.#pendingContent, code]);
        complete = await this.updateComplete;
      }
      // One element, one wait: the guide's methods and checklists, and the methods' "what to bring".
      await Promise.all(
        Array.from(
          this.renderRoot.querySelectorAll<GuideContentElement>('az-cancel-methods, az-cancel-checklist'),
          (part) => part.contentReady,
        ),
      );
      return complete;
    })();
  }

  /**
   * Loads an optional part of the element's code once (`persist`, `sync-hash`: chunks of their own, for the pages that
   * use them). `contentReady` waits for it; should it not load, the element goes on without it (`codeLoadFailed`).
   */
  protected loadCode(part: string, load: () => Promise<void>): void {
    this.#code ??= load().catch(() => this.codeLoadFailed(part));
  }

  #resolveContent(): void {
    this.#locale = undefined; // set again by #showLocale
    const generation = ++this.#loadGeneration;
    const { data, src } = this;
    const snapshot = this.#dataSnapshot;
    if (isTrustedContent(data)) {
      this.content = data;
    } else if (snapshot || src) {
      if (isServer) {
        warnOnce('content from `src` or `data` is not rendered on the server; it loads in the browser.');
        return;
      }
      // Validation and fetching are a separate chunk: only pages with their own content download it.
      this.#track(
        import('../../lib/load-custom-guide.js').then(
          async ({ checkSnapshot, fetchGuide }) => {
            // Interface strings a site's content lacks come from the bundled locale nearest to its language.
            const bundled = (tag: string): Promise<GuideData> =>
              loadLocale(matchLocale(tag, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE);
            const result = await (snapshot ? checkSnapshot(snapshot, bundled) : fetchGuide(src!, bundled));
            if (generation !== this.#loadGeneration) return;
            if (result.ok) {
              trustContent(result.data, result.preformatted);
              this.content = result.data;
            } else {
              this.#reportDataError(
                result.reason,
                snapshot ? 'data' : src!,
                `${result.message}; showing the bundled guide.`,
              );
              this.#showLocale(generation);
            }
          },
          // The validator's chunk did not load (offline, a 503): the site's content cannot be checked, so it is not shown.
          () => {
            if (generation !== this.#loadGeneration) return;
            this.codeLoadFailed('validator');
            this.#showLocale(generation);
          },
        ),
      );
    } else if (isServer && !String(this.lang ?? '').trim()) {
      // The page's language (an ancestor's `lang`) is not visible on the server: render no content rather than a guess.
      warnOnce('an element without `lang` is rendered empty on the server; set `lang` to render its content.');
    } else {
      this.#showLocale(generation);
    }
  }

  #showLocale(generation: number): void {
    const locale = (this.#locale = this.resolveLocale());
    const ready = loadedLocale(locale);
    if (ready) {
      this.content = ready;
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
    this.#track(this.#loadWithDeadline(locale, generation));
  }

  /**
   * Shows `locale` once its chunk arrives. Past the deadline (or on failure), English is shown instead
   * with an `az-data-error`; a chunk that still arrives later is shown if its language is still wanted.
   */
  async #loadWithDeadline(locale: string, generation: number): Promise<void> {
    const isCurrent = (): boolean => generation === this.#loadGeneration;
    // Shown whenever it arrives, also after the deadline, as long as its language is still wanted.
    const arrived = loadLocale(locale).then(
      (content) => {
        if (isCurrent()) this.content = content;
        return true;
      },
      () => false,
    );
    const loaded = await withinDeadline(arrived); // undefined: the deadline passed first
    if (loaded || !isCurrent()) return;
    const reason = loaded === false ? 'locale-load-failed' : 'timeout';
    this.#reportDataError(reason, locale, `locale "${locale}" did not load (${reason}); showing "${DEFAULT_LOCALE}".`);
    if (locale === DEFAULT_LOCALE) return;
    const fallback = await withinDeadline(loadLocale(DEFAULT_LOCALE).catch(() => undefined));
    if (fallback && isCurrent() && !loadedLocale(locale)) this.content = fallback;
  }

  #track(work: Promise<void>): void {
    const pending = work.finally(() => {
      if (this.#pendingContent === pending) this.#pendingContent = undefined;
    });
    this.#pendingContent = pending;
  }

  /**
   * One of the script's own chunks did not load (offline, a server error, blocked): the element goes on without
   * it, with one console warning and an `az-data-error` naming the `part` (`validator`, `persist`, `sync-hash`,
   * `styles`). README › Bad input says what each one leaves out.
   */
  protected codeLoadFailed(part: string): void {
    this.#reportDataError('code-load-failed', part, `could not load its ${part} code; going on without it.`);
  }

  #reportDataError(reason: DataErrorReason, source: string, message: string): void {
    warnOnce(message);
    emit(this, 'az-data-error', { reason, source, message });
  }
}

import { html, isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GuideContent, GuideData } from '../../data/guide-types.js';
import { snapshotData } from '../../lib/data-snapshot.js';
import { HYDRATION } from '../../lib/hydration.js';
import { codeLoadFailed, ContentController, reportDataError } from './controllers/content-controller.js';
import { discardServerMarkup, HydrationController } from './controllers/hydration-controller.js';
import { LanguageController } from './controllers/language-controller.js';

/**
 * Base of every element: its properties, its rendering, and the controllers that do the rest: the language
 * (`LanguageController`), the content (`ContentController`: the guide's own, `data`, `src` or the locale's
 * chunk) and the hydration of server-rendered markup (`HydrationController`).
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
      guideContent: { attribute: false },
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
    const snapshot = value == null ? undefined : snapshotData(value);
    // Compared with what was read last, not with the previous object: that may be this one, changed since.
    if (
      snapshot ? snapshot.json === undefined || snapshot.json !== this.#content.snapshot?.json : value !== this.#data
    ) {
      this.#data = value;
      this.#content.snapshot = snapshot;
      this.requestUpdate('data');
    }
  }

  /** URL of a guide JSON file (same schema) to show instead of the bundled content; fetched without credentials. Ignored while `data` is set. */
  src?: string;

  /**
   * The guide's content, which `<az-cancel-guide>` hands to its inner elements: already checked, shown as it is
   * (unlike `data`, which is validated). Not for sites: set `data`.
   * @internal
   */
  guideContent?: GuideData;

  /**
   * The content being shown, set by the `ContentController`; undefined only while a locale's chunk loads.
   * @internal
   */
  content?: GuideData;

  #data?: GuideContent;
  /** The print and forced-colours styles, a chunk of their own (see deferred-styles.ts). */
  #deferredStyles?: Promise<void>;
  /** The optional code this element loads, by part (see `loadCode`). */
  readonly #code = new Map<string, Promise<void>>();

  readonly #language = new LanguageController(this, () => this.#content.run());
  readonly #content = new ContentController(this, this.#language);
  /** Only in builds that can hydrate, and only in the browser (see hydration.ts). */
  readonly #hydration = HYDRATION && !isServer ? new HydrationController(this, this.#content) : undefined;

  /**
   * False on the server, and in the browser until server-rendered markup is hydrated: until then
   * only what the server knew may be rendered (no inherited language, saved ticks or URL hash).
   */
  protected get canUseBrowserState(): boolean {
    return !isServer && (!HYDRATION || this.#hydration?.locale === undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Server-rendered markup (declarative shadow DOM), which this build cannot hydrate: rendered afresh.
    if (!HYDRATION && !this.hasUpdated) discardServerMarkup(this.renderRoot);
    if (!isServer) {
      this.#deferredStyles ??= import('../../styles/deferred-styles.js').then(
        ({ adoptDeferredStyles }) => adoptDeferredStyles(this),
        () => this.codeLoadFailed('styles'), // print and forced colours
      );
    }
  }

  /** `data` is a property: an attribute (e.g. `data="[object Object]"` from a framework that rendered before the element was defined) is a mistake. */
  #checkDataAttribute(): void {
    if (!isServer && this.hasAttribute('data')) {
      // The message is in the validator's chunk: pages without the mistake download none of it.
      this.#content.pending = import('../../lib/load-custom-guide.js').then(
        ({ dataAttributeMessage }) => reportDataError(this, 'data-attribute', 'data', dataAttributeMessage),
        () => this.codeLoadFailed('validator'),
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

  /** While server-rendered markup waits for its content, updates wait too (see `HydrationController`). */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !HYDRATION || !this.#hydration || this.#hydration.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#checkDataAttribute();
    if (HYDRATION && this.#hydration?.locale !== undefined) return; // hydrating: the content is the server's
    if (
      !this.hasUpdated ||
      changed.has('lang') ||
      changed.has('data') ||
      changed.has('src') ||
      changed.has('guideContent')
    ) {
      this.#content.run();
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

  /**
   * Resolves once the element shows its content: the locale's chunk (or `src`, `data`) arrived and is rendered, with
   * everything that renders with it (the inner elements, saved ticks, the method the URL names). `updateComplete`
   * keeps Lit's meaning (the pending update is done), also while a chunk is still loading.
   */
  get contentReady(): Promise<boolean> {
    return (async () => {
      await this.#deferredStyles;
      let content: Promise<void> | undefined;
      let parts = 0;
      let complete = await this.updateComplete;
      // Until nothing is left: the content; a second update (after hydration, browser state is applied in one);
      // optional code that an update started loading (saved ticks, "Clear ticks"), and the update it requests.
      while (content !== this.#content.pending || parts !== this.#code.size || !complete) {
        content = this.#content.pending;
        parts = this.#code.size;
        await Promise.all([content, ...this.#code.values()]);
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
   * Loads an optional part of the element's code once (`persist`, `sync-hash`, "Clear ticks": chunks of their own, for
   * the pages that use them). `contentReady` waits for it; should it not load, the element goes on without it (`codeLoadFailed`).
   */
  protected loadCode(part: string, load: () => Promise<void>): void {
    if (!this.#code.has(part))
      this.#code.set(
        part,
        load().catch(() => this.codeLoadFailed(part)),
      );
  }

  /**
   * One of the script's own chunks did not load (offline, a server error, blocked): the element goes on without
   * it, with one console warning and an `az-data-error` naming the `part` (`validator`, `persist`, `sync-hash`,
   * `styles`). README › Bad input says what each one leaves out.
   */
  protected codeLoadFailed(part: string): void {
    codeLoadFailed(this, part);
  }
}

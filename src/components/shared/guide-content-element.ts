import { LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { GuideData } from '../../data/guide-types.js';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale, loadedLocale } from '../../data/locales.js';
import { emit, type DataErrorReason } from '../../events.js';
import { matchLocale, negotiateLocale } from '../../i18n/negotiate-locale.js';
import { validateGuide } from '../../lib/validate-guide.js';
import { warnOnce } from '../../lib/warn.js';

/** Objects already validated, so content handed from the guide to its parts is checked once. */
const validObjects = new WeakSet<object>();

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
 * Base of every element: picks the locale, loads its content (or takes the
 * `data` property), and re-renders when either changes.
 */
export abstract class GuideContentElement extends LitElement {
  /** Language of the content as a BCP 47 tag. Without it, the nearest ancestor's `lang`, then the browser's languages; unknown languages fall back to English. */
  @property({ reflect: true }) override lang!: string;

  /** Guide content to show instead of the bundled locale, in the shape of `guide.schema.json`. Invalid content is ignored with an `az-data-error` event. */
  @property({ attribute: false }) data?: unknown;

  /** The content being shown; undefined only while a locale's chunk loads. */
  @state() protected content?: GuideData;

  private loadGeneration = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // An ancestor's `lang` may differ where the element was moved to.
    if (this.hasUpdated) this.requestUpdate('lang');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('lang') || changed.has('data')) this.resolveContent();
  }

  protected override render(): unknown {
    return this.content ? this.renderContent(this.content) : nothing;
  }

  /** Renders the element's part of the guide. */
  protected abstract renderContent(content: GuideData): unknown;

  /** The locale to show: from `lang` (own or inherited), else the browser's languages, else English. */
  protected resolveLocale(): string {
    // The property first: in willUpdate a new value is not yet reflected to the attribute.
    const requested = this.lang?.trim() || inheritedLang(this);
    if (requested) {
      const match = matchLocale(requested, AVAILABLE_LOCALES);
      if (match) return match;
      warnOnce(`no content for language "${requested}"; showing "${DEFAULT_LOCALE}". Available: ${AVAILABLE_LOCALES.join(', ')}.`);
      return DEFAULT_LOCALE;
    }
    return negotiateLocale(globalThis.navigator?.languages ?? [], AVAILABLE_LOCALES) ?? DEFAULT_LOCALE;
  }

  private resolveContent(): void {
    const generation = ++this.loadGeneration;
    if (this.data !== undefined && this.data !== null) {
      if (this.acceptData(this.data)) {
        this.content = this.data as GuideData;
        return;
      }
    }
    const locale = this.resolveLocale();
    const ready = loadedLocale(locale);
    if (ready) {
      this.content = ready;
      return;
    }
    // Keep what is shown (nothing on first render) until the chunk arrives: no flash of another language.
    loadLocale(locale).then(
      (content) => {
        if (generation === this.loadGeneration) this.content = content;
      },
      () => {
        if (generation !== this.loadGeneration) return;
        this.reportDataError('locale-load-failed', locale, `could not load locale "${locale}"; showing "${DEFAULT_LOCALE}".`);
        this.content = loadedLocale(DEFAULT_LOCALE);
      },
    );
  }

  private acceptData(data: unknown): boolean {
    if (typeof data === 'object' && validObjects.has(data as object)) return true;
    const result = validateGuide(data);
    if (result.ok) {
      validObjects.add(result.data);
      return true;
    }
    this.reportDataError('invalid-data', 'data', `invalid guide data at ${result.error}; showing the bundled guide.`);
    return false;
  }

  private reportDataError(reason: DataErrorReason, source: string, message: string): void {
    warnOnce(message);
    emit(this, 'az-data-error', { reason, source, message });
  }
}

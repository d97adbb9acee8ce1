// The guide renders the checklists and the methods, so its module defines them.
import '../checklist/az-cancel-checklist-define.js';
import '../methods/az-cancel-methods-define.js';
import { html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { GuideData, MethodId, MethodKind } from '../../data/guide-types.js';
import { preformattedFor } from '../../data/locales.js';
import { emit } from '../../events.js';
import { fillTemplate } from '../../i18n/format.js';
import { heading } from '../../lib/heading.js';
import { clampHeadingLevel, headingLevelOf } from '../../lib/heading-level.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { externalLink } from '../shared/content-parts.js';
import { GuideContentElement } from '../shared/guide-content-element.js';
import { guideStyles } from './az-cancel-guide.styles.js';

/** Parts of the composed elements that a page can style through the guide. */
const METHODS_PARTS =
  'tablist, tab, selected, panel, panel-heading, steps, note, official-link, site-link, copy-subject, preview, copy-button, mail-link, bring, bring-heading, bring-list, bring-item';
const CHECKLIST_PARTS =
  'heading: checklist-heading, item, checkbox, label, description, note, progress, progress-bar, progress-text, reset, confirm';

const PRINT_EVENTS = ['beforeprint', 'afterprint'];

/** One path per kind of method, drawn with `currentColor` (a globe, an envelope, a building): no icon font, no request. */
const ICONS: Record<MethodKind, string> = {
  online: 'M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0M3 12h18M12 3c4 4 4 14 0 18M12 3c-4 4-4 14 0 18',
  email: 'M3 6h18v12H3zM3 6l9 7 9-7',
  'in-person': 'M4 21V9l8-5 8 5v12M2 21h20M10 21v-5h4v5',
};

/**
 * @summary The whole guide to cancelling an Azerbaijan tourist card: introduction, checklists and the ways to cancel.
 *
 * @slot - Fallback shown only until the content is ready (e.g. a static HTML snippet of the guide for readers without JavaScript and for crawlers); hidden once the element renders.
 *
 * @fires {CustomEvent<MethodChangeDetail>} az-method-change - The user selected another method, on a card or in the inner `<az-cancel-methods>` (`findInPage: true` in the detail when find-in-page opened it).
 * @fires {CustomEvent<ChecklistChangeDetail>} az-checklist-change - The user ticked or unticked a checklist item (from an inner `<az-cancel-checklist>`).
 * @fires {CustomEvent<DataErrorDetail>} az-data-error - Content could not be used (`detail: { reason, source, message }`); bundled content is shown instead.
 *
 * @csspart base - The article that holds the guide.
 * @csspart title - The guide's title.
 * @csspart glance - The "at a glance" block at the top: one sentence and a card per method.
 * @csspart card - Each method's card (a button that opens the method); its icon has the part `icon`.
 * @csspart icon - The icon on a method card.
 * @csspart about - The disclosure that holds the introduction ("What is the tourist card?"), open in print.
 * @csspart notice - The box of what official sources say, with their links and the review date.
 * @csspart note - Every note (on a method, step or checklist item), from the inner elements.
 * @csspart section-heading - Headings of the methods and summary sections.
 * @csspart methods - The inner `<az-cancel-methods>`; its parts are exported too (tab, panel, …).
 * @csspart checklist - Both inner `<az-cancel-checklist>` elements; their parts are exported, the list heading as `checklist-heading`.
 *
 * @cssproperty [--az-accent=#0b57d0] - Links, selected tab, checkboxes and buttons.
 * @cssproperty [--az-text=#1f2328] - Text colour.
 * @cssproperty [--az-muted=#57606a] - Secondary text.
 * @cssproperty [--az-surface=#ffffff] - Background.
 * @cssproperty [--az-border=#c4ccd4] - Borders.
 * @cssproperty [--az-radius=0.5rem] - Corner radius.
 * @cssproperty [--az-focus-ring=#0b57d0] - Colour of the keyboard focus outline.
 * @cssproperty [--az-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--az-font-size=1rem] - Base font size.
 * @cssproperty [--az-title-size=1.75em] - Size of the guide's title, whatever its heading level.
 * @cssproperty [--az-section-size=1.375em] - Size of section headings (checklists, methods, summary), whatever their level.
 * @cssproperty [--az-method-size=1.1875em] - Size of each method's heading in its panel.
 * @cssproperty [--az-subheading-size=1.0625em] - Size of sub-headings such as "What to bring".
 * @cssproperty [--az-notice-background=#fff8e1] - Background of the "verify with official sources" box.
 * @cssproperty [--az-note-accent=#7a4d00] - Edge and label colour of notes.
 * @cssproperty [--az-note-background=#fdf6e7] - Background of notes.
 */
export class AzCancelGuide extends GuideContentElement {
  // Static getters, not static fields: fields would compile to class static blocks (Safari 16.4+).
  static override get styles(): CSSResultGroup {
    return [sharedStyles, guideStyles];
  }

  static override get properties(): PropertyDeclarations {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      method: { reflect: true },
      persist: { type: Boolean, reflect: true },
      storageKey: { attribute: 'storage-key' },
      syncHash: { type: Boolean, attribute: 'sync-hash' },
      variant: { reflect: true },
    };
  }

  /** `compact` (for sidebars): only the at-a-glance block, the official-sources notice and the chosen method. Unset: the whole guide. */
  variant?: 'compact';

  /** Level of the guide's title (1–6); section headings follow one level below, so the guide fits the page's outline. */
  headingLevel = 2;

  /** The method tab that is open, by id (`online`, `email` or `embassy` in the bundled content); the first when unset. Follows the user's choice. */
  method?: MethodId;

  /** Save checklist ticks in localStorage (only ticked item ids). Other guides and tabs with the same storage key follow each tick. */
  persist = false;

  /** Name under which the ticks of both lists are saved (as `<name>-before` and `<name>-after`). Without it, the guides on one page that save their ticks get `guide`, `guide-2`, … in document order, so two never share ticks by accident. */
  storageKey?: string;

  /** Keep the open method in the URL hash (`#az-method=<id>`). */
  syncHash = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) for (const type of PRINT_EVENTS) addEventListener(type, this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of PRINT_EVENTS) removeEventListener(type, this.#onPrint);
  }

  /** The disclosure this guide opened for printing, to close again afterwards. */
  #openedForPrint?: HTMLDetailsElement;

  /**
   * Print shows the introduction: before printing its disclosure opens (Firefox does not print the
   * content of a closed one), and after printing it closes again if it was closed.
   */
  readonly #onPrint = (event: Event): void => {
    const about = this.renderRoot.querySelector('details');
    if (event.type === 'beforeprint') {
      if (about && !about.open) (this.#openedForPrint = about).open = true;
    } else if (this.#openedForPrint) {
      this.#openedForPrint.open = false;
      this.#openedForPrint = undefined;
    }
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = headingLevelOf(this.headingLevel, 2);
  }

  /** Also waits for the inner methods and checklists, so `await el.updateComplete` means the whole guide is rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const parts = this.renderRoot.querySelectorAll<GuideContentElement>('az-cancel-methods, az-cancel-checklist');
    await Promise.all(Array.from(parts, (part) => part.updateComplete));
    return complete;
  }

  /**
   * `guide` for the first guide on the page that saves under a default key, then `guide-2`, `guide-3`,
   * … in document order: two guides never share ticks by accident, and each finds its ticks again on
   * the next visit while the page keeps its guides in the same order.
   */
  #defaultStorageKey(): string {
    const index = [...(this.getRootNode() as ParentNode).querySelectorAll<AzCancelGuide>('az-cancel-guide')]
      .filter((guide) => guide.persist && !guide.storageKey)
      .indexOf(this);
    return index > 0 ? `guide-${index + 1}` : 'guide';
  }

  #onMethodChange(event: CustomEvent<{ method: MethodId }>): void {
    this.method = event.detail.method;
  }

  /** A card was chosen: open its method and move there, focus on its tab. */
  async #choose(method: MethodId, content: GuideData): Promise<void> {
    // Without `method` the first method is open.
    const previous = this.method ?? content.methods.items[0]!.id;
    if (method !== previous) {
      this.method = method;
      emit(this, 'az-method-change', { method, previous });
    }
    await this.updateComplete;
    const methods = this.renderRoot.querySelector('az-cancel-methods');
    methods?.scrollIntoView({ block: 'start' });
    methods?.shadowRoot?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus({ preventScroll: true });
  }

  protected override renderContent(content: GuideData): unknown {
    const level = this.headingLevel;
    const full = this.variant !== 'compact';
    // The parts' headings sit below the title, never past h6.
    const sectionLevel = clampHeadingLevel(level + 1);
    const storageKey = this.storageKey || (this.persist && this.canUseBrowserState ? this.#defaultStorageKey() : 'guide');
    return html`<article part="base" dir=${ifDefined(content.dir === 'rtl' ? 'rtl' : undefined)} lang=${content.locale}>
      ${heading(level, content.title, 'title')}
      <section part="glance" class="glance">
        <p>${content.glance}</p>
        <ul class="cards">
          ${content.methods.items.map(
            (m) => html`<li>
              <button type="button" part="card" class="card" data-method=${m.id} @click=${() => this.#choose(m.id, content)}>
                <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[m.kind]}></path></svg>
                <strong>${m.name}</strong> <span>${m.needs}</span>
              </button>
            </li>`,
          )}
        </ul>
      </section>
      ${this.#renderNotice(content)}
      ${full
        ? html`<details part="about" class="about">
              <summary>${content.ui.aboutToggle}</summary>
              ${content.intro.map((p) => html`<p>${p}</p>`)} ${content.about.map((p) => html`<p>${p}</p>`)}
            </details>
            ${this.#renderChecklist('before', content, sectionLevel, storageKey)}`
        : nothing}
      <section class="methods">
        ${heading(sectionLevel, content.methods.heading, 'section-heading')}
        ${full ? html`<p>${content.methods.intro}</p>` : nothing}
        <az-cancel-methods
          part="methods"
          exportparts=${METHODS_PARTS}
          heading-level=${clampHeadingLevel(level + 2)}
          method=${ifDefined(this.method)}
          ?sync-hash=${this.syncHash}
          storage-key="${storageKey}-bring"
          ?persist=${this.persist}
          .data=${content}
          @az-method-change=${this.#onMethodChange}
        ></az-cancel-methods>
      </section>
      ${full
        ? html`${this.#renderChecklist('after', content, sectionLevel, storageKey)}
            <section>
              ${heading(sectionLevel, content.summary.heading, 'section-heading')}
              ${content.summary.paragraphs.map((p) => html`<p>${p}</p>`)} ${content.closing.map((p) => html`<p>${p}</p>`)}
            </section>`
        : nothing}
    </article>`;
  }

  /** One of the guide's two checklists, saved under its own key. */
  #renderChecklist(list: 'before' | 'after', content: GuideData, headingLevel: number, storageKey: string): unknown {
    return html`<az-cancel-checklist
      part="checklist"
      exportparts=${CHECKLIST_PARTS}
      list=${list}
      heading-level=${headingLevel}
      storage-key="${storageKey}-${list}"
      ?persist=${this.persist}
      .data=${content}
    ></az-cancel-checklist>`;
  }

  #renderNotice(content: GuideData): unknown {
    const { notice, ui } = content;
    // Formatted before the first render (`Preformatted`): no Intl.DateTimeFormat here. (Trusted content always has it.)
    const date = preformattedFor(content)?.date ?? content.lastReviewed;
    return html`<aside part="notice" class="notice" aria-label=${ui.noticeLabel}>
      <p>${notice.text}</p>
      <ul>
        ${notice.points.map((point) => html`<li>${point}</li>`)}
      </ul>
      <ul class="notice-links">
        ${notice.links.map((link) => html`<li>${externalLink(link, ui)}</li>`)}
      </ul>
      <p class="reviewed">${fillTemplate(ui.lastReviewed, { date })}</p>
    </aside>`;
  }
}

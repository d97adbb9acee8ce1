// The guide renders the checklists and the methods, so its module defines them.
import '../checklist/az-cancel-checklist-define.js';
import '../methods/az-cancel-methods-define.js';
import { html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { GuideData, MethodId } from '../../data/guide-types.js';
import { preformattedFor } from '../../data/locales.js';
import { fillTemplate } from '../../i18n/format.js';
import { guideOutline, type GuideBlocks } from '../../lib/guide-outline.js';
import { heading } from '../../lib/heading.js';
import { clampHeadingLevel, headingLevelOf } from '../../lib/heading-level.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { externalLink, textBlocks } from '../shared/content-parts.js';
import { CHECKLIST_PARTS, METHODS_PARTS } from '../shared/exported-parts.js';
import { GuideContentElement } from '../shared/guide-content-element.js';
import { guideStyles } from './az-cancel-guide.styles.js';

/**
 * @summary The guide to cancelling an Azerbaijan tourist card: the official answer first, then what travellers can do, then what the source article says (its unconfirmed ways and checklists).
 *
 * @fires {CustomEvent<MethodChangeDetail>} az-method-change - The user selected another method in the inner `<az-cancel-methods>` (`findInPage: true` in the detail when find-in-page opened it).
 * @fires {CustomEvent<ChecklistChangeDetail>} az-checklist-change - The user ticked or unticked a checklist item (from an inner `<az-cancel-checklist>`).
 *
 * @csspart base - The article that holds the guide.
 * @csspart title - The guide's title.
 * @csspart answer - The answer at the top, with its source line and review date.
 * @csspart warning - The warning text (bold, with a "!" icon): where passport data may go.
 * @csspart cases - What to do in the traveller's case.
 * @csspart notice - What official sources say, with their links.
 * @csspart source-article - The part that retells the source article: its ways to cancel and checklists.
 * @csspart glance - The sentence that opens that part.
 * @csspart about - The disclosure "What is the tourist card?", open in print.
 * @csspart summary - The summary: the answer again, the official links, then the article's closing words.
 * @csspart full-guide - The link to the full guide in `variant="compact"`.
 * @csspart note - Every note (on a method, step or checklist item), from the inner elements.
 * @csspart section-heading - Headings of the sections (cases, the source article, its methods, the summary).
 * @csspart methods - The inner `<az-cancel-methods>`; its parts are exported too (tab, panel, …).
 * @csspart checklist - Both inner `<az-cancel-checklist>` elements; their parts are exported, the list heading as `checklist-heading`.
 *
 * @cssproperty [--az-notice-background=#f3f5f7] - Background of the panel of what official sources say.
 * @cssproperty [--az-scroll-margin=0px] - Room kept above a section or the methods when the page jumps to them (find-in-page, a hash): the height of a sticky site header.
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
      guideHref: { attribute: 'guide-href' },
      hideTitle: { type: Boolean, attribute: 'hide-title', reflect: true },
    };
  }

  /** `compact` (for sidebars): the title, the answer with its source, the warning and a link to the full guide (`guide-href`). Unset: the whole guide. */
  variant?: 'compact';

  /** The page's own heading already says what the guide is about: the title is hidden on screen, and stays the first heading for screen readers and the outline. */
  hideTitle = false;

  /** Where the full guide is on the site, for the link at the end of `variant="compact"`: a URL, relative to the page or absolute, to an `https:` or `http:` page (other values show no link). */
  guideHref?: string;

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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = headingLevelOf(this.headingLevel, 2);
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

  /** The user chose a method, or the URL hash selected one (`az-hash-method`, from the methods' `sync-hash` code): `method` names it. */
  #onMethodChange(event: CustomEvent<{ method: MethodId }>): void {
    this.method = event.detail.method;
  }

  protected override renderContent(content: GuideData): unknown {
    const level = this.headingLevel;
    const { ui } = content;
    const compact = this.variant === 'compact';
    const href = compact && this.#fullGuideHref();
    // Formatted before the first render (`Preformatted`): no Intl.DateTimeFormat here. (Trusted content always has it.)
    const reviewed = fillTemplate(ui.lastReviewed, { date: preformattedFor(content)?.date ?? content.lastReviewed });
    const storageKey =
      this.storageKey || (this.persist && this.canUseBrowserState && !compact ? this.#defaultStorageKey() : 'guide');
    const blocks: GuideBlocks<unknown> = {
      ...textBlocks(ui, reviewed),
      heading: (offset, text) => heading(level + offset, text, offset ? 'section-heading' : 'title'),
      answer: (text, source) =>
        html`<div part="answer" class="answer">
          <p class="answer-text">${text}</p>
          <p class="source">${externalLink(source, ui)} · <span class="reviewed">${reviewed}</span></p>
        </div>`,
      warning: (label, text) =>
        html`<div part="warning" class="warning">
          <span class="warning-icon" aria-hidden="true">!</span>
          <strong><span class="visually-hidden">${label}: </span>${text}</strong>
        </div>`,
      section: (name, parts) => html`<section part=${name} class=${name}>${parts}</section>`,
      cases: (items) =>
        html`<ul>
          ${items.map(
            (item) => html`<li>
              <strong>${item.title}</strong>
              <p>${item.text} ${item.link ? externalLink(item.link, ui) : nothing}</p>
            </li>`,
          )}
        </ul>`,
      notice: (label, parts) => html`<aside part="notice" class="notice" aria-label=${label}>${parts}</aside>`,
      glance: (text) => html`<p part="glance" class="glance">${text}</p>`,
      about: (summary, texts) =>
        html`<details part="about" class="about">
          <summary>${summary}</summary>
          ${texts.map((text) => html`<p>${text}</p>`)}
        </details>`,
      methods: (title, intro, offset) =>
        html`<section class="methods">
          ${heading(level + offset, title, 'section-heading')}
          <p>${intro}</p>
          <az-cancel-methods
            part="methods"
            exportparts=${METHODS_PARTS}
            heading-level=${clampHeadingLevel(level + offset + 1)}
            method=${this.method ?? nothing}
            ?sync-hash=${this.syncHash}
            storage-key="${storageKey}-bring"
            ?persist=${this.persist}
            .guideContent=${content}
            @az-method-change=${this.#onMethodChange}
            @az-hash-method=${this.#onMethodChange}
          ></az-cancel-methods>
        </section>`,
      // One of the guide's two checklists, saved under its own key.
      list: (id, offset) =>
        html`<az-cancel-checklist
          part="checklist"
          exportparts=${CHECKLIST_PARTS}
          list=${id}
          heading-level=${clampHeadingLevel(level + offset)}
          storage-key="${storageKey}-${id}"
          ?persist=${this.persist}
          .guideContent=${content}
        ></az-cancel-checklist>`,
    };
    return html`<article part="base" dir=${content.dir} lang=${content.locale}>
      ${guideOutline(content, blocks, compact)}
      ${href ? html`<p class="full-guide"><a part="full-guide" href=${href}>${ui.fullGuide}</a></p>` : nothing}
    </article>`;
  }

  /**
   * `guide-href` as the page wrote it, when it leads to a web page: the page's own relative URLs are
   * welcome (it is the site's attribute, not content), `javascript:`, `data:` and the like are not.
   */
  #fullGuideHref(): string | undefined {
    const href = typeof this.guideHref === 'string' ? this.guideHref.trim() : '';
    if (!href) return undefined;
    try {
      const { protocol } = new URL(href, isServer ? 'https://server.invalid/' : document.baseURI);
      return protocol === 'https:' || protocol === 'http:' ? href : undefined;
    } catch {
      return undefined;
    }
  }
}

// The in-person method's "what to bring" is a checklist: this module defines it.
import '../checklist/az-cancel-checklist-define.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { CancelMethod, EmailDetails, GuideData, MethodId } from '../../data/guide-types.js';
import { emit } from '../../events.js';
import { methodOutline, methodStatus, type MethodBlocks, type MethodStatus } from '../../lib/guide-outline.js';
import { heading } from '../../lib/heading.js';
import { clampHeadingLevel, headingLevelOf } from '../../lib/heading-level.js';
import { warnOnce } from '../../lib/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { externalLink, renderNote, textBlocks } from '../shared/content-parts.js';
import { BRING_PARTS } from '../shared/exported-parts.js';
import { GuideContentElement } from '../shared/guide-content-element.js';
import { methodsStyles } from './az-cancel-methods.styles.js';
import type { HashSync } from './hash-sync.js';

/** The email method's subject and body as one text, ready to paste. */
function templateText(email: EmailDetails, content: GuideData): string {
  return `${content.ui.emailSubject}: ${email.subject}\n\n${email.template}`;
}

/** The template's text with its bracketed placeholders marked, for the preview. */
const highlightPlaceholders = (template: string): unknown[] =>
  template.split(/(\[[^\]\n]+\])/).map((part, index) => (index % 2 ? html`<mark>${part}</mark>` : part));

/**
 * A method's status as a tag in text ("Unconfirmed"), not only in colour: inside its tab it is part of
 * the tab's accessible name. A space before it keeps the name and the tag apart when read or copied.
 */
const statusTag = (status: MethodStatus | undefined): unknown =>
  status ? html` <span part="tag" class="tag tag-${status.value}">${status.label}</span>` : nothing;

/**
 * @summary The ways to cancel an Azerbaijan tourist card (online, by email, at an embassy) as accessible tabs.
 *
 * @fires {CustomEvent<MethodChangeDetail>} az-method-change - The user selected another method. `detail: { method, previous }`, plus `findInPage: true` when the browser's find-in-page opened it to show a match in its hidden panel. Not fired for changes made from code.
 * @fires {CustomEvent<ChecklistChangeDetail>} az-checklist-change - The user ticked, unticked or cleared what to bring (list `bring`), from the inner checklist.
 *
 * @csspart base - The wrapper of tabs and panels.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab; the selected one also has the part `selected`.
 * @csspart selected - The selected tab.
 * @csspart tag - A method's status ("Unconfirmed" or "Official") in its tab and its panel heading.
 * @csspart panel - Each method's panel.
 * @csspart panel-heading - The heading inside each panel.
 * @csspart steps - The ordered list of steps (a plain numbered list: they are the source article's, not a procedure).
 * @csspart official-link - The link of an online method to a government site, after "Official site:".
 * @csspart site-link - The link of an online method to any other site (shown without "official").
 * @csspart note - A note on a method or step: what official sources do or do not confirm.
 * @csspart copy-button - The "copy email template" button (email); it says "Copied" for a moment after copying.
 * @csspart copy-subject - The copy chip of the email subject, inside its step.
 * @csspart preview - The readable preview of the email template, its placeholders highlighted (`mark`).
 * @csspart mail-link - The "open in mail app" link (email, when the content has an address).
 * @csspart bring - The "what to bring" checklist (an `<az-cancel-checklist list="bring">`) in its step of the in-person method.
 * @csspart bring-heading - The "what to bring" heading.
 * @csspart bring-list - The list of things to bring.
 * @csspart bring-item - One thing to bring.
 * @csspart checkbox - A checkbox of "what to bring".
 * @csspart label - The label of a thing to bring.
 * @csspart progress - The progress row of "what to bring".
 * @csspart progress-text - Its "2 of 4 done".
 * @csspart done - The completion line of "what to bring", shown when everything is ticked.
 * @csspart reset - The quiet "Clear ticks" of "what to bring".
 * @csspart confirm - Its confirmation.
 *
 * @cssproperty [--az-tab-text=var(--az-muted)] - Text colour of unselected tabs.
 * @cssproperty [--az-tab-indicator=var(--az-accent)] - Colour of the selected tab's indicator.
 */
export class AzCancelMethods extends GuideContentElement {
  // Static getters, not static fields: fields would compile to class static blocks (Safari 16.4+).
  static override get styles(): CSSResultGroup {
    return [sharedStyles, methodsStyles];
  }

  static override get properties(): PropertyDeclarations {
    return {
      method: { reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      syncHash: { type: Boolean, attribute: 'sync-hash' },
      persist: { type: Boolean },
      storageKey: { attribute: 'storage-key' },
      copyStatus: { state: true, attribute: false },
      copiedButton: { state: true, attribute: false },
    };
  }

  /** The selected method, by id (`online`, `email` or `embassy` in the bundled content); the first when unset. Unknown values select the first method with one console warning. */
  method?: MethodId;

  /** Level of the heading in each panel (1–6). */
  headingLevel = 3;

  /** Keep the selected method in the URL hash (`az-method=<id>`, next to anything else the fragment holds) and start from it. Off by default: without it the element never touches the URL. */
  syncHash = false;

  /** Message for the polite live region after copying. */
  private copyStatus = '';

  /** Save the ticks of "what to bring" (a checklist, list `bring`) in localStorage, as `<az-cancel-checklist persist>`. */
  persist = false;

  /** Name under which the "what to bring" ticks are saved. Defaults to `bring`. */
  storageKey?: string;

  /** Which copy button says "Copied" (`<method id> subject` or `<method id> template`), for a moment. */
  private copiedButton = '';

  #copiedTimer?: ReturnType<typeof setTimeout>;

  /** `sync-hash`: a controller from a chunk of its own, loaded by pages that use it. */
  #hashSync?: HashSync;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncHash && !isServer) {
      this.loadCode('sync-hash', () => this.#loadHashSync());
    }
  }

  async #loadHashSync(): Promise<void> {
    const { HashSync } = await import('./hash-sync.js');
    this.#hashSync = new HashSync(this, () => this.canUseBrowserState && (this.content ?? null));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = headingLevelOf(this.headingLevel, 3);
    // `method` always names the tab shown once there is content.
    if ((changed.has('method') || (changed as Map<PropertyKey, unknown>).has('content')) && this.content)
      this.method = this.#validMethod(this.content);
    if (changed.has('method')) this.copyStatus = '';
  }

  /** The selected method if the content has it, else the first (with one console warning when one was named). */
  #validMethod(content: GuideData): MethodId {
    const ids = content.methods.items.map((m) => m.id);
    if (!this.method) return ids[0]!;
    if (ids.includes(this.method)) return this.method;
    warnOnce(`unknown method "${String(this.method)}"; showing "${ids[0]}". Methods: ${ids.join(', ')}.`);
    return ids[0]!;
  }

  protected override renderContent(content: GuideData): unknown {
    const methods = content.methods.items;
    const selected = this.#validMethod(content);
    return html`
      <div part="base" dir=${content.dir} lang=${content.locale}>
        <div role="tablist" part="tablist" aria-label=${content.ui.methodsLabel} @focusin=${this.#orient} @keydown=${this.#onTabKeydown}>
          ${methods.map(
            (m) => html`<button
              type="button"
              role="tab"
              id="tab-${m.id}"
              part=${m.id === selected ? 'tab selected' : 'tab'}
              aria-selected=${m.id === selected ? 'true' : 'false'}
              aria-controls="panel-${m.id}"
              tabindex=${m.id === selected ? 0 : -1}
              data-method=${m.id}
              @click=${() => this.#selectByUser(m.id)}
            >
              ${m.name}${statusTag(methodStatus(m, content.ui))}
            </button>`,
          )}
        </div>
        ${methods.map((m) => this.#renderPanel(m, content, m.id === selected))}
      </div>
    `;
  }

  #renderPanel(method: CancelMethod, content: GuideData, selected: boolean): unknown {
    const { ui } = content;
    const blocks: MethodBlocks<unknown> = {
      ...textBlocks(ui),
      methodHeading: (text, status) => heading(this.headingLevel, html`${text}${statusTag(status)}`, 'panel-heading'),
      steps: (steps) => html`<ol part="steps" class="steps">${steps}</ol>`,
      // No whitespace around the step's text: its textContent is the content's text.
      step: (text, note, action) =>
        html`<li>${text}${renderNote(note, ui)}${action ? html`<div class="action">${action}</div>` : nothing}</li>`,
      // "Official site:" only for a government site; any other site is shown by its label alone.
      site: (link, official) =>
        official
          ? html`<p class="site">${ui.officialSite} ${externalLink(link, ui, 'official-link')}</p>`
          : html`<p class="site">${externalLink(link, ui, 'site-link')}</p>`,
      subject: (subject) => {
        const key = `${method.id} subject`;
        return html`<p>
          <button type="button" part="copy-subject" class="chip" @click=${() => this.#copy(key, subject, content, '.chip span')}>
            <span>${subject}</span> <strong>${this.copiedButton === key ? ui.copied : ui.copy}</strong>
          </button>
        </p>`;
      },
      template: (email, mailto) => this.#renderEmail(email, mailto, content, `${method.id} template`),
      bring: () =>
        html`<az-cancel-checklist
          part="bring"
          exportparts=${BRING_PARTS}
          list="bring"
          heading-level=${clampHeadingLevel(this.headingLevel + 1)}
          storage-key=${this.storageKey ?? nothing}
          ?persist=${this.persist}
          .guideContent=${content}
        ></az-cancel-checklist>`,
    };
    // Unselected panels are hidden="until-found": find-in-page searches them and fires `beforematch`, which opens
    // their tab (browsers without it read the value as plain `hidden`). Their empty box stays focusable: tabindex -1.
    // Plain `hidden` on the server and until hydration, as the server rendered it.
    return html`<section
      role="tabpanel"
      id="panel-${method.id}"
      part="panel"
      aria-labelledby="tab-${method.id}"
      tabindex=${selected ? 0 : -1}
      hidden=${ifDefined(selected ? undefined : this.canUseBrowserState ? 'until-found' : '')}
      @beforematch=${() => this.#selectByUser(method.id, false, { findInPage: true })}
    >
      ${methodOutline(method, ui, blocks)}
    </section>`;
  }

  /** The template as a readable preview, with the buttons to copy it or open it in a mail app. */
  #renderEmail(email: EmailDetails, mailto: string | undefined, content: GuideData, key: string): unknown {
    const { ui } = content;
    return html`
      <figure part="preview" class="preview">
        <figcaption>${ui.emailTemplate}</figcaption>
        <pre>${highlightPlaceholders(email.template)}</pre>
      </figure>
      <div class="actions">
        <button type="button" part="copy-button" class="button" @click=${() => this.#copy(key, templateText(email, content), content, 'pre')}>
          ${this.copiedButton === key ? ui.copied : ui.copyTemplate}
        </button>
        ${mailto ? html`<a part="mail-link" class="button" href=${mailto}>${ui.openMailApp}</a>` : nothing}
      </div>
      <p class="status ${this.copyStatus === ui.copied ? 'visually-hidden' : ''}" role="status">${this.copyStatus}</p>
    `;
  }

  /**
   * Copies `text`. Where the clipboard is refused or missing, the text is selected where it is
   * shown (`shownAt`, in the method's panel) and the status line says to press Ctrl+C.
   */
  async #copy(key: string, text: string, content: GuideData, shownAt: string): Promise<void> {
    clearTimeout(this.#copiedTimer);
    try {
      await navigator.clipboard.writeText(text); // (throws where there is no Clipboard API)
      // "Copied" on the button itself, for a moment; the status line says it to screen readers.
      this.copiedButton = key;
      this.#copiedTimer = setTimeout(() => (this.copiedButton = ''), 2000);
      this.copyStatus = content.ui.copied;
    } catch {
      this.copiedButton = '';
      this.copyStatus = content.ui.copyFallback;
      const shown = this.renderRoot.querySelector(`#panel-${this.method} ${shownAt}`);
      if (shown) getSelection()?.selectAllChildren(shown);
    }
  }

  /**
   * Stacked in a narrow container (a column), the tab list is a vertical one: it says so with
   * `aria-orientation` when focus enters it, where screen readers read it, and at each key. (Not from
   * a ResizeObserver: observing from a render can make the browser report a resize loop to the page.)
   * Returns whether it is stacked.
   */
  #orient(event: Event): boolean {
    const list = event.currentTarget as Element;
    const stacked = getComputedStyle(list).flexDirection === 'column';
    list.setAttribute('aria-orientation', stacked ? 'vertical' : 'horizontal');
    return stacked;
  }

  /** All keyboard handling of the tab list (APG tabs, automatic activation). */
  #onTabKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.findIndex((tab) => tab === this.shadowRoot?.activeElement);
    if (current < 0) return;
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    // Stacked in a narrow container: Up and Down move too (APG's vertical tabs); in a row they stay the page's.
    const stacked = this.#orient(event);
    let step = 0;
    if (event.key === (rtl ? 'ArrowLeft' : 'ArrowRight') || (stacked && event.key === 'ArrowDown')) step = 1;
    if (event.key === (rtl ? 'ArrowRight' : 'ArrowLeft') || (stacked && event.key === 'ArrowUp')) step = -1;
    let next: number;
    if (step) next = (current + step + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    else return;
    event.preventDefault();
    void this.#selectByUser(tabs[next]!.dataset['method']!, true);
  }

  async #selectByUser(method: MethodId, moveFocus = false, via?: { findInPage: true }): Promise<void> {
    const previous = this.method!; // set: tabs exist only once there is content, which names the method
    if (method !== previous) {
      this.method = method;
      if (this.syncHash) this.#hashSync?.write(method);
      emit(this, 'az-method-change', { method, previous, ...via });
    }
    if (moveFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${method}`)?.focus();
    }
  }
}

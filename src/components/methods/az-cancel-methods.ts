import { html, isServer, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CancelMethod, GuideData, MethodId } from '../../data/guide-types.js';
import { emit } from '../../events.js';
import { heading } from '../../lib/heading.js';
import { headingLevelOf } from '../../lib/heading-level.js';
import { hashWithMethod, methodFromHash } from '../../lib/method-hash.js';
import { mailtoHref, safeHref } from '../../lib/safe-url.js';
import { warnOnce } from '../../lib/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { GuideContentElement } from '../shared/guide-content-element.js';
import { methodsStyles } from './az-cancel-methods.styles.js';

/**
 * @summary The ways to cancel an Azerbaijan tourist card (online, by email, at an embassy) as accessible tabs.
 *
 * @slot - Fallback shown only until the content is ready (e.g. a static HTML snippet of the guide for readers without JavaScript and for crawlers); hidden once the element renders.
 *
 * @fires {CustomEvent<MethodChangeDetail>} az-method-change - The user selected another method. `detail: { method, previous }`. Not fired for changes made from code.
 * @fires {CustomEvent<DataErrorDetail>} az-data-error - Content could not be used (`detail: { reason, source, message }`); bundled content is shown instead.
 *
 * @csspart base - The wrapper of tabs and panels.
 * @csspart tablist - The row of tabs.
 * @csspart tab - Each tab; the selected one also has the part `selected`.
 * @csspart selected - The selected tab.
 * @csspart panel - Each method's panel.
 * @csspart panel-heading - The heading inside each panel.
 * @csspart steps - The ordered list of steps.
 * @csspart official-link - The link to the official site (online).
 * @csspart copy-button - The "copy email template" button (email).
 * @csspart mail-link - The "open in mail app" link (email, when the content has an address).
 * @csspart template - The email template shown when the clipboard is unavailable.
 * @csspart bring-list - What to bring (embassy).
 *
 * @cssproperty [--az-accent=#0b57d0] - Links, the selected tab's indicator and buttons.
 * @cssproperty [--az-text=#1f2328] - Text colour.
 * @cssproperty [--az-muted=#57606a] - Secondary text and unselected tab text.
 * @cssproperty [--az-surface=#ffffff] - Background of panels and buttons.
 * @cssproperty [--az-border=#c4ccd4] - Borders.
 * @cssproperty [--az-radius=0.5rem] - Corner radius.
 * @cssproperty [--az-focus-ring=#0b57d0] - Colour of the keyboard focus outline.
 * @cssproperty [--az-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--az-font-size=1rem] - Base font size.
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
      copyStatus: { state: true, attribute: false },
      showTemplate: { state: true, attribute: false },
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

  /** True when the clipboard failed and the template is shown for manual copying. */
  private showTemplate = false;

  readonly #onHashChange = (): void => {
    if (!this.canUseBrowserState) return; // before hydration the selected tab must stay the server's
    const fromHash = methodFromHash(location.hash);
    // A method the content does not have is someone else's link: ignored, without a warning.
    if (fromHash && (!this.content || this.content.methods.items.some((method) => method.id === fromHash))) this.method = fromHash as MethodId;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncHash && !isServer) {
      this.#onHashChange();
      window.addEventListener('hashchange', this.#onHashChange);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override afterHydration(): void {
    super.afterHydration();
    if (this.syncHash) this.#onHashChange();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = headingLevelOf(this.headingLevel, 3);
    // `method` always names the tab shown once there is content.
    if ((changed.has('method') || (changed as Map<PropertyKey, unknown>).has('content')) && this.content) this.method = this.#validMethod(this.content);
    if (changed.has('method')) {
      this.copyStatus = '';
      this.showTemplate = false;
    }
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
      <div part="base" dir=${ifDefined(content.dir === 'rtl' ? 'rtl' : undefined)} lang=${content.locale}>
        <div role="tablist" part="tablist" aria-label=${content.ui.methodsLabel} @keydown=${this.#onTabKeydown}>
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
              ${m.name}
            </button>`,
          )}
        </div>
        ${methods.map((m) => this.#renderPanel(m, content, m.id === selected))}
      </div>
    `;
  }

  #renderPanel(method: CancelMethod, content: GuideData, selected: boolean): unknown {
    return html`<section
      role="tabpanel"
      id="panel-${method.id}"
      part="panel"
      aria-labelledby="tab-${method.id}"
      tabindex="0"
      ?hidden=${!selected}
    >
      ${heading(this.headingLevel, method.heading, 'panel-heading')}
      <p>${method.intro}</p>
      <ol part="steps">
        ${method.steps.map((step) => html`<li>${step}</li>`)}
      </ol>
      ${this.#renderSpecifics(method, content)}
    </section>`;
  }

  #renderSpecifics(method: CancelMethod, content: GuideData): unknown {
    const { ui } = content;
    const link = method.link && safeHref(method.link.href);
    const email = method.email;
    return html`
      ${link && method.link
        ? html`<p class="official">
            ${ui.officialSite}
            <a part="official-link" href=${link} target="_blank" rel="noopener noreferrer"
              >${method.link.label}<span class="visually-hidden"> ${ui.opensInNewTab}</span></a
            >
          </p>`
        : nothing}
      ${email ? this.#renderEmail(email, content) : nothing}
      ${method.bring
        ? html`${heading(this.headingLevel + 1, ui.bring, 'bring-heading')}
            <ul part="bring-list">
              ${method.bring.map((item) => html`<li>${item}</li>`)}
            </ul>`
        : nothing}
    `;
  }

  #renderEmail(email: NonNullable<CancelMethod['email']>, content: GuideData): unknown {
    const { ui } = content;
    const mailto = email.address ? mailtoHref(email.address, email.subject, email.template) : undefined;
    return html`
      <dl class="email-details">
        <dt>${ui.emailSubject}</dt>
        <dd>${email.subject}</dd>
        <dt>${ui.emailBodyIncludes}</dt>
        <dd>
          <ul>
            ${email.bodyIncludes.map((item) => html`<li>${item}</li>`)}
          </ul>
        </dd>
        <dt>${ui.emailAttachments}</dt>
        <dd>
          <ul>
            ${email.attachments.map((item) => html`<li>${item}</li>`)}
          </ul>
        </dd>
      </dl>
      <div class="actions">
        <button type="button" part="copy-button" class="button" @click=${() => this.#copyTemplate(content)}>
          ${ui.copyTemplate}
        </button>
        ${mailto ? html`<a part="mail-link" class="button" href=${mailto}>${ui.openMailApp}</a>` : nothing}
      </div>
      <p class="status" role="status">${this.copyStatus}</p>
      ${this.showTemplate
        ? html`<textarea
            part="template"
            readonly
            rows="12"
            aria-label=${ui.copyTemplate}
            .value=${this.#templateText(content)}
          ></textarea>`
        : nothing}
    `;
  }

  /** Subject and body as one text, ready to paste. */
  #templateText(content: GuideData): string {
    const email = content.methods.items.find((m) => m.email)?.email;
    return email ? `${content.ui.emailSubject}: ${email.subject}\n\n${email.template}` : '';
  }

  async #copyTemplate(content: GuideData): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(this.#templateText(content));
      this.showTemplate = false;
      this.copyStatus = content.ui.copied;
    } catch {
      // Refused or missing: show the text selected so the traveller can copy it by hand.
      this.showTemplate = true;
      this.copyStatus = content.ui.copyFallback;
      await this.updateComplete;
      const textarea = this.renderRoot.querySelector('textarea');
      textarea?.focus();
      textarea?.select();
    }
  }

  /** All keyboard handling of the tab list (APG tabs, automatic activation). */
  #onTabKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.findIndex((tab) => tab === this.shadowRoot?.activeElement);
    if (current < 0) return;
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    switch (event.key) {
      case forward:
        next = (current + 1) % tabs.length;
        break;
      case backward:
        next = (current - 1 + tabs.length) % tabs.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = tabs.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    void this.#selectByUser(tabs[next]!.dataset['method'] as MethodId, true);
  }

  async #selectByUser(method: MethodId, moveFocus = false): Promise<void> {
    const previous = this.method!; // set: tabs exist only once there is content, which names the method
    if (method !== previous) {
      this.method = method;
      if (this.syncHash) history.replaceState(history.state, '', hashWithMethod(location.hash, method));
      emit(this, 'az-method-change', { method, previous });
    }
    if (moveFocus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${method}`)?.focus();
    }
  }
}

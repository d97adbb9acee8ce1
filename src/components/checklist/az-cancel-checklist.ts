import { html, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CHECKLIST_IDS, type ChecklistId, type GuideData } from '../../data/guide-types.js';
import { emit } from '../../events.js';
import { formatCount } from '../../i18n/format.js';
import { heading } from '../../lib/heading.js';
import { readTicks, storageKeyFor, writeTicks } from '../../lib/tick-storage.js';
import { warnOnce } from '../../lib/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { renderNote } from '../shared/content-parts.js';
import { GuideContentElement } from '../shared/guide-content-element.js';
import { checklistStyles } from './az-cancel-checklist.styles.js';

export type ChecklistSelection = ChecklistId | 'all';

/**
 * @summary Checklists travellers can tick: what to prepare before cancelling, and what to do after.
 *
 * @slot - Fallback shown only until the content is ready (e.g. a static HTML snippet of the guide for readers without JavaScript and for crawlers); hidden once the element renders.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} az-checklist-change - The user ticked or unticked an item. `detail: { list, item, checked, done, total }`. Not fired for changes made from code.
 * @fires {CustomEvent<DataErrorDetail>} az-data-error - Content could not be used (`detail: { reason, source, message }`); bundled content is shown instead.
 *
 * @csspart base - The wrapper of all lists.
 * @csspart list - Each list's section.
 * @csspart heading - Each list's heading.
 * @csspart intro - Each list's introduction.
 * @csspart items - The list of items.
 * @csspart item - One item: checkbox, label and description.
 * @csspart checkbox - The native checkbox.
 * @csspart label - The item's label.
 * @csspart description - The item's explanation.
 * @csspart note - A note on an item: what official sources do or do not confirm.
 * @csspart progress - The progress row (bar and "2 of 3 done").
 * @csspart progress-bar - The visual progress bar.
 * @csspart progress-text - The progress text, announced politely when it changes.
 * @csspart reset - The "clear ticks" button.
 * @csspart confirm - The confirmation shown before clearing.
 *
 * @cssproperty [--az-accent=#0b57d0] - Checkboxes, progress bar and buttons.
 * @cssproperty [--az-text=#1f2328] - Text colour.
 * @cssproperty [--az-muted=#57606a] - Item explanations.
 * @cssproperty [--az-surface=#ffffff] - Background of buttons.
 * @cssproperty [--az-border=#c4ccd4] - Borders and the progress track.
 * @cssproperty [--az-radius=0.5rem] - Corner radius.
 * @cssproperty [--az-focus-ring=#0b57d0] - Colour of the keyboard focus outline.
 * @cssproperty [--az-font-family=inherit] - Font family; inherits the page's by default.
 * @cssproperty [--az-font-size=1rem] - Base font size.
 * @cssproperty [--az-title-size=1.75em] - Size of the guide's title, whatever its heading level.
 * @cssproperty [--az-section-size=1.375em] - Size of section headings (checklists, methods, summary), whatever their level.
 * @cssproperty [--az-method-size=1.1875em] - Size of each method's heading in its panel.
 * @cssproperty [--az-subheading-size=1.0625em] - Size of sub-headings such as "What to bring".
 * @cssproperty [--az-note-accent=#7a4d00] - Edge and label colour of notes.
 * @cssproperty [--az-note-background=#fdf6e7] - Background of notes.
 */
export class AzCancelChecklist extends GuideContentElement {
  // Static getters, not static fields: fields would compile to class static blocks (Safari 16.4+).
  static override get styles(): CSSResultGroup {
    return [sharedStyles, checklistStyles];
  }

  static override get properties(): PropertyDeclarations {
    return {
      list: { reflect: true },
      headingLevel: { type: Number, attribute: 'heading-level' },
      persist: { type: Boolean, reflect: true },
      storageKey: { attribute: 'storage-key' },
      checked: { attribute: false },
      confirming: { state: true, attribute: false },
    };
  }

  /** Which list to show: `before` (preparation), `after` (after cancelling) or `all`. */
  list: ChecklistSelection = 'all';

  /** Level of each list's heading (1–6). */
  headingLevel = 2;

  /** Save ticks in localStorage (only item ids and true/false) and restore them on the next visit. */
  persist = false;

  /** Name under which ticks are saved, to keep several checklists apart. Defaults to the `list` value. */
  storageKey?: string;

  /** Ids of the ticked items. Setting it from code updates the boxes (and the saved copy with `persist`) without an event. */
  checked: string[] = [];

  /** The list whose "clear ticks" is waiting for confirmation. */
  private confirming?: ChecklistId;

  /** Lists to render, in guide order. */
  get #lists(): readonly ChecklistId[] {
    if (this.list === 'all' || (CHECKLIST_IDS as readonly string[]).includes(this.list)) {
      return this.list === 'all' ? CHECKLIST_IDS : [this.list];
    }
    warnOnce(`unknown list "${String(this.list)}"; showing all. Lists: before, after, all.`);
    return CHECKLIST_IDS;
  }

  get #storageKeyName(): string {
    return storageKeyFor(this.storageKey || this.list);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Saved ticks are browser state: not read on the server, nor before server-rendered markup is hydrated.
    if (this.persist && this.canUseBrowserState && (changed.has('persist') || changed.has('storageKey') || changed.has('list'))) {
      this.#restoreTicks();
    } else if (this.persist && changed.has('checked') && this.hasUpdated) {
      // Every change of ticks, by the user or from code, is saved here once.
      this.#save();
    }
  }

  /**
   * The boxes always show `checked`, also when a listener changed it back during a click. (The
   * `checked` attribute in the template gives the first state, and the server's markup.)
   */
  protected override updated(): void {
    const ticked = new Set(this.checked);
    for (const box of this.renderRoot.querySelectorAll('input')) box.checked = ticked.has(box.id.slice(5)); // id="item-<id>"
  }

  protected override afterHydration(): void {
    super.afterHydration();
    if (this.persist) this.#restoreTicks();
  }

  #restoreTicks(): void {
    const saved = readTicks(this.#storageKeyName);
    if (saved) this.checked = saved;
  }

  #save(): void {
    if (!this.persist || !this.content) return;
    const ticked = new Set(this.checked);
    const record: Record<string, boolean> = {};
    for (const id of this.#lists) for (const item of this.content[id].items) record[item.id] = ticked.has(item.id);
    writeTicks(this.#storageKeyName, record);
  }

  #progress(content: GuideData, id: ChecklistId): { done: number; total: number } {
    const items = content[id].items;
    const ticked = new Set(this.checked);
    return { done: items.filter((item) => ticked.has(item.id)).length, total: items.length };
  }

  protected override renderContent(content: GuideData): unknown {
    return html`<div part="base" dir=${ifDefined(content.dir === 'rtl' ? 'rtl' : undefined)} lang=${content.locale}>
      ${this.#lists.map((id) => this.#renderList(content, id))}
    </div>`;
  }

  #renderList(content: GuideData, id: ChecklistId): unknown {
    const section = content[id];
    const { ui } = content;
    const { done, total } = this.#progress(content, id);
    const ticked = new Set(this.checked);
    return html`<section part="list" class="list" data-list=${id}>
      ${heading(this.headingLevel, section.heading, 'heading', `heading-${id}`)}
      <p part="intro">${section.intro}</p>
      <div role="group" aria-labelledby="heading-${id}">
      <ul part="items">
        ${section.items.map(
          (item) => html`<li part="item">
            <input
              type="checkbox"
              part="checkbox"
              id="item-${item.id}"
              aria-describedby="description-${item.id}"
              ?checked=${ticked.has(item.id)}
              @change=${(event: Event) => this.#toggleByUser(id, item.id, (event.target as HTMLInputElement).checked)}
            />
            <label part="label" for="item-${item.id}">${item.label}</label>
            <p part="description" id="description-${item.id}">${item.description}</p>
            ${renderNote(item.note, ui)}
          </li>`,
        )}
      </ul>
      </div>
      <div part="progress" class="progress">
        <progress part="progress-bar" max=${total} .value=${done} aria-hidden="true"></progress>
        <span part="progress-text" role="status">${formatCount(ui.progress, content.locale, total, { done, total })}</span>
      </div>
      ${this.confirming === id
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-${id}">
            <p id="confirm-${id}">${ui.resetConfirm}</p>
            <button type="button" class="button danger" data-action="confirm-reset" @click=${() => this.#reset(id)}>
              ${ui.reset}
            </button>
            <button type="button" class="button" data-action="cancel-reset" @click=${() => this.#endConfirm(id)}>
              ${ui.resetNo}
            </button>
          </div>`
        : html`<button type="button" part="reset" class="button reset" data-action="reset" @click=${() => this.#askReset(id)}>
            ${ui.reset}
          </button>`}
    </section>`;
  }

  #toggleByUser(list: ChecklistId, item: string, isChecked: boolean): void {
    const others = this.checked.filter((id) => id !== item);
    this.checked = isChecked ? [...others, item] : others;
    const { done, total } = this.#progress(this.content!, list);
    emit(this, 'az-checklist-change', { list, item, checked: isChecked, done, total });
  }

  async #askReset(list: ChecklistId): Promise<void> {
    this.confirming = list;
    await this.updateComplete;
    // Focus the harmless choice first, as an alert dialog would.
    this.renderRoot.querySelector<HTMLElement>(`[data-list="${list}"] [data-action="cancel-reset"]`)?.focus();
  }

  async #endConfirm(list: ChecklistId): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-list="${list}"] [data-action="reset"]`)?.focus();
  }

  #reset(list: ChecklistId): void {
    const cleared = new Set(this.content![list].items.map((item) => item.id));
    this.checked = this.checked.filter((id) => !cleared.has(id));
    void this.#endConfirm(list);
  }
}

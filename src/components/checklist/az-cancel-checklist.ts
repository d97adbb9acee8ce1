import { html, nothing, isServer, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CHECKLIST_IDS, LIST_IDS, checklistSection, type ChecklistId, type GuideData } from '../../data/guide-types.js';
import { preformattedFor } from '../../data/locales.js';
import { emit } from '../../events.js';
import { formatCount } from '../../i18n/format.js';
import { heading } from '../../lib/heading.js';
import { headingLevelOf } from '../../lib/heading-level.js';
import { warnOnce } from '../../lib/warn.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { renderNote } from '../shared/content-parts.js';
import { GuideContentElement } from '../shared/guide-content-element.js';
import { checklistStyles } from './az-cancel-checklist.styles.js';
import type { PersistedTicks } from './persisted-ticks.js';

export type ChecklistSelection = ChecklistId | 'all';

/**
 * @summary Checklists travellers can tick: what to prepare before cancelling, and what to do after.
 *
 * @fires {CustomEvent<ChecklistChangeDetail>} az-checklist-change - The user ticked or unticked an item (`detail: { list, item, checked, done, total }`), or cleared a list with "Clear ticks" (`item: null, cleared: true`). Not fired for changes made from code or in another tab.
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
 * @csspart progress - The progress row at the top of each list (bar and "2 of 3 done").
 * @csspart done - The completion line, shown when every item of a list is ticked: where to go next.
 * @csspart progress-bar - The visual progress bar.
 * @csspart progress-text - The progress text, announced politely when it changes.
 * @csspart reset - The quiet "Clear ticks" button, shown only while something in its list is ticked.
 * @csspart confirm - The confirmation shown before clearing.
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

  /** Which list to show: `before` (preparation), `after` (after cancelling), `bring` (what to bring, from the in-person method) or `all` (before and after). */
  list: ChecklistSelection = 'all';

  /** Level of each list's heading (1–6). */
  headingLevel = 2;

  /** Save ticks in localStorage (only ticked item ids) and restore them on the next visit. Other elements and tabs with the same storage key follow each tick. */
  persist = false;

  /** Name under which ticks are saved, to keep several checklists apart. Defaults to the `list` value. Elements sharing a name share their ticks, and none erases another's. */
  storageKey?: string;

  /** Ids of the ticked items shown (ids that are no item are dropped). Setting it from code updates the boxes (and the saved copy with `persist`) without an event. */
  checked: string[] = [];

  /** The last array the element assigned to `checked` itself: any other value was set from code. */
  #ownChecked?: string[];

  /** Saved ticks (`persist`): a controller from a chunk of its own, loaded by pages that use `persist`. */
  #persisted?: PersistedTicks;

  /** Changes the user made before that chunk arrived; saved when it does. */
  #unsaved: Record<string, boolean> = {};

  /**
   * The list whose "Clear ticks" is waiting for confirmation.
   * @internal
   */
  confirming?: ChecklistId;

  /** "Clear ticks" and its confirmation: a chunk of its own, loaded once something is ticked. */
  #clearTicks?: typeof import('./clear-ticks.js');

  /** Lists to render, in guide order. */
  get #lists(): readonly ChecklistId[] {
    if (this.list === 'all' || (LIST_IDS as readonly string[]).includes(this.list)) {
      return this.list === 'all' ? CHECKLIST_IDS : [this.list];
    }
    warnOnce(`unknown list "${String(this.list)}"; showing all. Lists: before, after, bring, all.`);
    return CHECKLIST_IDS;
  }

  /** Ids of the items shown. */
  #shownIds(content: GuideData): Set<string> {
    return new Set(this.#lists.flatMap((id) => checklistSection(content, id).items.map((item) => item.id)));
  }

  #setChecked(ids: string[]): void {
    this.checked = this.#ownChecked = ids;
  }

  /** Merges `changes` (id → ticked) into the saved ticks: at once, or when the storage chunk has loaded. */
  #save(changes: Record<string, boolean>): void {
    if (this.#persisted) this.#persisted.save(changes);
    else Object.assign(this.#unsaved, changes);
  }

  /** Loads the `persist` controller; it then saves what waited for it and restores the saved ticks. */
  async #loadPersisted(): Promise<void> {
    const { PersistedTicks } = await import('./persisted-ticks.js');
    this.#persisted = new PersistedTicks(
      this,
      () => (this.persist && this.canUseBrowserState && this.content ? this.#shownIds(this.content) : undefined),
      (ids) => this.#setChecked(ids),
    );
    this.#persisted.save(this.#unsaved);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('headingLevel')) this.headingLevel = headingLevelOf(this.headingLevel, 2);
    // `checked` that is no array (from a framework, a typo) is read as one, with one warning: a string as ids
    // separated by spaces or commas, a Set (any iterable) as its ids, anything else (null, a number) as none.
    const checked: unknown = this.checked;
    if (!Array.isArray(checked)) {
      warnOnce(`\`checked\` is not an array of item ids (${String(checked)}); read as one.`);
      this.checked =
        typeof checked == 'string' ? checked.split(/[\s,]+/) : Array.from((checked ?? []) as Iterable<string>);
    }
    // Its chunk not loading (offline, blocked) leaves the ticks working for the page view, as storage that is blocked does.
    if (this.persist && !isServer) {
      this.loadCode('persist', () => this.#loadPersisted());
    }
    // "Clear ticks" shows only while something is ticked: its code loads the first time something is.
    if (this.checked.length && !isServer) {
      this.loadCode('clear-ticks', async () => {
        this.#clearTicks = await import('./clear-ticks.js');
        this.requestUpdate();
      });
    }
    const content = this.content;
    if (!content) return;
    const shown = this.#shownIds(content);
    // Saved ticks are browser state: not read on the server, nor before server-rendered markup is hydrated.
    if (this.persist && this.canUseBrowserState)
      this.#persisted?.sync(changed, content, shown, this.checked !== this.#ownChecked);
    // Ids that are no item shown here (a retired item, a typo in code) leave `checked`.
    if (this.checked.some((id) => !shown.has(id))) this.#setChecked(this.checked.filter((id) => shown.has(id)));
  }

  /**
   * The boxes always show `checked`, also when a listener changed it back during a click. (The
   * `checked` attribute in the template gives the first state, and the server's markup.)
   */
  protected override updated(): void {
    const ticked = new Set(this.checked);
    for (const box of this.renderRoot.querySelectorAll('input')) box.checked = ticked.has(box.id.slice(5)); // id="item-<id>"
  }

  #progress(content: GuideData, id: ChecklistId): { done: number; total: number } {
    const { items } = checklistSection(content, id);
    const ticked = new Set(this.checked);
    return { done: items.filter((item) => ticked.has(item.id)).length, total: items.length };
  }

  protected override renderContent(content: GuideData): unknown {
    return html`<div part="base" dir=${content.dir} lang=${content.locale}>
      ${this.#lists.map((id) => this.#renderList(content, id))}
    </div>`;
  }

  #renderList(content: GuideData, id: ChecklistId): unknown {
    const section = checklistSection(content, id);
    const { ui } = content;
    const { done, total } = this.#progress(content, id);
    const ticked = new Set(this.checked);
    return html`<section part="list" class="list" data-list=${id}>
      ${heading(this.headingLevel, section.heading, 'heading', `heading-${id}`)}
      ${section.intro ? html`<p part="intro">${section.intro}</p>` : nothing}
      <div part="progress" class="progress">
        <span part="progress-text" role="status">${formatCount(ui.progress, content.locale, total, { done, total }, preformattedFor(content))}</span>
        <progress part="progress-bar" max=${total} value=${done} aria-hidden="true"></progress>
      </div>
      <div role="group" aria-labelledby="heading-${id}">
      <ul part="items">
        ${section.items.map(
          (item) => html`<li part="item">
            <input
              type="checkbox"
              part="checkbox"
              id="item-${item.id}"
              aria-describedby=${item.description ? `description-${item.id}` : nothing}
              ?checked=${ticked.has(item.id)}
              @change=${(event: Event) => this.#toggleByUser(id, item.id, (event.target as HTMLInputElement).checked)}
            />
            <label part="label" for="item-${item.id}">${item.label}</label>
            ${item.description ? html`<p part="description" id="description-${item.id}">${item.description}</p>` : nothing}
            ${renderNote(item.note, ui)}
          </li>`,
        )}
      </ul>
      </div>
      ${done === total && section.done ? html`<p part="done" class="done">${section.done}</p>` : nothing}
      ${this.canUseBrowserState ? this.#clearTicks?.renderClearTicks({ html, nothing }, this, id, ui, done) : nothing}
    </section>`;
  }

  #toggleByUser(list: ChecklistId, item: string, isChecked: boolean): void {
    // Only the changed item is written: ticks saved meanwhile by another element or tab survive.
    if (this.persist) this.#save({ [item]: isChecked });
    const others = this.checked.filter((id) => id !== item);
    this.#setChecked(isChecked ? [...others, item] : others);
    const { done, total } = this.#progress(this.content!, list);
    emit(this, 'az-checklist-change', { list, item, checked: isChecked, done, total });
  }

  /**
   * Unticks every item of `list`, and its saved copy, with an event: "Clear ticks", once confirmed (clear-ticks.ts).
   * @internal
   */
  clearList(list: ChecklistId): void {
    const cleared = checklistSection(this.content!, list).items.map((item) => item.id);
    if (this.persist) this.#save(Object.fromEntries(cleared.map((id) => [id, false])));
    this.#setChecked(this.checked.filter((id) => !cleared.includes(id)));
    emit(this, 'az-checklist-change', {
      list,
      item: null,
      checked: false,
      done: 0,
      total: cleared.length,
      cleared: true,
    });
  }
}

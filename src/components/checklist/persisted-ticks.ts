import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LIST_IDS, checklistSection, type GuideData } from '../../data/guide-types.js';
import { readTicks, saveTicks, storageKeyFor, TICKS_SAVED } from '../../lib/tick-storage.js';

/** What the controller needs of its checklist. */
export interface TickHost extends ReactiveControllerHost {
  persist: boolean;
  storageKey?: string;
  list: string;
  checked: string[];
}

/**
 * Keeps a checklist's ticks in localStorage (its `persist`), merged with every other element and
 * tab that saves under the same key: a tick is written on its own (read, merge, write back), never
 * as the whole list, and each save reaches the others (the `storage` event from other tabs, a
 * same-page event from this one), which then show it. A chunk of its own, with the storage code:
 * only pages that use `persist` download it.
 */
export class PersistedTicks implements ReactiveController {
  readonly #host: TickHost;
  /** The ids the checklist shows, or undefined while it has no content (or may not use browser state yet). */
  readonly #shownIds: () => Set<string> | undefined;
  /** Sets `checked` as the element itself, so that it is not taken for a change made from code. */
  readonly #setChecked: (ids: string[]) => void;

  constructor(host: TickHost, shownIds: () => Set<string> | undefined, setChecked: (ids: string[]) => void) {
    this.#host = host;
    this.#shownIds = shownIds;
    this.#setChecked = setChecked;
    host.addController(this);
  }

  /** The key whose ticks were last restored: a new one (or the first) is restored before anything is saved under it. */
  #restoredKey?: string;

  /**
   * Per key, the changes storage refused (full, blocked): for this page view they count as saved, on top
   * of what storage holds, so a later restore (a new language, new content) does not undo them. Sent
   * again with the next save, and forgotten once storage takes them.
   */
  readonly #unsaved = new Map<string, Record<string, boolean>>();

  /** The ticks saved under `key`, with the changes storage refused applied; undefined when there is nothing to restore. */
  #savedTicks(key: string): string[] | undefined {
    const saved = readTicks(key);
    const unsaved = this.#unsaved.get(key);
    if (!unsaved) return saved;
    const ticked = new Set(saved ?? this.#host.checked);
    for (const [id, isTicked] of Object.entries(unsaved)) {
      if (isTicked) ticked.add(id);
      else ticked.delete(id);
    }
    return [...ticked];
  }

  get #key(): string {
    return storageKeyFor(this.#host.storageKey || this.#host.list);
  }

  hostConnected(): void {
    addEventListener('storage', this.#onSaved);
    addEventListener(TICKS_SAVED, this.#onSaved);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.#onSaved);
    removeEventListener(TICKS_SAVED, this.#onSaved);
  }

  /**
   * Another element or tab saved ticks under this key: show them. Read from storage, not from the
   * event: events from another tab arrive late, and storage already holds every later tick.
   */
  readonly #onSaved = (event: Event): void => {
    const { key, newValue } = event as StorageEvent;
    const shown = this.#shownIds();
    if (!this.#host.persist || !shown || (key !== null && key !== this.#key)) return;
    // No record left: removed or cleared elsewhere. A record that cannot be read changes nothing.
    const saved = this.#savedTicks(this.#key) ?? (newValue === null ? [] : undefined);
    if (saved) this.#setChecked(saved.filter((id) => shown.has(id)));
  };

  /** Merges `changes` (id → ticked) into the saved ticks. */
  save(changes: Record<string, boolean>): void {
    const key = this.#key;
    const all = { ...this.#unsaved.get(key), ...changes };
    if (saveTicks(key, all)) this.#unsaved.delete(key);
    else this.#unsaved.set(key, all);
  }

  /**
   * Before each render with content: restores the saved ticks the first time, and when `persist`, the
   * key, the list or the content changed (removing saved ids that are no item of the content), or
   * saves `checked` set from code.
   */
  sync(changed: Map<PropertyKey, unknown>, content: GuideData, shown: Set<string>, setFromCode: boolean): void {
    const key = this.#key;
    const restore = key !== this.#restoredKey || ['persist', 'list', 'content'].some((name) => changed.has(name));
    this.#restoredKey = key;
    const saved = restore ? this.#savedTicks(key) : undefined;
    if (saved) {
      const known = new Set(LIST_IDS.flatMap((id) => checklistSection(content, id).items.map((item) => item.id)));
      const retired = saved.filter((id) => !known.has(id));
      if (retired.length > 0) this.save(Object.fromEntries(retired.map((id) => [id, false])));
      this.#setChecked(saved.filter((id) => shown.has(id)));
    } else if (setFromCode) {
      // `checked` from code says which shown items are ticked; other items' ticks stay saved.
      const ticked = new Set(this.#host.checked);
      this.save(Object.fromEntries([...shown].map((id) => [id, ticked.has(id)])));
    }
  }
}

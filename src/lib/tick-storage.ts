/**
 * Saved checklist ticks in localStorage. Loaded with the checklist's `persist` controller, in a chunk
 * of its own: pages that do not use `persist` never download it.
 */
import { warnOnce } from './warn.js';

/** Versioned so a future change of format can ignore old records instead of misreading them. */
const KEY_PREFIX = 'az-cancel-guide:checklist:v1:';

export function storageKeyFor(name: string): string {
  return KEY_PREFIX + name;
}

/**
 * Dispatched on the window after ticks are saved, as a `StorageEvent` with the record's `key`: the
 * `storage` event tells other pages, this one tells the elements on the same page.
 */
export const TICKS_SAVED = 'az-cancel-guide-ticks-saved';

/** One message for "no storage at all", whether noticed on reading or on saving: it is one problem. */
const UNAVAILABLE = 'localStorage is not available; checklist ticks are kept for this page view only.';
const UNREADABLE = 'localStorage cannot be read; checklist ticks are kept for this page view only.';

/** localStorage, or undefined where reading the property itself throws (sandboxed iframes, blocked cookies). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ids ticked in a saved record's text (`{"id": true, …}`); [] for no record (null), undefined
 * for text that is not a record.
 */
function ticksIn(raw: string | null): string[] | undefined {
  try {
    const record: unknown = JSON.parse(raw ?? '{}');
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
    return Object.keys(record).filter((id) => (record as Record<string, unknown>)[id] === true);
  } catch {
    return undefined;
  }
}

/**
 * The saved text of a record: null when there is none, undefined when storage cannot be read.
 * Corrupt records are removed, never thrown; unavailable storage warns once.
 */
function readRecord(key: string): string | null | undefined {
  const store = storage();
  if (!store) {
    warnOnce(UNAVAILABLE);
    return undefined;
  }
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    warnOnce(UNREADABLE);
    return undefined;
  }
  if (ticksIn(raw)) return raw;
  warnOnce(`discarded unreadable saved checklist "${key}".`);
  try {
    store.removeItem(key);
  } catch {
    // Nothing more to do: the record is ignored either way.
  }
  return null;
}

/** The ids ticked in a saved record, or undefined when there is none (or it cannot be read). */
export function readTicks(key: string): string[] | undefined {
  const raw = readRecord(key);
  return raw ? ticksIn(raw) : undefined;
}

/**
 * Merges `changes` (id → ticked) into the saved record: read, change only those ids, write back, so
 * ticks saved meanwhile by another element or tab survive. Only item ids and `true` are stored.
 * Where storage cannot be read or written, warns once and returns false: the ticks stay in memory.
 */
export function saveTicks(key: string, changes: Record<string, boolean>): boolean {
  const raw = readRecord(key);
  if (raw === undefined) return false; // writing without reading first could erase other writers' ticks
  const ticked = new Set(ticksIn(raw));
  for (const [id, isTicked] of Object.entries(changes)) {
    if (isTicked) ticked.add(id);
    else ticked.delete(id);
  }
  const newValue = JSON.stringify(Object.fromEntries([...ticked].map((id) => [id, true])));
  if (newValue === (raw ?? '{}')) return true; // nothing changes: no write, no event
  try {
    storage()!.setItem(key, newValue);
  } catch {
    warnOnce('could not save checklist ticks; they are kept for this page view only.');
    return false;
  }
  dispatchEvent(new StorageEvent(TICKS_SAVED, { key, newValue }));
  return true;
}

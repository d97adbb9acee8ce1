import { warnOnce } from './warn.js';

/** Versioned so a future change of format can ignore old records instead of misreading them. */
const KEY_PREFIX = 'az-cancel-guide:checklist:v1:';

/** One message for "no storage at all", whether noticed on reading or on saving: it is one problem. */
const UNAVAILABLE = 'localStorage is not available; checklist ticks are kept for this page view only.';

export function storageKeyFor(name: string): string {
  return KEY_PREFIX + name;
}

/** localStorage, or undefined where reading the property itself throws (sandboxed iframes, blocked cookies). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ids ticked in a stored record, or undefined when there is none.
 * Corrupt records are removed, never thrown; unavailable storage warns once.
 */
export function readTicks(key: string): string[] | undefined {
  const store = storage();
  if (!store) {
    warnOnce(UNAVAILABLE);
    return undefined;
  }
  let raw: string | null;
  try {
    raw = store.getItem(key);
  } catch {
    warnOnce('localStorage cannot be read; checklist ticks are kept for this page view only.');
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const record: unknown = JSON.parse(raw);
    if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new TypeError('not an object');
    return Object.entries(record)
      .filter(([, ticked]) => ticked === true)
      .map(([id]) => id);
  } catch {
    warnOnce(`discarded unreadable saved checklist "${key}".`);
    try {
      store.removeItem(key);
    } catch {
      // Nothing more to do: the record is ignored either way.
    }
    return undefined;
  }
}

/** Saves only item ids and booleans. Failures (quota, private mode) warn once and leave the ticks in memory. */
export function writeTicks(key: string, ticks: Record<string, boolean>): void {
  const store = storage();
  if (!store) {
    warnOnce(UNAVAILABLE);
    return;
  }
  try {
    store.setItem(key, JSON.stringify(ticks));
  } catch {
    warnOnce('could not save checklist ticks; they are kept for this page view only.');
  }
}

import type { ChecklistId, MethodId } from './data/guide-types.js';

/** Why content could not be used; the element keeps showing bundled content. */
export type DataErrorReason =
  | 'invalid-data' // content does not match guide.schema.json
  | 'invalid-json' // `src` did not return JSON
  | 'invalid-src' // `src` is not an http(s) URL
  | 'fetch-failed' // network error or HTTP error status
  | 'timeout' // `src`, or a bundled locale's chunk, did not answer in time
  | 'too-large' // `src` returned more than the size cap
  | 'locale-load-failed' // a bundled locale's chunk did not load
  | 'code-load-failed' // a chunk of the script's own code did not load (the validator, persist, sync-hash, styles)
  | 'data-attribute'; // `data` was set as an attribute, which is ignored (it is a property)

export interface DataErrorDetail {
  reason: DataErrorReason;
  /** What failed: the `src` URL, `data` for the data property (or attribute), or the locale whose chunk did not load. */
  source: string;
  /** Human-readable detail, e.g. the first invalid path. */
  message: string;
}

export interface MethodChangeDetail {
  method: MethodId;
  previous: MethodId;
  /** True when the browser's find-in-page opened the method to show a match in its hidden panel (absent for a click or a key). */
  findInPage?: true;
}

export interface ChecklistChangeDetail {
  list: ChecklistId;
  /** The item ticked or unticked; null when the user cleared the whole list. */
  item: string | null;
  checked: boolean;
  done: number;
  total: number;
  /** True when the user cleared the list with "Clear ticks" (then `item` is null and `checked` false). */
  cleared?: true;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'az-data-error': CustomEvent<DataErrorDetail>;
    'az-method-change': CustomEvent<MethodChangeDetail>;
    'az-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}

/** Every event of the library bubbles and crosses shadow roots, so a page can listen on `document`. */
export function emit<K extends 'az-data-error' | 'az-method-change' | 'az-checklist-change'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

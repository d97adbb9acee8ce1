/**
 * Lets elements without their own `lang` follow the page's language when a single-page app changes
 * `<html lang>` or an ancestor's `lang`. As in Shoelace's LocalizeController, one MutationObserver
 * serves every element, however many there are. It watches only `lang` attributes: in the document,
 * and in the shadow root that holds a registered element, if any (an app's component may set `lang`
 * there). A `lang` in a shadow root further out is not watched: that costs bytes every page pays
 * for a rare layout. Each element decides itself whether a change concerns it.
 */

import { isServer } from 'lit';

const listeners = new Map<Element, () => void>();
const observer = isServer ? undefined : new MutationObserver(() => listeners.forEach((listener) => listener()));

/** Calls `onChange` after any `lang` attribute changed above (or beside) `element`, until `unfollowPageLanguage`. */
export function followPageLanguage(element: Element, onChange: () => void): void {
  listeners.set(element, onChange);
  // Observing a root again is a no-op.
  for (const root of [document, element.getRootNode()])
    observer!.observe(root, { attributeFilter: ['lang'], subtree: true });
}

export function unfollowPageLanguage(element: Element): void {
  listeners.delete(element);
}

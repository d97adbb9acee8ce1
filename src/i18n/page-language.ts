/**
 * Lets elements without their own `lang` follow the page's language when a single-page app changes
 * `<html lang>` or an ancestor's `lang`. As in Shoelace's LocalizeController, one MutationObserver
 * serves every element, however many there are. It watches only `lang` attributes, in the document
 * and in each shadow root that holds a registered element (an ancestor's `lang` may be inside one).
 * Each element decides itself whether a change concerns it. The observer stays once created: with no
 * element registered, it only wakes when a `lang` changes.
 */

const listeners = new Map<Element, () => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange` after any `lang` attribute changed above (or beside) `element`, until `unfollowPageLanguage`. */
export function followPageLanguage(element: Element, onChange: () => void): void {
  listeners.set(element, onChange);
  observer ??= new MutationObserver(() => listeners.forEach((listener) => listener()));
  // The element's root, then the roots of its hosts up to the document (observing a root twice is a no-op).
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    if (!(root as Partial<ShadowRoot>).host) break;
  }
}

export function unfollowPageLanguage(element: Element): void {
  listeners.delete(element);
}

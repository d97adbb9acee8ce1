import type { CSSResult, LitElement } from 'lit';
import { adoptDeferredStyles } from '../../styles/deferred-styles.js';

/**
 * Gives `element` copies of its styles made by the document it is in now. Constructed stylesheets
 * belong to one document: moved into another (`adoptNode` into a same-origin iframe), Lit's own
 * would not apply (Chromium) or could not be adopted at all (Firefox). A chunk of its own: only a
 * page that moves an element into another document downloads it.
 */
export function adoptStylesHere(element: LitElement): void {
  const root = element.shadowRoot;
  const view = element.ownerDocument.defaultView;
  if (!root || !view) return; // a document without a window renders nothing anyway
  root.adoptedStyleSheets = ((element.constructor as typeof LitElement).elementStyles as CSSResult[]).map((style) => {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(style.cssText);
    return sheet;
  });
  adoptDeferredStyles(element);
}

/**
 * Registers a custom element unless the tag is taken, so that including the
 * script twice (or both the ES module and IIFE builds) never throws.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}

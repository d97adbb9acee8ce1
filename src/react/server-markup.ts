/**
 * What the React components render on the server (no `document`): the tag with every prop that has
 * an attribute written as that attribute (`lang`, `theme`, `heading-level`, …), so the element
 * upgrades in the browser with the same settings before React hydrates it; and inside
 * `<az-cancel-guide>`, the static snippet of its language, readable before (or without) JavaScript.
 * The snippets come from `az-cancel-guide/react`'s server build (react-server.ts), which registers
 * them here: the browser build never carries them.
 */
import type { ReactiveElement } from 'lit';

/** Returns the static snippet (HTML) for a `lang` and a heading level, or undefined. */
export type StaticSnippets = (lang: string, headingLevel: number | undefined) => string | undefined;

let staticSnippets: StaticSnippets | undefined;

/** Called once by the server build. */
export function registerStaticSnippets(snippets: StaticSnippets): void {
  staticSnippets = snippets;
}

/** Whether React renders on the server (no DOM). Checked on each render: a test may add a DOM later. */
export const renderingOnServer = (): boolean => typeof document === 'undefined';

/**
 * The props React renders for the element on the server. A prop that is a property of the element
 * is written as its attribute the way Lit reads it back (booleans present or absent, numbers as text),
 * or left out when the property has no attribute (`data`, `checked`) or no value; events are left out.
 */
export function serverProps(elementClass: typeof ReactiveElement, props: Record<string, unknown>, withSnippet: boolean): Record<string, unknown> {
  void elementClass.observedAttributes; // finalizes the class, which fills in elementProperties
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function' || key === 'ref') continue;
    const options = elementClass.elementProperties.get(key);
    if (!options) {
      rendered[key === 'className' ? 'class' : key] = value;
    } else if (options.attribute !== false && value !== undefined && value !== null && value !== false && typeof value !== 'object') {
      rendered[typeof options.attribute === 'string' ? options.attribute : key.toLowerCase()] = value === true ? '' : String(value);
    }
  }
  // Only where the element shows a bundled locale: content from `data` or `src` loads in the browser.
  const lang = typeof props.lang === 'string' ? props.lang : undefined;
  if (withSnippet && lang && props.data == null && props.src == null && props.children == null && props.dangerouslySetInnerHTML == null) {
    const headingLevel = props.headingLevel == null ? undefined : Number(props.headingLevel);
    const snippet = staticSnippets?.(lang, headingLevel);
    if (snippet) rendered.dangerouslySetInnerHTML = { __html: snippet };
  }
  return rendered;
}

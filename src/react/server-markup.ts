/**
 * What the React components render on the server (no `document`): the tag with every prop that has
 * an attribute written as that attribute (`lang`, `theme`, `heading-level`, …), so the element
 * upgrades in the browser with the same settings before React hydrates it; and inside
 * `<az-cancel-guide>`, the static snippet of its language, readable before (or without) JavaScript.
 *
 * Bundlers resolve a package the same way for the browser and for server rendering of client
 * components (Next.js uses the `browser` condition for both), so the snippet is loaded on demand,
 * with React 19's `use()`: the renderer and the locale are chunks a browser never fetches.
 */
import type { ReactiveElement } from 'lit';
import * as React from 'react';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadLocale } from '../data/locales.js';
import { matchLocale } from '../i18n/negotiate-locale.js';

/** Whether React renders on the server (no DOM). Checked on each render: a test may add a DOM later. */
export const renderingOnServer = (): boolean => typeof document === 'undefined';

/** Each snippet once made (by locale and heading level); a promise while it loads. */
const snippets = new Map<string, string | Promise<string>>();

/**
 * The static snippet of `lang`, from React 19's `use()` (server rendering waits for it); undefined
 * with React 17 and 18, which cannot wait, unless it was made before.
 */
function staticSnippet(lang: string, headingLevel: unknown): string | undefined {
  const locale = matchLocale(lang, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE;
  const level = Number(headingLevel) || undefined;
  const key = `${locale} ${level}`;
  let snippet = snippets.get(key);
  if (snippet === undefined) {
    snippet = Promise.all([import('../static/render-static-html.js'), loadLocale(locale)]).then(([{ renderStaticHtml }, content]) => {
      const html = renderStaticHtml(content, level ? { headingLevel: level } : {});
      snippets.set(key, html);
      return html;
    });
    snippets.set(key, snippet);
  }
  const use = (React as { use?: <T>(promise: Promise<T>) => T }).use;
  return typeof snippet === 'string' ? snippet : use?.(snippet);
}

/**
 * The props React renders for the element on the server. A prop that is a property of the element
 * is written as its attribute the way Lit reads it back (booleans present or absent, numbers as text),
 * or left out when the property has no attribute (`data`, `checked`) or no value; events are left out.
 */
export function serverProps(elementClass: typeof ReactiveElement, props: Record<string, unknown>, withSnippet: boolean): Record<string, unknown> {
  // Reading observedAttributes finalizes the class, which fills in elementProperties.
  const properties = elementClass.observedAttributes && elementClass.elementProperties;
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function' || key === 'ref') continue;
    const options = properties.get(key);
    if (!options) {
      rendered[key === 'className' ? 'class' : key] = value;
    } else if (options.attribute !== false && (typeof value === 'string' || typeof value === 'number' || value === true)) {
      rendered[typeof options.attribute === 'string' ? options.attribute : key.toLowerCase()] = value === true ? '' : String(value);
    }
  }
  // Only where the element shows a bundled locale: content from `data` or `src` loads in the browser.
  const { lang } = props;
  if (withSnippet && typeof lang === 'string' && lang && props.data == null && props.src == null && props.children == null && props.dangerouslySetInnerHTML == null) {
    const snippet = staticSnippet(lang, props.headingLevel);
    if (snippet) rendered.dangerouslySetInnerHTML = { __html: snippet };
  }
  return rendered;
}

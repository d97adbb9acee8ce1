/**
 * What the React components render on the server (no `document`): the tag with every prop that has
 * an attribute written as that attribute (`lang`, `theme`, `heading-level`, …), so the element
 * upgrades in the browser with the same settings before React hydrates it; and inside
 * `<az-cancel-guide>`, the static snippet of its language, readable before (or without) JavaScript.
 *
 * Bundlers resolve a package the same way for the browser and for server rendering of client
 * components (Next.js uses the `browser` condition for both), so the snippet's renderer and the
 * languages are loaded on demand, on the server only: chunks a browser never fetches.
 */
import type { ReactiveElement } from 'lit';
import * as React from 'react';
import { AVAILABLE_LOCALES, DEFAULT_LOCALE, loadedLocale, loadLocale } from '../data/locales.js';
import { matchLocale } from '../i18n/negotiate-locale.js';

/** Whether React renders on the server (no DOM). Checked on each render: a test may add a DOM later. */
export const renderingOnServer = (): boolean => typeof document === 'undefined';

/** Each snippet while its language or the renderer loads (by locale and heading level), for `use()`. */
const snippets = new Map<string, Promise<string>>();

/** The renderer, once loaded (see `staticSnippet`). */
let renderer: typeof import('../static/render-static-html.js') | undefined;
const loadRenderer = (): Promise<typeof import('../static/render-static-html.js')> =>
  import('../static/render-static-html.js').then((module) => (renderer = module));

// On the server, every language and the renderer load as soon as this module does, so that a render a
// moment later has the snippet at once, also in a renderer that cannot wait (`renderToString`).
if (renderingOnServer())
  void Promise.all([loadRenderer(), ...AVAILABLE_LOCALES.map((locale) => loadLocale(locale))]).catch(() => undefined);

/**
 * The static snippet of `lang`: at once when its language and the renderer have loaded, else through
 * React 19's `use()` (streaming and prerendering wait for it); undefined with React 17 and 18 until then.
 */
function staticSnippet(lang: string, headingLevel: unknown): string | undefined {
  const locale = matchLocale(lang, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE;
  const level = Number(headingLevel) || undefined;
  const options = level ? { headingLevel: level } : {};
  const content = loadedLocale(locale);
  if (renderer && content) return renderer.renderStaticHtml(content, options);
  const use = (React as { use?: <T>(promise: Promise<T>) => T }).use;
  if (!use) return undefined;
  const key = `${locale} ${level}`;
  let snippet = snippets.get(key);
  if (!snippet) {
    snippet = Promise.all([loadRenderer(), loadLocale(locale)]).then(([{ renderStaticHtml }, loaded]) =>
      renderStaticHtml(loaded, options),
    );
    snippets.set(key, snippet);
  }
  return use(snippet);
}

/**
 * The props React renders for the element on the server. A prop that is a property of the element
 * is written as its attribute the way Lit reads it back (booleans present or absent, numbers as text),
 * or left out when the property has no attribute (`data`, `checked`) or no value; events are left out.
 */
export function serverProps(
  elementClass: typeof ReactiveElement,
  props: Record<string, unknown>,
  withSnippet: boolean,
): Record<string, unknown> {
  // Reading observedAttributes finalizes the class, which fills in elementProperties.
  const properties = elementClass.observedAttributes && elementClass.elementProperties;
  const rendered: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'function' || key === 'ref') continue;
    const options = properties.get(key);
    if (!options) {
      rendered[key === 'className' ? 'class' : key] = value;
    } else if (
      options.attribute !== false &&
      (typeof value === 'string' || typeof value === 'number' || value === true)
    ) {
      rendered[typeof options.attribute === 'string' ? options.attribute : key.toLowerCase()] =
        value === true ? '' : String(value);
    }
  }
  // Only where the element shows a bundled locale: content from `data` or `src` loads in the browser.
  const { lang } = props;
  if (
    withSnippet &&
    typeof lang === 'string' &&
    lang &&
    props.data == null &&
    props.src == null &&
    props.children == null &&
    props.dangerouslySetInnerHTML == null
  ) {
    const snippet = staticSnippet(lang, props.headingLevel);
    if (snippet) rendered.dangerouslySetInnerHTML = { __html: snippet };
  }
  return rendered;
}

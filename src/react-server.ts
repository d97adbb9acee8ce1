/**
 * `az-cancel-guide/react` on the server (the `node` and edge export conditions): the same components
 * as react.ts, which also render, inside `<az-cancel-guide lang="…">`, the static snippet of that
 * language (see react/server-markup.ts). It bundles every locale's content, which a server can
 * afford and a browser should not download.
 */
import { AVAILABLE_LOCALES, DEFAULT_LOCALE } from './data/locales.js';
import { matchLocale } from './i18n/negotiate-locale.js';
import { registerStaticSnippets } from './react/server-markup.js';
import { renderStaticHtml } from './static/render-static-html.js';
import { LOCALE_CONTENTS } from 'virtual:locale-contents';

registerStaticSnippets((lang, headingLevel) => {
  const content = LOCALE_CONTENTS[matchLocale(lang, AVAILABLE_LOCALES) ?? DEFAULT_LOCALE];
  return content && renderStaticHtml(content, headingLevel === undefined || Number.isNaN(headingLevel) ? {} : { headingLevel });
});

export * from './react.js';

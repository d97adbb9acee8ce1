// Writes dist/static/<locale>.html for every bundled locale: the whole guide as static HTML to
// paste inside <az-cancel-guide> (or serve without JavaScript). Runs at the end of `npm run build`
// and uses what the build just made: the renderer and the locale data in dist/.
import { mkdirSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { renderStaticHtml } = await import(new URL('static/render-static-html.js', dist).href);
const { AVAILABLE_LOCALES, loadLocale } = await import(new URL('data/locales.js', dist).href);

const outDir = new URL('static/', dist);
mkdirSync(outDir, { recursive: true });
for (const locale of AVAILABLE_LOCALES) {
  const html = renderStaticHtml(await loadLocale(locale));
  writeFileSync(new URL(`${locale}.html`, outDir), html);
}
console.log(`dist/static/: ${AVAILABLE_LOCALES.map((l) => `${l}.html`).join(', ')}`);

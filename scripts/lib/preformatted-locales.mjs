// A Rollup plugin (also used by the test runner, through @web/dev-server-rollup): adds to each
// bundled locale's module, after @rollup/plugin-json made it one, as named exports:
// - the texts scripts/generate.mjs formatted at build time for that locale
//   (src/generated/preformatted.json): `export const date = "30 November 2026";`. The elements
//   read them (`Preformatted` in src/i18n/format.ts) instead of creating an Intl.DateTimeFormat or
//   NumberFormat on first render;
// - its interface strings, `export const ui = {…}`: the locale's translation
//   (src/components/translations/<locale>.ts), English for any string it lacks. So a locale's
//   chunk carries its interface strings, and no page downloads English ones it does not show.
import { existsSync, readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const TEXTS = new URL('../../src/generated/preformatted.json', import.meta.url);
const TRANSLATIONS = new URL('../../src/components/translations/', import.meta.url);
const LOCALE_FILE = /[/\\]src[/\\]data[/\\]([^/\\]+)\.json$/;

/** The default export of a translation module (an object literal; its imports are types only), or undefined without one. */
function translation(locale) {
  const file = new URL(`${locale}.ts`, TRANSLATIONS);
  if (!existsSync(file)) return undefined;
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'cjs' });
  const module = { exports: {} };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports.default;
}

/** Every interface string of `locale`: its translation, English where it has none. */
export function interfaceStrings(locale) {
  const english = translation('en');
  if (!english) throw new Error('no English translation in src/components/translations/en.ts');
  return { ...english, ...translation(locale) };
}

export function preformattedLocales() {
  return {
    name: 'preformatted-locales',
    transform(code, id) {
      const locale = LOCALE_FILE.exec(id.split('?')[0])?.[1];
      if (!locale) return null;
      // Read on every use: `npm run generate` may have run since (a watching dev server).
      const texts = JSON.parse(readFileSync(TEXTS, 'utf8'))[locale];
      if (!texts) throw new Error(`no preformatted texts for src/data/${locale}.json: run \`npm run generate\``);
      const exports = Object.entries({ ...texts, ui: interfaceStrings(locale) }).map(
        ([name, value]) => `export const ${name} = ${JSON.stringify(value)};`,
      );
      return { code: `${code}\n${exports.join('\n')}\n`, map: null };
    },
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { interfaceStrings } from '../../scripts/lib/preformatted-locales.mjs';

export const DATA_DIR = new URL('../../src/data/', import.meta.url);

/**
 * Every locale file under src/data/, keyed by file name without `.json`: `data` as the elements show it
 * (with the locale's interface strings, which its chunk carries), `file` as written.
 */
export function localeFiles() {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'guide.schema.json')
    .map((name) => {
      const file = JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8'));
      const locale = name.replace(/\.json$/, '');
      return { name: locale, file, data: { ...file, ui: interfaceStrings(locale) } };
    });
}

export function readJson(url) {
  return JSON.parse(readFileSync(url, 'utf8'));
}

/** Imports a TypeScript module of src/ in Node by bundling it with esbuild in memory. */
export async function importTs(path) {
  const result = await build({
    entryPoints: [new URL(path, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

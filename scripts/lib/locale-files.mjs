// The bundled locales are the files in src/data/: `<locale>.json`, one per language. Every script
// and Node test that needs them asks here; the elements' list is src/data/locales.ts (generated
// from the same folder by scripts/generate.mjs).
import { readdirSync, readFileSync } from 'node:fs';

export const DATA_DIR = new URL('../../src/data/', import.meta.url);

/** The locale tags, sorted: `['ar', 'az', 'en', …]`. */
export function localeNames() {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** Every locale with its parsed content. */
export function localeFiles() {
  return localeNames().map((name) => ({
    name,
    data: JSON.parse(readFileSync(new URL(`${name}.json`, DATA_DIR), 'utf8')),
  }));
}

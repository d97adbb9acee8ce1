import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { localeFiles as localeFilesAsWritten } from '../../scripts/lib/locale-files.mjs';
import { interfaceStrings } from '../../scripts/lib/preformatted-locales.mjs';

export { DATA_DIR, localeNames } from '../../scripts/lib/locale-files.mjs';

/**
 * Every locale under src/data/: `data` as the elements show it (with the locale's interface strings,
 * which its chunk carries), `file` as written.
 */
export function localeFiles() {
  return localeFilesAsWritten().map(({ name, data: file }) => ({
    name,
    file,
    data: { ...file, ui: interfaceStrings(name) },
  }));
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

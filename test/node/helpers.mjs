import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

export { DATA_DIR, localeFiles, localeNames } from '../../scripts/lib/locale-files.mjs';

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

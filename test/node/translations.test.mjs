// The interface strings (src/components/translations/): a module per translated locale, English complete.
// Another locale may lack a string (it is shown in English until translated), but never has one English lacks.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { importTs, localeFiles } from './helpers.mjs';

const DIR = new URL('../../src/components/translations/', import.meta.url);
const modules = readdirSync(DIR)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => name.slice(0, -'.ts'.length))
  .sort();

describe('translations of the interface strings', () => {
  it('English, and no module for a locale that is not bundled (a bundled locale without one shows English strings)', () => {
    const locales = new Set(localeFiles().map(({ name }) => name));
    assert.ok(modules.includes('en'));
    assert.deepEqual(
      modules.filter((name) => !locales.has(name)),
      [],
    );
  });

  for (const locale of modules) {
    it(`${locale}: only strings English has, each a non-empty text (progress: plural forms with "other")`, async () => {
      const { default: english } = await importTs(new URL('en.ts', DIR).pathname);
      const { default: strings } = await importTs(new URL(`${locale}.ts`, DIR).pathname);
      assert.deepEqual(
        Object.keys(strings).filter((key) => !(key in english)),
        [],
      );
      for (const [key, value] of Object.entries(strings)) {
        if (key === 'progress') assert.equal(typeof value.other, 'string', `${locale} progress.other`);
        else assert.ok(typeof value === 'string' && value.trim(), `${locale} ${key}`);
      }
    });
  }
});

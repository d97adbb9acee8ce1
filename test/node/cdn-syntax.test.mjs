// The CDN builds run as they are, untranspiled, in the travellers' browsers. This pins the syntax they
// may use: ES2022 (private methods keep names out of the bundle) but no class static blocks, which
// Safari lacks before 16.4. With Object.hasOwn that sets the floor at Chrome 93, Firefox 92, Safari 15.4.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'acorn';

const CDN = new URL('../../dist/cdn/', import.meta.url);

function cdnFiles() {
  assert.ok(existsSync(CDN), 'dist/cdn/ is missing: run `npm run build` first');
  const chunks = readdirSync(new URL('chunks/', CDN)).map((name) => `chunks/${name}`);
  return ['az-cancel-guide.js', 'az-cancel-guide.iife.js', ...chunks];
}

/** Node types of the syntax tree, to find constructs by kind. */
function nodeTypes(ast) {
  const types = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return undefined;
    types.add(node.type);
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
    return undefined;
  };
  visit(ast);
  return types;
}

describe('CDN builds', () => {
  for (const file of cdnFiles()) {
    it(`${file} parses as ES2022 without class static blocks`, () => {
      const code = readFileSync(new URL(file, CDN), 'utf8');
      const ast = parse(code, { ecmaVersion: 2022, sourceType: file.endsWith('.iife.js') ? 'script' : 'module' });
      assert.ok(!nodeTypes(ast).has('StaticBlock'), `${file} has a class static block: use a static getter instead`);
    });
  }
});

// For measuring only: puts the library into a chunk of its own, so scripts/test-frameworks.mjs can
// report the bytes it adds to each app. The library is az-cancel-guide, its dependencies (read from
// its package.json: Lit, Valibot), Lit's own packages and @lit/react where the wrapper is used. The
// framework's packages go to a chunk of their own first (else the library's chunk would take in
// React, which @lit/react imports), and the modules the library loads on demand (each locale, the
// validator with Valibot and the content model) stay separate. A real app needs none of this.
import { readFileSync } from 'node:fs';

const { dependencies = {} } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const names = ['az-cancel-guide', ...Object.keys(dependencies), 'lit-html', 'lit-element', '@lit', '@lit-labs'];
const LIBRARY = new RegExp(
  `[\\\\/]node_modules[\\\\/](${names.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})[\\\\/]`,
);
const ON_DEMAND =
  /[\\/]data[\\/][^\\/]+\.json(\.js)?$|[\\/](load-custom-guide|validate-guide|guide-model|guide-input)\.js$|[\\/]node_modules[\\/]valibot[\\/]/;
const PACKAGE = /[\\/]node_modules[\\/]/;

/** Vite's (Rolldown's) `build.rolldownOptions.output.codeSplitting`. */
export const libraryChunk = {
  groups: [
    { name: 'framework', priority: 2, test: (/** @type {string} */ id) => PACKAGE.test(id) && !LIBRARY.test(id) },
    {
      name: 'az-cancel-guide',
      priority: 1,
      includeDependenciesRecursively: false,
      test: (/** @type {string} */ id) => LIBRARY.test(id) && !ON_DEMAND.test(id),
    },
  ],
};

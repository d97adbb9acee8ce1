// For measuring only: puts the library (az-cancel-guide, Lit and @lit/react) into a chunk of its own,
// so scripts/test-frameworks.mjs can report the bytes it adds to each app. The framework's packages go
// to a chunk of their own first (else the library's chunk would take in React, which @lit/react imports),
// and the modules the library loads on demand (each locale, the validator) stay separate. A real app
// needs none of this.
const LIBRARY = /[\\/]node_modules[\\/](az-cancel-guide|lit|lit-html|lit-element|@lit)[\\/]/;
const ON_DEMAND = /[\\/]data[\\/][^\\/]+\.json(\.js)?$|[\\/]load-custom-guide\.js$/;
const PACKAGE = /[\\/]node_modules[\\/]/;

/** Vite's (Rolldown's) `build.rolldownOptions.output.codeSplitting`. */
export const libraryChunk = {
  groups: [
    { name: 'framework', priority: 2, test: (/** @type {string} */ id) => PACKAGE.test(id) && !LIBRARY.test(id) },
    { name: 'az-cancel-guide', priority: 1, test: (/** @type {string} */ id) => LIBRARY.test(id) && !ON_DEMAND.test(id) },
  ],
};

// `npm run lint` runs this (ESLint 9, flat config), then lit-analyzer and tsc; see CONTRIBUTING.md › Develop.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // The framework apps are checked by their own type checkers (tsc, vue-tsc, svelte-check) in `npm run test:frameworks`.
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'screenshots/',
      'out/',
      'custom-elements.json',
      'test/frameworks/',
    ],
  },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      // Typed linting: each TypeScript file is checked with the tsconfig.json that includes it (src/ and test/).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers in messages and selectors read fine; objects, null and undefined are still errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `@click=${() => this.select(id)}` is the idiomatic Lit listener.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // tsconfig has noUncheckedIndexedAccess: `!` marks a lookup the code has just checked or an index known to be
      // in range; a runtime check instead would add bytes to the bundles for branches that cannot run.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The DOM types declare `location`, `localStorage`, `navigator.clipboard` always present and properties set
      // by pages always well typed; the code deliberately guards against servers (SSR), insecure contexts and
      // hostile hosts, which these two rules would have it remove.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
      // Lit calls `@event=${this.handler}` listeners with the element as `this`; tests save and restore native
      // methods (`Storage.prototype.setItem`, `window.fetch`) to stub them.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Plain JavaScript (scripts, bin, configs, demo, Node tests) is in no tsconfig: no type-aware rules there.
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },

  // The elements and everything that runs in a page.
  {
    files: ['src/**/*.ts', 'test/browser/**/*.{ts,js}', 'demo/**/*.js'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    rules: {
      // LitElement implements every lifecycle callback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },
  // Node: build and measurement scripts, the CLI, Node tests, tool configs.
  {
    files: [
      'scripts/**',
      'bin/**',
      'test/node/**',
      'test/browser/**/*.mjs', // test-runner middleware
      '*.config.{js,mjs,cjs}',
    ],
    languageOptions: { globals: globals.node },
  },
  // Server rendering in Node: @lit-labs/ssr installs a `customElements` registry on globalThis.
  { files: ['test/node/**'], languageOptions: { globals: { customElements: 'readonly' } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // Functions that Puppeteer runs in the page (`page.evaluate`) use the page's globals.
  {
    files: [
      'scripts/measure/bench/serialize.mjs',
      'scripts/measure/bench.mjs',
      'scripts/measure/layout-shift.mjs',
      'scripts/test-frameworks.mjs',
    ],
    languageOptions: { globals: globals.browser },
  },

  // Tests.
  {
    files: ['**/*.test.ts', 'test/browser/**/*.ts'],
    rules: {
      // Chai's property assertions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Helpers like `deepQuery<T>()` mirror `querySelector<E>()`: the caller names the element it expects.
      '@typescript-eslint/no-unnecessary-type-parameters': 'off',
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a Promise (for `.dom.equal` snapshots,
      // which these tests do not use); other floating promises, e.g. `expect(el).to.be.accessible()`, are errors.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
    },
  },
);

import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { preformattedLocales } from './scripts/lib/preformatted-locales.mjs';
import { withoutSchemaDocs } from './scripts/lib/without-schema-docs.mjs';

const entries = {
  index: 'src/index.ts',
  'components/guide/az-cancel-guide-define': 'src/components/guide/az-cancel-guide-define.ts',
  'components/methods/az-cancel-methods-define': 'src/components/methods/az-cancel-methods-define.ts',
  'components/checklist/az-cancel-checklist-define': 'src/components/checklist/az-cancel-checklist-define.ts',
  // Pure, DOM-free: used by scripts/build-static.mjs and the CLI in Node (`az-cancel-guide/static.js`).
  'static/render-static-html': 'src/static/render-static-html.ts',
  // Server-side rendering with @lit-labs/ssr (`az-cancel-guide/ssr`): the elements plus preloadLocales().
  ssr: 'src/ssr.ts',
  // For the CLI (bin/) and the content editor (demo/editor.html), never imported by the elements:
  // warnings about valid content, and line:column of a JSON path (with jsonc-parser, a dependency).
  'lib/content-warnings': 'src/lib/content-warnings.ts',
  'lib/json-locations': 'src/lib/json-locations.ts',
  // React components made with @lit/react (`az-cancel-guide/react`); React and @lit/react are the site's (optional peers).
  react: 'src/react.ts',
};

/** Next.js and other React Server Components frameworks: the components are client components. */
const useClient = () => ({
  name: 'use-client',
  renderChunk: (code, chunk) =>
    chunk.name === 'react' && chunk.isEntry ? { code: `'use client';\n${code}`, map: null } : null,
});

// ES2022 keeps `#private` members, which the minifier renames (public names it must keep).
const typescript = () => [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), withoutSchemaDocs()];
const minify = () => terser({ module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } });
// V8's explicit compile hint: it compiles every function of the CDN entry while the script loads
// (streamed, off the main thread) instead of one by one during the first render, which calls nearly
// all of them. Measured (npm run bench's first render, module already imported): about 3 ms less;
// page load unchanged; 4 bytes brotli. Other engines ignore the comment.
const compileHints = () => ({
  name: 'compile-hints',
  renderChunk: (code, chunk) => (chunk.isEntry ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null),
});
// Lit's production build: no dev-mode warnings in the page's console.
const resolveForBrowsers = () => nodeResolve({ exportConditions: ['production'], browser: true });
// Each locale's module, with the texts formatted for it at build time (scripts/lib/preformatted-locales.mjs).
const jsonData = () => [json({ namedExports: false, compact: true }), preformattedLocales()];
/** A bundled locale's content: `src/data/<locale>.json`. */
const isLocaleModule = (id) => Boolean(id && /\/src\/data\/[^/]+\.json$/.test(id));
// `$schema` only points editors at the schema: no need to ship it in every locale chunk.
const withoutSchemaKey = () => ({
  name: 'without-schema-key',
  transform: (code, id) => {
    if (!id.includes('/src/data/') || !id.endsWith('.json')) return null;
    const data = JSON.parse(code);
    delete data.$schema;
    return { code: JSON.stringify(data), map: null };
  },
});
// The CDN bundles carry their own Lit without hydrate support, so they cannot hydrate server-rendered
// markup: build them with HYDRATION = false, and the minifier drops that code.
const withoutHydration = () => ({
  name: 'without-hydration',
  load: (id) => (id.endsWith('/src/lib/hydration.ts') ? 'export const HYDRATION = false;' : null),
});

/** What both CDN builds (the ES module and the classic script) are made with: Lit inlined, minified, no hydration. */
const cdnBuild = () => [
  withoutHydration(),
  withoutSchemaKey(),
  jsonData(),
  resolveForBrowsers(),
  typescript(),
  minifyHtmlLiterals(),
  minify(),
];

/** The validator the IIFE loads, when a page passes its own content, from next to the script. */
const VALIDATOR_FILE = 'az-cancel-guide.validator.js';
/** The optional parts (persist, sync-hash, moving between documents) the IIFE loads from next to the script. */
const PARTS_FILE = 'az-cancel-guide.parts.js';
const PARTS = /\/(persisted-ticks|clear-ticks|hash-sync|adopt-styles)\.js$/;
/** The print and forced-colours styles the IIFE loads from next to the script, on every page (see deferred-styles.ts). */
const STYLES_FILE = 'az-cancel-guide.styles.js';
// A classic script cannot split into chunks: instead of inlining what a page may not use, the IIFE
// imports it from its own folder, found from its own URL, which is only known while the script first
// runs (document.currentScript; kept inside the IIFE's scope): the validator (3 KB brotli, only for
// pages with their own content), the optional parts, and the language it shows, as the module build
// does: the same locale chunks, `chunks/<locale>.js`, data that imports nothing.
const besideScript = (specifier) => {
  const name = String(specifier);
  if (name.endsWith('/lib/load-custom-guide.js')) return VALIDATOR_FILE;
  if (PARTS.test(name)) return PARTS_FILE;
  if (name.endsWith('/styles/deferred-styles.js')) return STYLES_FILE;
  const locale = /\/src\/data\/([^/]+)\.json$/.exec(name)?.[1];
  return locale ? `chunks/${locale}.js` : undefined;
};
const importsBesideScript = () => ({
  name: 'imports-beside-script',
  resolveDynamicImport: (specifier, importer) => {
    const file = besideScript(
      specifier.startsWith?.('.') && importer ? new URL(specifier, `file://${importer}`).pathname : specifier,
    );
    return file ? { id: file, external: true } : null;
  },
  renderDynamicImport: ({ targetModuleId }) =>
    [VALIDATOR_FILE, PARTS_FILE, STYLES_FILE].includes(targetModuleId) || targetModuleId?.startsWith('chunks/')
      ? { left: 'import(new URL(', right: ', scriptUrl).href)' }
      : null,
});

export default [
  // For npm users: one file per source module, lit left to the site's bundler.
  {
    input: entries,
    external: (id) =>
      id === 'lit' ||
      id.startsWith('lit/') ||
      id.startsWith('@lit/') ||
      id === 'valibot' ||
      id === 'jsonc-parser' ||
      id === 'react',
    plugins: [jsonData(), typescript(), useClient()],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
  // CDN: one ES module with Lit inlined; each non-default locale is a chunk loaded on demand.
  {
    input: { 'az-cancel-guide': 'src/cdn.ts' },
    // Lets chunks import shared code from the entry instead of splitting the entry into a facade + chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: [...cdnBuild(), compileHints()],
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      entryFileNames: '[name].js',
      // A locale chunk is data that imports nothing: a stable URL (`chunks/ru.js`) lets a site
      // `<link rel="modulepreload">` its language, and a name without a random hash costs the entry
      // fewer bytes. Code chunks import from the entry, so theirs change with every build.
      chunkFileNames: (chunk) =>
        isLocaleModule(chunk.facadeModuleId) ? 'chunks/[name].js' : 'chunks/[name]-[hash:6].js',
    },
  },
  // Classic <script src>: the elements; its language, the validator and the optional parts beside it (see above).
  {
    input: 'src/define-all.ts',
    plugins: [importsBesideScript(), ...cdnBuild()],
    output: {
      file: 'dist/cdn/az-cancel-guide.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      intro: 'const scriptUrl = document.currentScript?.src || location.href;',
    },
  },
  // The validator for the IIFE, as a self-contained ES module.
  {
    input: 'src/lib/load-custom-guide.ts',
    plugins: [jsonData(), resolveForBrowsers(), typescript(), minify()],
    output: { file: `dist/cdn/${VALIDATOR_FILE}`, format: 'esm' },
  },
  // The optional parts for the IIFE, as one self-contained ES module (its own small copy of warnOnce).
  {
    input: 'src/optional-parts.ts',
    plugins: [resolveForBrowsers(), typescript(), minifyHtmlLiterals(), minify()],
    output: { file: `dist/cdn/${PARTS_FILE}`, format: 'esm' },
  },
  // The print and forced-colours styles for the IIFE.
  {
    input: 'src/styles/deferred-styles.ts',
    plugins: [typescript(), minifyHtmlLiterals(), minify()],
    output: { file: `dist/cdn/${STYLES_FILE}`, format: 'esm' },
  },
];

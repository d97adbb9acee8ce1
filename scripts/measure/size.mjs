// Prints the bytes a site downloads from the CDN build, per locale, against the decided budgets, and
// fails when a row exceeds its budget. Brotli bytes: deterministic, so CI can enforce them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const CDN = new URL('../../dist/cdn/', import.meta.url);
const KB = 1024;
/**
 * The budgets decided for the project, in brotli bytes. CI fails over any. Code and content are
 * reported apart: the entry (code), each locale chunk (content), then what a page downloads for its
 * first render. The IIFE loads its language from the same locale chunks as the module.
 */
const BUDGETS = {
  entry: 13.5 * KB, // the ES module entry: code shared by every locale
  locale: 5 * KB, // one locale's content chunk
  firstRender: 18.5 * KB, // the entry (or the classic script) plus one locale chunk: what a page in one language downloads
};

if (!existsSync(new URL('az-cancel-guide.js', CDN))) {
  console.error('dist/cdn/ is missing: run `npm run build` first.');
  process.exit(1);
}

const read = (name) => readFileSync(new URL(name, CDN));
const measure = (buffers) => {
  const sizes = { min: 0, gzip: 0, brotli: 0 };
  for (const buffer of buffers) {
    sizes.min += buffer.length;
    sizes.gzip += gzipSync(buffer, { level: 9 }).length;
    sizes.brotli += brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return sizes;
};

/**
 * A file and every chunk it imports statically (`import … from "./chunks/…"`), transitively: what a
 * page downloads before anything runs. `import(…)` is on demand and not followed.
 */
function withStaticImports(name, seen = new Set()) {
  if (seen.has(name)) return [];
  seen.add(name);
  const code = read(name).toString();
  const base = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
  const imported = [
    ...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{},\s]*from\s*)?["'](\.\.?\/[^"']+)["']/g),
  ].map((match) => new URL(match[1], `file:///${base}`).pathname.slice(1));
  return [name, ...imported.flatMap((file) => withStaticImports(file, seen))];
}

const chunkFiles = existsSync(new URL('chunks/', CDN)) ? readdirSync(new URL('chunks/', CDN)).sort() : [];
const entryFiles = withStaticImports('az-cancel-guide.js');
const entry = entryFiles.map(read);
// Locale chunks have stable names (`chunks/<locale>.js`), one per file in src/data/.
const localeChunks = chunkFiles.filter((f) =>
  existsSync(new URL(`../../src/data/${f.replace(/\.js$/, '')}.json`, import.meta.url)),
);
const rows = [
  [
    entryFiles.length > 1
      ? `code: ES module entry (with ${entryFiles.slice(1).join(', ')})`
      : 'code: ES module entry alone',
    measure(entry),
    BUDGETS.entry,
  ],
];
// Every locale the build made a chunk for: the registry is the files in src/data/.
for (const chunk of localeChunks)
  rows.push([`content: ${chunk.replace(/\.js$/, '')} chunk`, measure([read(`chunks/${chunk}`)]), BUDGETS.locale]);
for (const chunk of localeChunks) {
  const locale = chunk.replace(/\.js$/, '');
  rows.push([`first render: ES module + ${locale}`, measure([...entry, read(`chunks/${chunk}`)]), BUDGETS.firstRender]);
}
// Code only some pages load, on demand: the validator (pages with src/data), persist, sync-hash, a move into another
// document; and what every page loads after its first render: the print and forced-colours styles.
for (const chunk of chunkFiles.filter((f) => !localeChunks.includes(f) && !entryFiles.includes(`chunks/${f}`))) {
  const name = chunk.replace(/-[\w-]{6}\.js$/, '');
  rows.push([
    name === 'deferred-styles' ? `every page, after its first render: ${name}` : `on demand: ${name}`,
    measure([read(`chunks/${chunk}`)]),
    undefined,
  ]);
}
const iife = read('az-cancel-guide.iife.js');
// Beside the IIFE, loaded on demand: the validator and the optional parts.
for (const file of ['az-cancel-guide.validator.js', 'az-cancel-guide.parts.js'])
  rows.push([`on demand beside the IIFE: ${file}`, measure([read(file)]), undefined]);
rows.push([
  'every page, after its first render, beside the IIFE: az-cancel-guide.styles.js (print, forced colours)',
  measure([read('az-cancel-guide.styles.js')]),
  undefined,
]);
rows.push(['code: IIFE alone', measure([iife]), BUDGETS.entry]);
for (const chunk of localeChunks)
  rows.push([
    `classic-script page: IIFE + ${chunk.replace(/\.js$/, '')}`,
    measure([iife, read(`chunks/${chunk}`)]),
    BUDGETS.firstRender,
  ]);
// For information: a page that shows every language in turn (a language switcher) downloads all of them.
rows.push([
  'IIFE + every locale (for information)',
  measure([iife, ...localeChunks.map((chunk) => read(`chunks/${chunk}`))]),
  undefined,
]);

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
const table = rows.map(([name, s, budget]) => ({
  build: name,
  minified: fmt(s.min),
  gzip: fmt(s.gzip),
  brotli: fmt(s.brotli),
  budget: budget ? fmt(budget) : '',
  status: !budget
    ? ''
    : s.brotli <= budget
      ? `ok (${fmt(budget - s.brotli)} left)`
      : `OVER by ${fmt(s.brotli - budget)}`,
}));
console.table(table);
const over = rows.filter(([, s, budget]) => budget && s.brotli > budget);
if (over.length > 0) {
  console.error(`Over budget: ${over.map(([name]) => name).join(', ')}`);
  process.exit(1);
}
console.log('All size budgets met.');

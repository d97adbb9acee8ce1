// Writes the API reference, docs/api.md, and the generated tables in docs/theming.md from
// custom-elements.json, so the docs say exactly what the elements' JSDoc says.
//   node scripts/api-docs.mjs           after `cem analyze` (`npm run manifest` and `npm run build` run it)
//   node scripts/api-docs.mjs --check   analyses src/ afresh and fails if a committed file differs (`npm run lint`)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const API_DOC = 'docs/api.md';
export const THEMING_DOC = 'docs/theming.md';

/** The custom elements of a manifest, in the order of `TAG_ORDER` (then any others, by name). */
export function elementsOf(manifest) {
  const TAG_ORDER = ['az-cancel-guide', 'az-cancel-methods', 'az-cancel-checklist'];
  const found = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((decl) => decl.tagName));
  const rank = (tag) => (TAG_ORDER.includes(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.length);
  return found.sort((a, b) => rank(a.tagName) - rank(b.tagName) || a.tagName.localeCompare(b.tagName));
}

/** A table cell: one line, pipes escaped (GitHub honours `\|` inside code spans in tables too). */
const cell = (text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim() || '—';
const code = (text) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : '—');
const table = (head, rows) =>
  rows.length === 0
    ? []
    : [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`),
        '',
      ];

/** Public instance members: fields (properties) and methods, own and inherited. */
function publicMembers(decl, kind) {
  return (decl.members ?? []).filter(
    (member) =>
      member.kind === kind &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('#'),
  );
}

/** The package entry that defines `tag`, from the manifest's definition module and package.json's exports. */
function importPath(manifest, tag, exportsMap) {
  const mod = manifest.modules.find((m) =>
    (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === tag),
  );
  if (!mod) return undefined;
  const built = `./${mod.path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`;
  const entry = Object.entries(exportsMap ?? {}).find(
    ([, target]) => (typeof target === 'string' ? target : target.default) === built,
  );
  return entry ? `az-cancel-guide${entry[0].slice(1)}` : undefined;
}

function renderElement(manifest, decl, exportsMap) {
  const lines = [`## \`<${decl.tagName}>\``, ''];
  if (decl.summary) lines.push(decl.summary.trim(), '');
  if (decl.description) lines.push(decl.description.trim(), '');
  const entry = importPath(manifest, decl.tagName, exportsMap);
  if (entry)
    lines.push(
      `Defined by \`import 'az-cancel-guide'\` (all three elements) or \`import '${entry}'\` (this one). Class: \`${decl.name}\`.`,
      '',
    );

  const fields = publicMembers(decl, 'field');
  const attributes = decl.attributes ?? [];
  const rows = attributes.map((attribute) => {
    const field = fields.find((f) => f.name === attribute.fieldName);
    return [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      cell(attribute.description ?? field?.description),
    ];
  });
  for (const field of fields.filter((f) => !attributes.some((a) => a.fieldName === f.name))) {
    const readonly = field.readonly ? ' (read-only)' : '';
    rows.push(['—', code(field.name) + readonly, code(field.type?.text), code(field.default), cell(field.description)]);
  }
  lines.push(
    '### Attributes and properties',
    '',
    ...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], rows),
  );

  const methods = publicMembers(decl, 'method');
  if (methods.length > 0) {
    const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;
    lines.push(
      '### Methods',
      '',
      ...table(
        ['Method', 'Returns', 'Description'],
        methods.map((m) => [code(signature(m)), code(m.return?.type?.text), cell(m.description)]),
      ),
    );
  }
  const events = decl.events ?? [];
  if (events.length > 0)
    lines.push(
      '### Events',
      '',
      ...table(
        ['Event', 'Type', 'Description'],
        events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
      ),
    );
  const slots = decl.slots ?? [];
  if (slots.length > 0)
    lines.push(
      '### Slots',
      '',
      ...table(
        ['Slot', 'Description'],
        slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
      ),
    );
  const parts = decl.cssParts ?? [];
  if (parts.length > 0)
    lines.push(
      '### CSS parts',
      '',
      ...table(
        ['Part', 'Description'],
        parts.map((p) => [code(p.name), cell(p.description)]),
      ),
    );
  const properties = decl.cssProperties ?? [];
  if (properties.length > 0) {
    lines.push(
      '### CSS custom properties',
      '',
      ...table(
        ['Property', 'Default', 'Description'],
        properties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
      ),
    );
  }
  return lines;
}

/** docs/api.md, whole. */
export function renderApiReference(manifest, exportsMap) {
  const elements = elementsOf(manifest);
  return [
    '<!-- Generated by scripts/api-docs.mjs from custom-elements.json. Edit the JSDoc in src/, then run `npm run manifest`. -->',
    '',
    '# API reference',
    '',
    'Every attribute, property, event, slot, CSS part and CSS custom property of each element, from the JSDoc in the source (`custom-elements.json`). What the elements do with them: [elements.md](elements.md); colours and parts by example: [theming.md](theming.md); what happens with bad values: [bad-input-and-privacy.md](bad-input-and-privacy.md).',
    '',
    ...elements.map((decl) => `- [\`<${decl.tagName}>\`](#${decl.tagName})`),
    '',
    ...elements.flatMap((decl) => renderElement(manifest, decl, exportsMap)),
  ].join('\n');
}

/** The generated blocks of docs/theming.md, by marker name. */
export function themingBlocks(manifest) {
  const elements = elementsOf(manifest);
  const properties = new Map();
  for (const decl of elements) {
    for (const property of decl.cssProperties ?? []) {
      const known = properties.get(property.name) ?? { ...property, tags: [] };
      known.tags.push(decl.tagName);
      properties.set(property.name, known);
    }
  }
  const everywhere = (tags) => (tags.length === elements.length ? 'all' : tags.map((tag) => `\`<${tag}>\``).join(', '));
  const cssProperties = table(
    ['Property', 'Default (light)', 'Used for', 'Read by'],
    [...properties.values()].map((p) => [code(p.name), code(p.default), cell(p.description), everywhere(p.tags)]),
  );
  const cssParts = elements.flatMap((decl) => [
    `- \`<${decl.tagName}>\`: ${(decl.cssParts ?? []).map((p) => `\`${p.name}\``).join(', ')} ([descriptions](api.md#${decl.tagName}))`,
  ]);
  return { 'css-properties': cssProperties.join('\n').trimEnd(), 'css-parts': cssParts.join('\n') };
}

/** `text` with each `<!-- api-docs:NAME -->` … `<!-- /api-docs:NAME -->` block replaced by its generated content. */
export function fillBlocks(text, blocks) {
  let filled = text;
  for (const [name, content] of Object.entries(blocks)) {
    const pattern = new RegExp(`(<!-- api-docs:${name} -->)[\\s\\S]*?(<!-- /api-docs:${name} -->)`);
    if (!pattern.test(filled))
      throw new Error(`${THEMING_DOC} has no block <!-- api-docs:${name} --> … <!-- /api-docs:${name} -->`);
    filled = filled.replace(pattern, (_, start, end) => `${start}\n${content}\n${end}`);
  }
  return filled;
}

/** Every generated file, by path: its expected text. */
export function generatedFiles(manifest) {
  const { exports: exportsMap } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  const theming = readFileSync(new URL(THEMING_DOC, root), 'utf8');
  return {
    [API_DOC]: `${renderApiReference(manifest, exportsMap)}\n`,
    [THEMING_DOC]: fillBlocks(theming, themingBlocks(manifest)),
  };
}

/** Analyses src/ as `npm run manifest` does (custom-elements-manifest.config.mjs), without writing the manifest. */
async function freshManifest() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  return cli({ argv: ['analyze', '--quiet'], cwd: fileURLToPath(root), noWrite: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const manifest = check
    ? await freshManifest()
    : JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const stale = [];
  for (const [path, text] of Object.entries(generatedFiles(manifest))) {
    const file = new URL(path, root);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    if (check) stale.push(path);
    else writeFileSync(new URL(path, root), text);
  }
  if (stale.length > 0) {
    console.error(
      `${stale.join(' and ')} ${stale.length > 1 ? 'are' : 'is'} out of date with the elements' JSDoc: run \`npm run manifest\` and commit the result.`,
    );
    process.exit(1);
  }
}

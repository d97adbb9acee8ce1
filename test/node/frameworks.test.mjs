// The framework entries, from the built package (run after `npm run build`): the generated types say
// what custom-elements.json says, the bundled content is importable as `az-cancel-guide/data/<locale>.json`,
// and nothing of React reaches the CDN builds. `npm run test:frameworks` type-checks and runs real apps.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { localeFiles } from './helpers.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

function manifestElements() {
  assert.ok(
    existsSync(new URL('custom-elements.json', root)),
    'custom-elements.json is missing: run `npm run build` first',
  );
  const manifest = JSON.parse(read('custom-elements.json'));
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName));
}

/** The members of the interface `name` in a generated declaration file, as written. */
function interfaceMembers(source, name) {
  const body = new RegExp(`export interface ${name} \\{\\n([\\s\\S]*?)\\n\\}`).exec(source)?.[1];
  assert.ok(body, `no interface ${name}`);
  return body
    .split('\n')
    .filter((line) => !line.trim().startsWith('/**'))
    .map((line) => line.trim());
}

const quoted = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());

const FRAMEWORKS = [
  // [file, interface suffix, attribute as written, event prop as written, where the tags are declared, property as written]
  ['jsx.d.ts', 'JsxProps', (a) => a, (e) => `on${e}`, /declare module 'react' \{[\s\S]*declare module 'preact' \{/],
  ['vue.d.ts', 'VueProps', camel, (e) => `on${pascal(e)}`, /declare module 'vue' \{\s*interface GlobalComponents \{/],
  [
    'svelte.d.ts',
    'SvelteProps',
    (a) => a,
    (e) => `on${e}`,
    /declare module 'svelte\/elements' \{\s*interface SvelteHTMLElements \{/,
  ],
  [
    'solid.d.ts',
    'SolidProps',
    (a) => a,
    (e) => `on:${e}`,
    /declare module 'solid-js' \{\s*namespace JSX \{\s*interface IntrinsicElements \{/,
    (p) => `prop:${p}`,
  ],
];

describe('framework types (generated from custom-elements.json)', () => {
  const elements = manifestElements();

  for (const [file, suffix, attributeName, eventName, augmentation, propertyName = (p) => p] of FRAMEWORKS) {
    describe(file, () => {
      const source = read(`dist/${file}`);

      it('declares every tag where the framework looks for it', () => {
        assert.match(source, augmentation);
        for (const element of elements)
          assert.match(source, new RegExp(`'${element.tagName}': .*${element.name}${suffix}`));
      });

      for (const element of elements) {
        it(`${element.tagName}: every attribute typed as the element's field, the data property, every event with its detail`, () => {
          const members = interfaceMembers(source, `${element.name}${suffix}`);
          for (const attribute of element.attributes) {
            const own = `${element.name}['${attribute.fieldName}']`;
            assert.ok(
              members.some((m) => m.startsWith(`${quoted(attributeName(attribute.name))}?: ${own}`)),
              `${attribute.name} is missing or not typed as ${own}`,
            );
          }
          assert.ok(members.includes(`${quoted(propertyName('data'))}?: ${element.name}['data'];`), 'no data property');
          for (const event of element.events) {
            const detail = /^CustomEvent<(\w+)>$/.exec(event.type.text)[1];
            assert.ok(
              members.includes(`${quoted(eventName(event.name))}?: (event: CustomEvent<${detail}>) => void;`),
              `${event.name} is missing or its detail is not ${detail}`,
            );
          }
          assert.equal(
            members.length,
            element.attributes.length + 1 + element.events.length + (element.tagName === 'az-cancel-checklist' ? 1 : 0),
          );
        });
      }
    });
  }

  it('theme is typed by the element, so its values are the union, not string', () => {
    const theme = manifestElements()
      .find((e) => e.tagName === 'az-cancel-guide')
      .attributes.find((a) => a.name === 'theme');
    assert.match(theme.type.text, /'auto' \| 'light' \| 'dark'/);
  });
});

describe('content to start from: az-cancel-guide/data/<locale>.json', () => {
  for (const { name, file, data } of localeFiles()) {
    it(`${name}: importable through the package's exports, the bundled content with its interface strings, typed as GuideData`, async () => {
      const { default: published } = await import(`az-cancel-guide/data/${name}.json`, { with: { type: 'json' } });
      const { $schema, ...content } = published;
      const withoutSchema = Object.fromEntries(Object.entries(data).filter(([key]) => key !== '$schema'));
      assert.deepEqual(content, withoutSchema);
      assert.ok(Object.keys(content.ui).length > 0, 'carries the interface strings, so renderStaticHtml can show it');
      if (file.$schema) assert.equal($schema, '../guide.schema.json', 'points editors at the published schema');
      assert.match(read(`dist/data/${name}.d.json.ts`), /declare const guide: GuideData;\s*export default guide;/);
    });
  }
});

describe('React stays out of the CDN builds', () => {
  it('no React, @lit/react or wrapper code in any CDN file', () => {
    const cdn = new URL('dist/cdn/', root);
    const files = [
      'az-cancel-guide.js',
      'az-cancel-guide.iife.js',
      ...readdirSync(new URL('chunks/', cdn)).map((f) => `chunks/${f}`),
    ];
    for (const file of files) {
      const code = readFileSync(new URL(file, cdn), 'utf8');
      for (const marker of [/\breact\b/i, /forwardRef/, /useLayoutEffect/, /createComponent/, /onMethodChange/]) {
        assert.doesNotMatch(code, marker, `${file} contains ${marker}`);
      }
    }
  });
});

// Writes the framework types from custom-elements.json, so they never drift from the elements:
//   dist/jsx.d.ts     `az-cancel-guide/jsx`: the tags in React 19's and Preact's JSX
//   dist/vue.d.ts     `az-cancel-guide/vue`: GlobalComponents for Vue 3 templates
//   dist/svelte.d.ts  `az-cancel-guide/svelte`: SvelteHTMLElements for Svelte 5
//   dist/solid.d.ts   `az-cancel-guide/solid`: Solid's JSX (`prop:data`, `on:az-method-change`)
// Each attribute and property is typed as the element's own field (`AzCancelGuide['theme']`, so
// `theme` is `'auto' | 'light' | 'dark'`), and each event with its detail type, spelled the way the
// framework dispatches it. (The custom-element-*-integration libraries were tried: see README › Frameworks.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

/** The elements as the generators need them, in the manifest's order. */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const className = declaration.name;
      const attributes = (declaration.attributes ?? []).map((attribute) => ({
        attribute: attribute.name,
        field: attribute.fieldName,
        description: attribute.description,
        // Markup writes numbers as text (`heading-level="3"`).
        numeric: attribute.type?.text === 'number',
      }));
      const withAttribute = new Set(attributes.map((a) => a.field));
      const properties = (declaration.members ?? [])
        .filter(
          (m) =>
            m.kind === 'field' &&
            !m.static &&
            !m.readonly &&
            (m.privacy ?? 'public') === 'public' &&
            !withAttribute.has(m.name),
        )
        .map((m) => ({ field: m.name, description: m.description }));
      const events = (declaration.events ?? []).map((event) => {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        if (!detail)
          throw new Error(
            `${declaration.tagName} ${event.name}: the manifest's event type must be CustomEvent<DetailType>`,
          );
        return { name: event.name, detail, description: event.description };
      });
      elements.push({
        tag: declaration.tagName,
        className,
        summary: declaration.summary ?? '',
        attributes,
        properties,
        events,
      });
    }
  }
  if (elements.length === 0) throw new Error('custom-elements.json documents no element: run `npm run manifest` first');
  return elements;
}

const elements = elementsOf(manifest);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function importLine() {
  const names = new Set(elements.flatMap((e) => [e.className, ...e.events.map((event) => event.detail)]));
  return `import type { ${[...names].sort().join(', ')} } from './index.js';`;
}

/** One interface of props per element; `name` says how each member is spelled in the framework. */
function propsInterfaces(suffix, { attributeName, propertyName, eventName }) {
  return elements
    .map((element) => {
      const type = (field, numeric) => {
        const own = `${element.className}['${field}']`;
        return numeric ? `${own} | \`\${${own}}\`` : own;
      };
      const members = [
        ...element.attributes.map(
          (a) => `${doc(a.description)}  ${key(attributeName(a))}?: ${type(a.field, a.numeric)};\n`,
        ),
        ...element.properties.map((p) => `${doc(p.description)}  ${key(propertyName(p))}?: ${type(p.field)};\n`),
        ...element.events.map(
          (e) => `${doc(e.description)}  ${key(eventName(e))}?: (event: CustomEvent<${e.detail}>) => void;\n`,
        ),
      ];
      return `${doc(`\`<${element.tag}>\`: ${element.summary}`, '')}export interface ${element.className}${suffix} {\n${members.join('')}}\n`;
    })
    .join('\n');
}

const HEADER = '// Generated from custom-elements.json by scripts/build-framework-types.mjs. Do not edit.\n';
const files = {
  'jsx.d.ts': `${HEADER}/**
 * \`import type {} from 'az-cancel-guide/jsx'\` types the tags in React 19's and Preact's JSX: every
 * attribute (by its attribute name), the properties without one (\`data\`), and the events as React 19
 * and Preact dispatch them: \`onaz-method-change\`, with \`event.detail\` typed.
 */
${importLine()}

${propsInterfaces('JsxProps', { attributeName: (a) => a.attribute, propertyName: (p) => p.field, eventName: (e) => `on${e.name}` })}
// Each part resolves only where that library is installed; \`@ts-ignore\` keeps the other's absence from
// being an error where declaration files are checked (skipLibCheck: false).
// @ts-ignore -- React is not installed
type ReactProps<E> = import('react').DetailedHTMLProps<import('react').HTMLAttributes<E>, E>;
// @ts-ignore -- Preact is not installed
type PreactProps<E extends EventTarget> = import('preact').HTMLAttributes<E>;

// @ts-ignore -- React is not installed
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e.summary, '      ')}      '${e.tag}': ReactProps<${e.className}> & ${e.className}JsxProps;`).join('\n')}
    }
  }
}

// @ts-ignore -- Preact is not installed
declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e.summary, '      ')}      '${e.tag}': PreactProps<${e.className}> & ${e.className}JsxProps;`).join('\n')}
    }
  }
}
`,
  'vue.d.ts': `${HEADER}/**
 * \`import type {} from 'az-cancel-guide/vue'\` types the tags in Vue 3 templates (vue-tsc, Volar):
 * attributes, the properties without one (\`:data\`) and the events (\`@az-method-change\`, with
 * \`event.detail\` typed). Vue needs \`isCustomElement\` (see README › Frameworks) to render them.
 */
import type { DefineComponent } from 'vue';
${importLine()}

${propsInterfaces('VueProps', {
  attributeName: (a) => camel(a.attribute),
  propertyName: (p) => p.field,
  eventName: (e) => `on${pascal(e.name)}`,
})}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((e) => `${doc(e.summary, '    ')}    '${e.tag}': DefineComponent<${e.className}VueProps>;`).join('\n')}
  }
}
`,
  'svelte.d.ts': `${HEADER}/**
 * \`import type {} from 'az-cancel-guide/svelte'\` types the tags in Svelte 5 (svelte-check):
 * attributes, the properties without one (\`data={guide}\`) and the events as Svelte 5 attributes
 * (\`onaz-method-change\`, with \`event.detail\` typed).
 */
import type { HTMLAttributes } from 'svelte/elements';
${importLine()}

${propsInterfaces('SvelteProps', { attributeName: (a) => a.attribute, propertyName: (p) => p.field, eventName: (e) => `on${e.name}` })}
declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((e) => `${doc(e.summary, '    ')}    '${e.tag}': HTMLAttributes<${e.className}> & ${e.className}SvelteProps;`).join('\n')}
  }
}
`,
  'solid.d.ts': `${HEADER}/**
 * \`import type {} from 'az-cancel-guide/solid'\` types the tags in Solid's JSX: attributes (by their
 * attribute name), the properties without one as \`prop:data={guide}\` (Solid sets them as properties
 * only when asked), and the events as \`on:az-method-change\`, with \`event.detail\` typed.
 */
${importLine()}

${propsInterfaces('SolidProps', { attributeName: (a) => a.attribute, propertyName: (p) => `prop:${p.field}`, eventName: (e) => `on:${e.name}` })}
declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((e) => `${doc(e.summary, '      ')}      '${e.tag}': JSX.HTMLAttributes<${e.className}> & ${e.className}SolidProps;`).join('\n')}
    }
  }
}
`,
};

mkdirSync(new URL('dist/', root), { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(new URL(`dist/${name}`, root), text);
console.log(
  `framework types: ${Object.keys(files)
    .map((name) => `dist/${name}`)
    .join(', ')} (${elements.map((e) => e.tag).join(', ')})`,
);

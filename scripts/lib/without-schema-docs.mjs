// A Rollup plugin: empties the `v.description(…)` and `v.title(…)` texts of the content model
// (src/data/guide-model.ts) in the built code. They are for editors, and reach them through
// guide.schema.json (scripts/generate.mjs reads the model's source); the validator never reads
// them, and they would be a third of its chunk. Runs after TypeScript is compiled to JavaScript.
import { parse } from 'acorn';

const MODEL = /[/\\]src[/\\]data[/\\]guide-model\.ts$/;
const DOCS = new Set(['description', 'title']);

export function withoutSchemaDocs() {
  return {
    name: 'without-schema-docs',
    transform(code, id) {
      if (!MODEL.test(id)) return null;
      const emptied = [];
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node.type !== 'string') return;
        const { callee } = node;
        if (
          node.type === 'CallExpression' &&
          callee.type === 'MemberExpression' &&
          DOCS.has(callee.property.name) &&
          node.arguments.length === 1
        ) {
          emptied.push(node.arguments[0]);
        }
        for (const [key, child] of Object.entries(node)) if (key !== 'type' && typeof child === 'object') visit(child);
      };
      visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
      if (emptied.length === 0)
        throw new Error('without-schema-docs: no v.description() in the content model; update the plugin');
      let out = code;
      for (const { start, end } of emptied.sort((a, b) => b.start - a.start))
        out = `${out.slice(0, start)}""${out.slice(end)}`;
      return { code: out, map: null };
    },
  };
}

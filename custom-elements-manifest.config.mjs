// `npm run manifest` (cem analyze) reads this; scripts/api-docs.mjs --check runs the same analysis.

/**
 * Members documented `@internal` stay out of the manifest, and so out of docs/api.md and the framework types.
 * The analyzer skips such a field, but adds it back from `static get properties()`.
 */
function withoutInternalMembers() {
  const internal = new Map(); // class name → names of its internal members
  return {
    name: 'without-internal-members',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = node.members
        .filter((member) => member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal'))
        .map((member) => member.name.getText());
      if (names.length) internal.set(node.name.getText(), new Set(names));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = internal.get(declaration.name);
        if (names) declaration.members = declaration.members?.filter((member) => !names.has(member.name));
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  // package.json names the manifest already; a check run into another folder must not rewrite it.
  packagejson: false,
  plugins: [withoutInternalMembers()],
};

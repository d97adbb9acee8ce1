// `npm run manifest` (cem analyze) reads this; scripts/api-docs.mjs --check runs the same analysis.
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  // package.json names the manifest already; a check run into another folder must not rewrite it.
  packagejson: false,
};

// `npm start`: serves the demo on the built bundles, as a site would use them.
export default {
  port: 8000,
  hostname: 'localhost',
  rootDir: '.',
  open: false,
  watch: false,
  nodeResolve: false,
};

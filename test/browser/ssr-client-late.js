// Lit before its hydrate support, as a bundler's shared chunk can order them (loaded by GET /ssr-page?client=late-support):
// Lit is not patched, so the elements cannot hydrate the server's markup and must render afresh, once.
import 'az-cancel-guide';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

// The client code of docs/server-rendering-and-static-snippets.md for a server-rendered page (loaded by GET /ssr-page, see ssr-middleware.mjs).
// The hydrate support first: it must run before anything imports Lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'az-cancel-guide';

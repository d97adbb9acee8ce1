/**
 * Whether this build can hydrate server-rendered markup (with `@lit-labs/ssr-client`). The CDN
 * bundles carry their own copy of Lit without hydrate support, so their build replaces this module
 * with `false` and the minifier drops the hydration code (see rollup.config.mjs).
 */
export const HYDRATION: boolean = true;

// Web Test Runner middleware for test/browser/ssr-hydration.test.ts: renders on the server with
// @lit-labs/ssr from the built package (dist/, through `az-cancel-guide/ssr`), as the recipe in docs/server-rendering-and-static-snippets.md does.
//   GET /ssr?tag=az-cancel-guide&lang=ru&persist  → the HTML of one element
//   GET /ssr-page?lang=ru                         → a whole page, streamed, with the recipe's client script
//   GET /ssr-page?lang=ru&client=cdn|npm-only|late-support → … with the CDN bundle, the npm build without hydrate
//                                                  support, or with the hydrate support loaded after Lit
//   GET /ssr-date?lang=az&date=2026-11-26          → the date as the server formats it (Node's Intl, the built formatDate)

const TAGS = new Set(['az-cancel-guide', 'az-cancel-methods', 'az-cancel-checklist']);
const ATTRIBUTES = new Set(['lang', 'theme', 'method', 'list', 'persist', 'sync-hash', 'heading-level', 'storage-key']);

const CLIENTS = {
  recipe: '/test/browser/ssr-client.js',
  cdn: '/dist/cdn/az-cancel-guide.js',
  'npm-only': '/dist/index.js',
  'late-support': '/test/browser/ssr-client-late.js',
};

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Loaded on the first request, so that the test runner's own start-up stays free of Lit's server build. */
let server;
async function loadServer() {
  const [
    { render },
    { collectResultSync },
    { RenderResultReadable },
    { html, unsafeStatic },
    { preloadLocales },
    { formatDate },
  ] = await Promise.all([
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
    import('@lit-labs/ssr/lib/render-result-readable.js'),
    import('lit/static-html.js'),
    import('az-cancel-guide/ssr'),
    // The formatter the server rendering used (not exported by the package: taken from the build).
    import(new URL('../../dist/i18n/format-date.js', import.meta.url).href),
  ]);
  await preloadLocales();

  /** The recipe's page: the client script is a module, so it runs once the server's markup is parsed. */
  function* page(lang, client) {
    yield `<!doctype html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>SSR</title>
<script>
  // For the test: everything that goes wrong in this page.
  window.ssrProblems = [];
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => { window.ssrProblems.push(level + ': ' + args.join(' ')); original.apply(console, args); };
  }
  addEventListener('error', (event) => window.ssrProblems.push('uncaught: ' + event.message));
  addEventListener('unhandledrejection', (event) => window.ssrProblems.push('unhandled rejection: ' + event.reason));
</script>
<script type="module" src="${CLIENTS[client] ?? CLIENTS.recipe}"></script>
</head><body>`;
    yield* render(html`<az-cancel-guide lang=${lang}></az-cancel-guide>`);
    // For the test: a node of the server's markup, taken before the module script hydrates it.
    yield `<script>window.serverTitle = document.querySelector('az-cancel-guide').shadowRoot.querySelector('h2');</script></body></html>`;
  }

  return {
    element: (markup) => collectResultSync(render(html`${unsafeStatic(markup)}`)),
    page: (lang, client) => new RenderResultReadable(page(lang, client)),
    date: formatDate,
  };
}

export async function ssrMiddleware(context, next) {
  if (context.path !== '/ssr' && context.path !== '/ssr-page' && context.path !== '/ssr-date') return next();
  server ??= loadServer();
  const { element, page, date } = await server;
  if (context.path === '/ssr-date') {
    context.type = 'text/plain';
    context.body = date(String(context.query.date ?? ''), String(context.query.lang ?? ''));
    return undefined;
  }
  const { tag = 'az-cancel-guide', ...query } = context.query;
  if (!TAGS.has(tag)) {
    context.status = 400;
    context.body = 'unknown tag';
    return undefined;
  }
  context.type = 'text/html';
  if (context.path === '/ssr-page') {
    context.body = page(String(query.lang ?? 'en'), String(query.client ?? 'recipe'));
    return undefined;
  }
  const attributes = Object.entries(query)
    .filter(([name]) => ATTRIBUTES.has(name))
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(String(value))}"`));
  context.body = element(`<${tag} ${attributes.join(' ')}></${tag}>`);
  return undefined;
}

// Serves files for the measuring scripts and the framework apps with @web/dev-server (what
// `npm start` and the test runner use): 127.0.0.1 only, on a free port, plus responses held in
// memory (`pages`), which take precedence over files.
import { gzipSync } from 'node:zlib';
import { startDevServer } from '@web/dev-server';

/**
 * @param {string} rootDir directory to serve (a directory's index.html is served for it)
 * @param {object} [options]
 * @param {Map<string, string | Buffer>} [options.pages] pathname -> body held in memory (type from the extension, never cached)
 * @param {boolean} [options.gzip] compress text when the client accepts it, as a production server would
 * @param {string} [options.cacheControl] Cache-Control of files
 * @param {(pathname: string) => number} [options.delay] milliseconds to hold a response back (a slow network)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(
  rootDir,
  { pages = new Map(), gzip = false, cacheControl = 'max-age=3600', delay = () => 0 } = {},
) {
  /** @type {import('koa').Middleware} */
  const middleware = async (context, next) => {
    const page = pages.get(context.path);
    if (page !== undefined) {
      context.type = context.path.split('.').pop() ?? 'txt';
      context.body = page;
      context.set('cache-control', 'no-store');
    } else {
      await next();
      if (context.status === 200) context.set('cache-control', cacheControl);
    }
    if (
      gzip &&
      context.status === 200 &&
      /^(text\/|application\/(json|javascript)|image\/svg)/.test(context.type) &&
      context.acceptsEncodings('gzip') === 'gzip'
    ) {
      context.body = gzipSync(await bodyBytes(context.body));
      context.set('content-encoding', 'gzip');
      context.vary('accept-encoding');
    }
    const wait = delay(context.path);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
  };
  const server = await startDevServer({
    config: { rootDir, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware: [middleware] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  return { origin: `http://127.0.0.1:${server.config.port}`, close: () => server.stop() };
}

/** A Koa body (string, Buffer or stream) as bytes. */
async function bodyBytes(body) {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return Buffer.from(body);
  const chunks = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

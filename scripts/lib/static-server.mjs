// A small static file server for the measuring scripts (bench, layout-shift, lighthouse):
// 127.0.0.1 only, on a free port picked by the OS. Serves the repository root, plus responses
// held in memory (`pages`), which take precedence over files.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {string} root directory to serve
 * @param {object} [options]
 * @param {Map<string, string | Buffer>} [options.pages] pathname -> body held in memory (type from the extension)
 * @param {boolean} [options.gzip] compress text when the client accepts it, as a production server would
 * @param {boolean} [options.index] serve `index.html` for a directory
 * @param {string} [options.cacheControl] Cache-Control of files (in-memory pages are `no-store`)
 * @param {(pathname: string) => number} [options.delay] milliseconds to hold a response back (a slow network)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root, { pages = new Map(), gzip = false, index = false, cacheControl = 'max-age=3600', delay = () => 0 } = {}) {
  const rootDir = resolve(root);

  async function respond(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    let body = pages.get(pathname);
    let file = pathname;
    const headers = { 'cache-control': body === undefined ? cacheControl : 'no-store' };
    if (body === undefined) {
      file = resolve(rootDir, `.${pathname}`);
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        res.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => undefined);
      if (index && info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': TYPES['.txt'] }).end(`not found: ${pathname}`);
        return;
      }
      body = await readFile(file);
    }
    headers['content-type'] = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    if (gzip && /^(text\/|application\/json|image\/svg)/.test(headers['content-type']) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    }
    headers['content-length'] = Buffer.byteLength(body);
    const wait = delay(pathname);
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': TYPES['.txt'] });
      res.end(String(error));
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/**
 * The bench's web server: files compressed once, before the first request, and sent as they
 * are, as a static host sends its assets. `vite preview` gzips each response while it sends it,
 * on the same two cores as the browser being timed; the synthetic datasets were served
 * precompressed, the app was not, so the comparison was not even (issue 10).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

interface Served {
  body: Buffer;
  type: string;
  etag: string;
}

/** Every file under `dir` by its address (`/assets/x.js`), `/` standing for `/index.html`. */
export function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string, address: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, `${address}${name}/`);
      else files.set(`${address}${name}`, readFileSync(path));
    }
  };
  walk(dir, '/');
  return files;
}

/**
 * Serves `files` (address → content) gzipped, on every interface of `port` (so `localhost` and
 * 127.0.0.1 both answer), readable from any origin (the datasets are opened with `?data=`).
 * A repeated request with the file's ETag gets a 304, as from a static host.
 */
export async function serveGzipped(port: number, files: Map<string, Buffer>): Promise<Server> {
  const served = new Map<string, Served>();
  for (const [address, content] of files) {
    served.set(address, {
      body: gzipSync(content),
      type: TYPES[extname(address)] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(content).digest('hex')}"`,
    });
  }
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const file = served.get(path.endsWith('/') ? `${path}index.html` : path);
    if (!file) return void res.writeHead(404).end();
    const headers = {
      'access-control-allow-origin': '*',
      'cache-control': 'no-cache',
      etag: file.etag,
    };
    if (req.headers['if-none-match'] === file.etag) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'content-type': file.type, 'content-encoding': 'gzip' });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  return server;
}

import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveGzipped } from '../../scripts/serve-gzipped.ts';

const PAGE = '<!doctype html><title>page</title>';
const SCRIPT = 'export const x = 1;';
let server: Server;
let base: string;

beforeAll(async () => {
  server = await serveGzipped(
    0,
    new Map([
      ['/index.html', Buffer.from(PAGE)],
      ['/assets/app.js', Buffer.from(SCRIPT)],
    ]),
  );
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** Node's fetch would decompress: the raw answer, as the browser receives it. */
async function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('serveGzipped (the bench’s server)', () => {
  it('sends each file gzipped, with its type; the folder’s address is its index.html', async () => {
    const page = await get('/?data=x');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe(PAGE);
    const script = await get('/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript');
    expect(script.headers['access-control-allow-origin']).toBe('*');
    expect(gunzipSync(script.body).toString()).toBe(SCRIPT);
  });

  it('a request with the file’s ETag gets a 304 and no body; an unknown address a 404', async () => {
    const first = await get('/assets/app.js');
    const again = await get('/assets/app.js', { 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get('/assets/other.js')).status).toBe(404);
  });
});

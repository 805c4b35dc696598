/** Text files go out compressed when the build left a .br or .gz copy beside them. */
import http from 'node:http';
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './fixture.js';

let server: TestServer;
const SCRIPT = 'console.log("app");'.repeat(200);

beforeAll(async () => {
  server = await startTestServer();
  const file = join(server.appDir, 'assets/big-abc123.js');
  await writeFile(file, SCRIPT);
  await writeFile(`${file}.br`, brotliCompressSync(SCRIPT));
  await writeFile(`${file}.gz`, gzipSync(SCRIPT));
  // A copy older than its file is stale (a rebuild without compressing): never sent.
  const stale = join(server.appDir, 'assets/stale-abc123.js');
  await writeFile(`${stale}.gz`, gzipSync('old'));
  await writeFile(stale, 'new');
  await utimes(`${stale}.gz`, new Date(2000, 0, 1), new Date(2000, 0, 1));
});
afterAll(() => server.stop());

/** A GET with exactly these headers; the body as raw bytes. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('precompressed copies', () => {
  it('sends brotli to a browser that accepts it, with its length and Vary', async () => {
    const res = await get('/assets/big-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(res.body).toString()).toBe(SCRIPT);
  });

  it('sends gzip when brotli is refused or not named', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const res = await get('/assets/big-abc123.js', { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).toString()).toBe(SCRIPT);
    }
  });

  it('sends the file itself to a client that accepts no encoding', async () => {
    const res = await get('/assets/big-abc123.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.body.toString()).toBe(SCRIPT);
  });

  it('never sends a copy older than the file', async () => {
    const res = await get('/assets/stale-abc123.js', { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe('new');
  });

  it('gives each encoding its own ETag, and answers 304 to the matching one', async () => {
    const br = await get('/assets/big-abc123.js', { 'accept-encoding': 'br' });
    const plain = await get('/assets/big-abc123.js');
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const again = await get('/assets/big-abc123.js', { 'accept-encoding': 'br', 'if-none-match': br.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

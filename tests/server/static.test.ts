import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET, rawRequest, startTestServer, type TestServer } from './fixture.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

const get = (path: string, init?: RequestInit) => fetch(server.baseURL + path, init);

describe('cache headers', () => {
  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/workbox-1a2b3c.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    ['/werkboek/home', 'no-cache'],
    ['/assets/app-abc123.js', 'public, max-age=31536000, immutable'],
    ['/icons/x.png', 'public, max-age=3600'],
    ['/robots.txt', 'public, max-age=3600'],
  ])('%s → %s', async (path, expected) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(expected);
  });
});

describe('static files', () => {
  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app-abc123.js', 'text/javascript; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/icons/x.png', 'image/png'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ])('%s has Content-Type %s', async (path, type) => {
    expect((await get(path)).headers.get('content-type')).toBe(type);
  });

  it('serves the file itself', async () => {
    expect(await (await get('/assets/app-abc123.js')).text()).toBe('console.log("app");');
  });

  it('answers 304 when the browser already has the current version', async () => {
    const first = await get('/sw.js');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/sw.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
  });

  it('sends headers but no body for HEAD', async () => {
    const res = await get('/assets/app-abc123.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String('console.log("app");'.length));
    expect(await res.text()).toBe('');
  });
});

describe('app shell fallback', () => {
  it('answers client-side routes with index.html', async () => {
    const res = await get('/werkboek/home?tab=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Mijn Werkboek</title>');
  });

  it('answers a folder without index.html with the app shell', async () => {
    expect(await (await get('/icons')).text()).toContain('Mijn Werkboek');
  });

  it('answers 404 for a missing file with an extension', async () => {
    const res = await get('/nope.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 405 with Allow for other methods', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await get('/werkboek/home', { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
  });
});

describe('bad and hostile requests', () => {
  const traversals = [
    '/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2fsrc',
    '/..%2fsrc/index.html',
    '/%2e%2e%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
  ];
  it.each(traversals)('%s never leaks and never fails with 5xx', async (path) => {
    const res = await rawRequest(server.port, path);
    expect(res.status).toBeLessThan(500);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('root:');
  });

  it('refuses a path that climbs out of the app folder with 400', async () => {
    expect((await rawRequest(server.port, '/..%2fpackage.json')).status).toBe(400);
  });

  it('answers 400 for malformed percent-encoding', async () => {
    expect((await rawRequest(server.port, '/%E0%A4%A')).status).toBe(400);
  });

  it('answers 400 for a NUL byte', async () => {
    expect((await rawRequest(server.port, '/index.html%00.js')).status).toBe(400);
  });

  it('answers 400 for a request target that is not a path', async () => {
    expect((await rawRequest(server.port, 'http://evil.example/index.html')).status).toBe(400);
  });
});

describe('security headers', () => {
  it.each(['/', '/assets/app-abc123.js', '/nope.js', '/api/health', '/api/other'])('are on %s', async (path) => {
    const res = await get(path);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toBe('camera=(self), microphone=(self), geolocation=()');
  });

  it('are on 400 answers too', async () => {
    const res = await rawRequest(server.port, '/%E0%A4%A');
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
  });
});

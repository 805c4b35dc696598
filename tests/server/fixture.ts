import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../src/server/server.js';
import type { SyncApi } from '../../src/server/sync/index.js';

/** Text that only exists outside the app folder; a response containing it has leaked. */
export const SECRET = 'SECRET-OUTSIDE-APP-DIR';

/** A running server on a fake build; `stop` removes both. */
export interface TestServer {
  baseURL: string;
  port: number;
  appDir: string;
  stop: () => Promise<void>;
  /** Cuts every open connection, as a crash of the process would. */
  closeAllConnections: () => void;
}

/**
 * Starts the real server on port 0 over a small fake build, inside a temporary folder that
 * also holds a secret file and folder beside the app, as targets for traversal attempts.
 */
export async function startTestServer(options: { sync?: SyncApi; log?: boolean } = {}): Promise<TestServer> {
  const base = await mkdtemp(join(tmpdir(), 'werkboek-server-'));
  const appDir = join(base, 'app');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>Mijn Werkboek</title>',
    'assets/app-abc123.js': 'console.log("app");',
    'sw.js': 'self.addEventListener("fetch", () => {});',
    'workbox-1a2b3c.js': '/* workbox */',
    'manifest.webmanifest': '{"name":"Mijn Werkboek"}',
    'icons/x.png': '\x89PNG fake',
    'robots.txt': 'User-agent: *',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(appDir, name, '..'), { recursive: true });
    await writeFile(join(appDir, name), content);
  }
  await writeFile(join(base, 'package.json'), SECRET);
  await mkdir(join(base, 'src'));
  await writeFile(join(base, 'src', 'index.html'), SECRET);

  const server = createServer({ appDir, log: false, ...options });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}`,
    port,
    appDir,
    closeAllConnections: () => server.closeAllConnections(),
    stop: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** What a raw request got back. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * Sends the request target exactly as given. fetch() cannot test traversal: the URL parser
 * removes `..` and `%2e%2e` segments before anything is sent.
 */
export function rawRequest(port: number, path: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

import http from 'node:http';
import { extname, join, resolve } from 'node:path';
import { handleApi, isApiPath } from './api.js';
import { CACHE_REVALIDATE, SECURITY_HEADERS, cacheControlFor } from './headers.js';
import { logWhenDone } from './requestLog.js';
import { decodePath, rawPathOf, resolveInside } from './requestPath.js';
import { sendText } from './respond.js';
import { serveFile } from './staticFile.js';
import type { SyncApi } from './sync/syncApi.js';

const BAD_REQUEST_RAW = [
  'HTTP/1.1 400 Bad Request',
  'Connection: close',
  'Content-Length: 0',
  ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
  '\r\n',
].join('\r\n');

/** What the server needs to know. */
export interface ServerOptions {
  /** Folder with the built app (index.html, assets/, sw.js …). */
  appDir: string;
  /** One line per request to stdout; defaults to on unless env LOG=0. */
  log?: boolean;
  /** The sync API (/api/sync/…); without it those paths answer 404. */
  sync?: SyncApi;
}

/** Creates (but does not start) the HTTP server for the built app and the /api routes. */
export function createServer({ appDir, log = process.env.LOG !== '0', sync }: ServerOptions): http.Server {
  const root = resolve(appDir);
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const rawPath = rawPathOf(req.url);
    if (log) logWhenDone(req, res, rawPath);
    handle(root, req, res, rawPath, sync).catch((error: unknown) => {
      // Only a fault of ours gets here; bad input is answered with 4xx inside handle().
      console.error('request failed:', error);
      if (!res.headersSent) sendText(res, 500, 'Internal server error');
      else res.destroy();
    });
  });
  // Node's default answer to an unparsable request is a bare 400 without our headers.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end(BAD_REQUEST_RAW);
    else socket.destroy();
  });
  return server;
}

async function handle(
  root: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rawPath: string,
  sync: SyncApi | undefined,
): Promise<void> {
  const urlPath = decodePath(rawPath);
  const file = urlPath === null ? null : resolveInside(root, urlPath);
  if (urlPath === null || file === null) return sendText(res, 400, 'Bad request');
  if (isApiPath(urlPath)) return handleApi(req, res, urlPath, sync);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed');
  }
  if (await serveFile(req, res, file, cacheControlFor(urlPath))) return;
  // Client-side routes like /werkboek/home have no extension: they get the app shell.
  if (extname(urlPath) === '' && (await serveFile(req, res, join(root, 'index.html'), CACHE_REVALIDATE))) return;
  sendText(res, 404, 'Not found');
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './respond.js';
import { isSyncPath, type SyncApi } from './sync/syncApi.js';

/** Handles one API request; it must end the response. */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

type Routes = Readonly<Record<string, Readonly<Partial<Record<string, ApiHandler>>>>>;

// Exact paths only; /api/sync/… goes to the sync API. HEAD is answered by the GET handler.
const ROUTES: Routes = {
  '/api/health': { GET: (_req, res) => sendJson(res, 200, { ok: true }) },
};

/** Whether a decoded path belongs to the API, which never falls back to the app shell. */
export function isApiPath(urlPath: string): boolean {
  return urlPath === '/api' || urlPath.startsWith('/api/');
}

/**
 * Routes an API request: 404 JSON for unknown paths, 405 JSON for unsupported methods.
 * Without a sync API (sync switched off) the sync paths are unknown too.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, urlPath: string, sync?: SyncApi): Promise<void> {
  if (sync && isSyncPath(urlPath)) return sync.handle(req, res, urlPath);
  const route = ROUTES[urlPath];
  if (!route) return sendJson(res, 404, { error: 'not_found' });
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? '');
  const handler = route[method];
  if (!handler) {
    const methods = Object.keys(route);
    res.setHeader('Allow', (methods.includes('GET') ? [...methods, 'HEAD'] : methods).join(', '));
    return sendJson(res, 405, { error: 'method_not_allowed' });
  }
  await handler(req, res);
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

const MAX_LOGGED_PATH_CHARS = 300;
const SYNC_PATHS = new Set(['/api/sync/workbooks', '/api/sync/pairings', '/api/sync/pair', '/api/sync/push', '/api/sync/pull', '/api/sync/devices', '/api/sync/rotate']);

/**
 * A sync path as logged: the known routes as they are, a device id replaced by `:id`, any
 * other path under /api/sync cut to `/api/sync/…`: a client chooses these characters, so they
 * could carry text.
 */
export function loggedPath(rawPath: string): string {
  if (!rawPath.startsWith('/api/sync/')) return rawPath;
  if (SYNC_PATHS.has(rawPath)) return rawPath;
  if (/^\/api\/sync\/devices\/[^/]+\/revoke$/.test(rawPath)) return '/api/sync/devices/:id/revoke';
  return '/api/sync/…';
}

/**
 * Writes one line per request to stdout once the response is done or aborted: method,
 * path, status, milliseconds. The query is left out on purpose: it may carry personal
 * data, and bodies are never logged for the same reason.
 */
export function logWhenDone(req: IncomingMessage, res: ServerResponse, rawPath: string): void {
  const started = performance.now();
  res.once('close', () => {
    const ms = Math.round(performance.now() - started);
    // Escape control characters so a crafted path cannot forge extra log lines.
    const path = JSON.stringify(loggedPath(rawPath).slice(0, MAX_LOGGED_PATH_CHARS)).slice(1, -1);
    const status = res.writableFinished ? res.statusCode : `${res.statusCode}(aborted)`;
    process.stdout.write(`${req.method ?? '-'} ${path} ${status} ${ms}ms\n`);
  });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';

const MAX_LOGGED_PATH_CHARS = 300;

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
    const path = JSON.stringify(rawPath.slice(0, MAX_LOGGED_PATH_CHARS)).slice(1, -1);
    const status = res.writableFinished ? res.statusCode : `${res.statusCode}(aborted)`;
    process.stdout.write(`${req.method ?? '-'} ${path} ${status} ${ms}ms\n`);
  });
}

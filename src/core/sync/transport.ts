/**
 * How the app talks to a sync server. The engine only sees a `Transport`: in the app it is
 * `fetch` to the server's origin; tests put the real server's handler behind it, with faults.
 */

/** One request to the sync API. */
export interface SyncRequest {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/api/sync/pull?since=3&limit=200`. */
  path: string;
  token?: string;
  body?: unknown;
  keyEpoch?: number;
}

/** The server's answer. */
export interface SyncResponse {
  status: number;
  body: unknown;
}

/** Sends one request; rejects only when no answer came (network down, dropped). */
export type Transport = (request: SyncRequest) => Promise<SyncResponse>;

/** A refusal or failure, with the protocol's error code ('network' when no answer came). */
export class SyncError extends Error {
  constructor(
    readonly code: string,
    readonly status = 0,
    readonly body: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** Errors that waiting will not fix: the app tells the person and stops trying on its own. */
export const FINAL_ERRORS = new Set(['unauthorized', 'revoked', 'wrong_server', 'too_large', 'key_rotated']);

/** A transport over `fetch` to `origin` (the app's own origin by default). */
export function fetchTransport(origin: string, timeoutMs = 30_000): Transport {
  return async ({ method, path, token, body, keyEpoch }) => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    if (keyEpoch !== undefined) headers['Sync-Key-Epoch'] = String(keyEpoch);
    const response = await fetch(new URL(path, origin), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
    });
    const type = response.headers.get('Content-Type') ?? '';
    const parsed: unknown = type.includes('application/json') ? await response.json().catch(() => null) : null;
    // An answer that is not the sync API (another site, an old server) is the wrong server.
    if (parsed === null && response.status !== 204) return { status: response.status, body: { error: 'wrong_server' } };
    return { status: response.status, body: parsed };
  };
}

/** Sends a request and returns the body of a 2xx answer; throws SyncError otherwise. */
export async function call<T>(transport: Transport, request: SyncRequest): Promise<T> {
  let response: SyncResponse;
  try {
    response = await transport(request);
  } catch {
    throw new SyncError('network');
  }
  if (response.status >= 200 && response.status < 300) return response.body as T;
  const body = (response.body ?? {}) as Record<string, unknown>;
  const code = typeof body.error === 'string' ? body.error : response.status === 404 ? 'wrong_server' : 'server_error';
  throw new SyncError(code, response.status, body);
}

import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '../respond.js';
import { RateLimiter } from './rateLimit.js';
import type { DeviceRow, PushBatch, PushChange, PushResult, StoredChange, SyncStore } from './store.js';
import * as v from './validate.js';

/** Limits of the API; every one has a default that suits one clinic. */
export interface SyncLimits {
  /** Requests per minute from one address (all sync routes). */
  perAddressPerMinute: number;
  /** Requests per minute with one device token. */
  perDevicePerMinute: number;
  /** New workbooks per hour from one address. */
  workbooksPerHour: number;
  /** Claims with an unknown code per address in 10 minutes before the address is refused. */
  pairFailures: number;
  /** How long a request body may take to arrive. */
  bodyTimeoutMs: number;
}

export const DEFAULT_LIMITS: SyncLimits = {
  perAddressPerMinute: 600,
  perDevicePerMinute: 300,
  workbooksPerHour: 20,
  pairFailures: 5,
  bodyTimeoutMs: 30_000,
};

export interface SyncApiOptions {
  store: SyncStore;
  limits?: Partial<SyncLimits>;
  /** Clock in ms; tests move it to expire pairing offers. */
  now?: () => number;
  /** Take the client address from the last X-Forwarded-For entry (set behind one trusted proxy). */
  trustProxy?: boolean;
}

/** One request, independent of how it arrived. */
export interface SyncRequest {
  method: string;
  /** Decoded path, e.g. /api/sync/push. */
  path: string;
  /** The query without `?`. */
  search: string;
  authorization?: string | undefined;
  contentType?: string | undefined;
  keyEpoch?: string | undefined;
  body: Uint8Array | null;
  address: string;
  /** Set when the transport has already authenticated the request (before reading a large body). */
  device?: DeviceRow;
}

export interface SyncResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SyncApi {
  /** Answers a request that arrived over node:http; `urlPath` is the decoded path. */
  handle(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void>;
  /** The same API as a fetch function, for tests of the app that run the server in-process. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Answers one transport-free request. */
  dispatch(request: SyncRequest): Promise<SyncResponse>;
  readonly store: SyncStore;
}

/** Byte limits of the protocol. */
export const PUSH_BODY_MAX = 8 * 1024 * 1024;
export const OTHER_BODY_MAX = 16 * 1024;
/** AES-GCM: a 12-byte IV before the ciphertext, a 16-byte tag after it. */
export const SEAL_OVERHEAD = 28;
export const PAYLOAD_PLAIN_MIN = 256;
export const PAYLOAD_PLAIN_MAX = 4 * 1024 * 1024;
export const NAME_PLAIN_MAX = 1024;
export const WRAPPED_KEY_MAX = 1024 + SEAL_OVERHEAD;
export const MAX_CHANGES_PER_PUSH = 100;
export const PULL_LIMIT_MAX = 500;
/** A pull page stops before this many payload bytes (unless its first change alone is larger). */
export const PULL_BYTES_MAX = 8 * 1024 * 1024;
export const PAIRING_TTL_MS = 10 * 60 * 1000;

const TOKEN_CHARS = 43; // 32 bytes
const HASH_CHARS = 43; // 32 bytes
const SALT_CHARS = 22; // 16 bytes

type Route = 'workbooks' | 'pairings' | 'pair' | 'push' | 'pull' | 'devices' | 'revoke' | 'rotate';

const ROUTES: Readonly<Record<string, { route: Route; method: 'GET' | 'POST' }>> = {
  '/api/sync/workbooks': { route: 'workbooks', method: 'POST' },
  '/api/sync/pairings': { route: 'pairings', method: 'POST' },
  '/api/sync/pair': { route: 'pair', method: 'POST' },
  '/api/sync/push': { route: 'push', method: 'POST' },
  '/api/sync/pull': { route: 'pull', method: 'GET' },
  '/api/sync/devices': { route: 'devices', method: 'GET' },
  '/api/sync/rotate': { route: 'rotate', method: 'POST' },
};
const REVOKE_PATH = /^\/api\/sync\/devices\/([A-Za-z0-9_-]{22})\/revoke$/;

/** Whether a decoded path belongs to the sync API. */
export function isSyncPath(urlPath: string): boolean {
  return urlPath.startsWith('/api/sync/');
}

class Refused extends Error {
  constructor(readonly response: SyncResponse) {
    super('refused');
  }
}

const refuse = (status: number, error: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): never => {
  throw new Refused({ status, body: { error, ...extra }, ...(headers ? { headers } : {}) });
};

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const randomId = (bytes: number): string => randomBytes(bytes).toString('base64url');
const b64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
const iso = (ms: number): string => new Date(ms).toISOString();

/** Creates the sync API over a store. The store is the only state that matters between requests. */
export function createSyncApi(options: SyncApiOptions): SyncApi {
  const { store, trustProxy = false } = options;
  const limits: SyncLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const perAddress = new RateLimiter(limits.perAddressPerMinute, 60_000);
  const perDevice = new RateLimiter(limits.perDevicePerMinute, 60_000);
  const workbooksPerAddress = new RateLimiter(limits.workbooksPerHour, 3_600_000);
  const pairFailures = new RateLimiter(limits.pairFailures, PAIRING_TTL_MS);
  let lastSweep = 0;
  // Requests whose address was counted already, before their body was read.
  const addressCounted = new WeakSet<SyncRequest>();

  function match(method: string, path: string): { route: Route; deviceId?: string } {
    const revoke = REVOKE_PATH.exec(path);
    const found = revoke ? { route: 'revoke' as const, method: 'POST' as const } : ROUTES[path];
    if (!found) return refuse(404, 'not_found');
    if (method !== found.method) return refuse(405, 'method_not_allowed', {}, { Allow: found.method });
    return revoke ? { route: found.route, deviceId: revoke[1]! } : { route: found.route };
  }

  async function authenticate(request: SyncRequest, at: number): Promise<DeviceRow> {
    if (request.device) return request.device;
    const header = request.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (token.length !== TOKEN_CHARS || !/^[A-Za-z0-9_-]+$/.test(token)) {
      return refuse(401, 'unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
    }
    const device = await store.deviceByTokenHash(sha256(token));
    if (!device) return refuse(401, 'unauthorized', {}, { 'WWW-Authenticate': 'Bearer' });
    if (device.revoked) return refuse(401, 'revoked', {}, { 'WWW-Authenticate': 'Bearer' });
    if (!perDevice.take(device.id, at)) refuse(429, 'too_many_requests', {}, { 'Retry-After': '60' });
    return device;
  }

  function body(request: SyncRequest): v.Json {
    if (request.body === null) return refuse(400, 'invalid_body');
    const type = (request.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') refuse(415, 'unsupported_media_type');
    return v.parseJson(request.body);
  }

  function newDevice(name: Uint8Array): { token: string; device: { deviceId: string; tokenHash: string; name: Uint8Array } } {
    const token = randomId(32);
    return { token, device: { deviceId: randomId(16), tokenHash: sha256(token), name } };
  }

  async function dispatch(request: SyncRequest): Promise<SyncResponse> {
    try {
      return await route(request);
    } catch (error) {
      if (error instanceof Refused) return error.response;
      if (error instanceof v.Invalid) return { status: 400, body: { error: error.code } };
      throw error;
    }
  }

  async function route(request: SyncRequest): Promise<SyncResponse> {
    const at = now();
    const { route: name, deviceId } = match(request.method, request.path);
    if (!addressCounted.has(request) && !perAddress.take(request.address, at)) refuse(429, 'too_many_requests', {}, { 'Retry-After': '60' });
    if (name !== 'pull' && name !== 'devices' && name !== 'revoke' && request.search !== '') refuse(400, 'invalid_query');
    if (at - lastSweep > 60_000) {
      lastSweep = at;
      await store.sweep(at);
    }
    switch (name) {
      case 'workbooks': {
        const input = v.object(body(request), ['deviceName']);
        const deviceName = payload(input.deviceName, NAME_PLAIN_MAX);
        if (!workbooksPerAddress.take(request.address, at)) refuse(429, 'too_many_requests', {}, { 'Retry-After': '3600' });
        const workbookId = randomId(16);
        const { token, device } = newDevice(deviceName);
        await store.createWorkbook(workbookId, device, at);
        return { status: 201, body: { workbookId, deviceId: device.deviceId, token } };
      }
      case 'pairings': {
        const device = await authenticate(request, at);
        const input = v.object(body(request), ['lookup', 'wrappedKey', 'salt']);
        const lookup = v.base64urlId(input.lookup, HASH_CHARS);
        const wrappedKey = v.base64urlBytes(input.wrappedKey, SEAL_OVERHEAD + 16, WRAPPED_KEY_MAX);
        const salt = v.base64urlBytes(v.base64urlId(input.salt, SALT_CHARS), 16, 16);
        const expiresAt = at + PAIRING_TTL_MS;
        const offered = await store.offerPairing({ lookup: sha256(lookup), workbookId: device.workbookId, deviceId: device.id, wrappedKey, salt, expiresAt });
        // 50 random bits: a clash means the same code was offered twice; the device makes a new one.
        if (offered === 'lookup_taken') refuse(409, 'code_taken');
        return { status: 201, body: { expiresAt: iso(expiresAt) } };
      }
      case 'pair': {
        // With a token: a device of the workbook only learns the (new) key; without: a new device.
        const existing = request.authorization === undefined ? null : await authenticate(request, at);
        const input = existing ? v.object(body(request), ['lookup']) : v.object(body(request), ['lookup', 'deviceName']);
        const lookup = v.base64urlId(input.lookup, HASH_CHARS);
        const deviceName = existing ? null : payload(input.deviceName, NAME_PLAIN_MAX);
        if (!pairFailures.allows(request.address, at)) refuse(429, 'too_many_requests', {}, { 'Retry-After': '600' });
        const fresh = deviceName ? newDevice(deviceName) : null;
        const claimed = await store.claimPairing(sha256(lookup), at, existing ? { existing } : { device: fresh!.device });
        if (claimed === 'unknown_code' || claimed === 'wrong_workbook') {
          pairFailures.take(request.address, at);
          return refuse(404, 'unknown_code');
        }
        return {
          status: 200,
          body: {
            workbookId: claimed.workbookId,
            deviceId: existing ? existing.id : fresh!.device.deviceId,
            ...(fresh ? { token: fresh.token } : {}),
            wrappedKey: b64(claimed.wrappedKey),
            salt: b64(claimed.salt),
            keyEpoch: claimed.keyEpoch,
          },
        };
      }
      case 'push': {
        const device = await authenticate(request, at);
        const keyEpoch = request.keyEpoch === undefined ? 0 : v.queryInteger(request.keyEpoch, 0, 2 ** 31 - 1);
        const batches = pushBatches(body(request));
        return pushAnswer(await store.push(device, keyEpoch, batches, at));
      }
      case 'pull': {
        const device = await authenticate(request, at);
        const params = v.query(request.search, ['since', 'limit']);
        const since = v.queryInteger(params.get('since'), 0, Number.MAX_SAFE_INTEGER);
        const limit = params.has('limit') ? v.queryInteger(params.get('limit'), 1, PULL_LIMIT_MAX) : PULL_LIMIT_MAX;
        await touch(device, at);
        const page = await store.pull(device.workbookId, since, limit, PULL_BYTES_MAX);
        const { keyEpoch } = await store.workbookVersion(device.workbookId);
        const last = page.changes.at(-1);
        return {
          status: 200,
          body: { changes: page.changes.map(changeJson), more: page.more, version: last ? last.version : since, keyEpoch },
        };
      }
      case 'devices': {
        const device = await authenticate(request, at);
        v.query(request.search, []);
        await touch(device, at);
        const devices = await store.listDevices(device.workbookId);
        return {
          status: 200,
          body: {
            devices: devices.map((d) => ({
              deviceId: d.deviceId,
              deviceName: b64(d.name),
              createdAt: iso(d.createdAt),
              lastSeenAt: iso(d.lastSeenAt),
              revoked: d.revoked,
              self: d.deviceId === device.id,
            })),
          },
        };
      }
      case 'revoke': {
        const device = await authenticate(request, at);
        v.query(request.search, []);
        if (request.body !== null && request.body.length > 0) refuse(400, 'invalid_body');
        const result = await store.revokeDevice(device, deviceId!, at);
        if (result === 'self') refuse(409, 'cannot_revoke_self');
        if (result === 'not_found') refuse(404, 'unknown_device');
        return { status: 204 };
      }
      case 'rotate': {
        const device = await authenticate(request, at);
        const input = v.object(body(request), ['keyEpoch']);
        const next = v.integer(input.keyEpoch, 1, 2 ** 31 - 1);
        const result = await store.rotateKey(device.workbookId, next);
        if (result.kind === 'epoch_mismatch') refuse(409, 'epoch_mismatch', { keyEpoch: result.keyEpoch });
        return { status: 200, body: { keyEpoch: next } };
      }
    }
  }

  async function touch(device: DeviceRow, at: number): Promise<void> {
    // A write per request would be wasted; a minute is precise enough for "last seen".
    if (at - device.lastSeenAt > 60_000) await store.touchDevice(device.id, at);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, urlPath: string): Promise<void> {
    const method = req.method ?? '';
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const search = q === -1 ? '' : url.slice(q + 1);
    const address = clientAddress(req, trustProxy);
    let response: SyncResponse;
    let bodyRead = false;
    try {
      // Route and method first, so nothing is read for a request that is refused anyway.
      const { route: name } = match(method, urlPath);
      const max = name === 'push' ? PUSH_BODY_MAX : OTHER_BODY_MAX;
      // A GET has no body; one that comes with a body is refused rather than silently ignored.
      const hasBody = (req.headers['content-length'] ?? '0') !== '0' || req.headers['transfer-encoding'] !== undefined;
      if (method !== 'POST' && hasBody) refuse(400, 'invalid_body');
      const request: SyncRequest = {
        method,
        path: urlPath,
        search,
        authorization: header(req, 'authorization'),
        contentType: header(req, 'content-type'),
        keyEpoch: header(req, 'sync-key-epoch'),
        body: null,
        address,
      };
      // A push may carry 8 MiB: only a live device gets to send that much.
      if (name === 'push') {
        const at = now();
        if (!perAddress.take(address, at)) refuse(429, 'too_many_requests', {}, { 'Retry-After': '60' });
        request.device = await authenticate(request, at);
        addressCounted.add(request);
      }
      request.body = method === 'POST' ? await readBody(req, max, limits.bodyTimeoutMs) : null;
      bodyRead = true;
      response = await dispatch(request);
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      response = error.response;
    }
    for (const [name, value] of Object.entries(response.headers ?? {})) res.setHeader(name, value);
    // A body left unread (refused early) or cut off is not worth reading to keep the connection.
    const unreadBody = !bodyRead && ((req.headers['content-length'] ?? '0') !== '0' || req.headers['transfer-encoding'] !== undefined);
    if (response.status === 413 || response.status === 408 || unreadBody) res.setHeader('Connection', 'close');
    if (response.body === undefined) {
      res.statusCode = response.status;
      res.setHeader('Cache-Control', 'no-store');
      res.end();
    } else {
      sendJson(res, response.status, response.body);
    }
  }

  async function fetchApi(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : new Uint8Array(await request.arrayBuffer());
    const path = decodeURIComponent(url.pathname);
    let response: SyncResponse;
    if (!isSyncPath(path)) response = { status: 404, body: { error: 'not_found' } };
    else {
      const route = ROUTES[path]?.route ?? (REVOKE_PATH.test(path) ? 'revoke' : null);
      const max = route === 'push' ? PUSH_BODY_MAX : OTHER_BODY_MAX;
      response =
        body && body.length > max
          ? { status: 413, body: { error: 'too_large' } }
          : await dispatch({
              method: request.method,
              path,
              search: url.search.slice(1),
              authorization: request.headers.get('authorization') ?? undefined,
              contentType: request.headers.get('content-type') ?? undefined,
              keyEpoch: request.headers.get('sync-key-epoch') ?? undefined,
              body,
              address: '127.0.0.1',
            });
    }
    const headers = new Headers(response.headers);
    headers.set('Cache-Control', 'no-store');
    if (response.body === undefined) return new Response(null, { status: response.status, headers });
    headers.set('Content-Type', 'application/json; charset=utf-8');
    return new Response(JSON.stringify(response.body), { status: response.status, headers });
  }

  return { handle, fetch: fetchApi, dispatch, store };
}

function pushAnswer(result: PushResult): SyncResponse {
  switch (result.kind) {
    case 'ok':
      return { status: 200, body: { ackSeq: result.ackSeq, version: result.version } };
    case 'seq_gap':
      return { status: 409, body: { error: 'seq_gap', ackSeq: result.ackSeq } };
    case 'key_rotated':
      return { status: 409, body: { error: 'key_rotated', keyEpoch: result.keyEpoch } };
    case 'revoked':
      return { status: 401, body: { error: 'revoked' }, headers: { 'WWW-Authenticate': 'Bearer' } };
  }
}

function changeJson(change: StoredChange): Record<string, unknown> {
  return {
    version: change.version,
    recordId: b64(change.recordId),
    deviceId: change.deviceId,
    baseVersion: change.baseVersion,
    deleted: change.deleted,
    keyEpoch: change.keyEpoch,
    ...(change.payload ? { payload: b64(change.payload) } : {}),
    at: iso(change.at),
  };
}

/**
 * A sealed payload: 12-byte IV, ciphertext of a plaintext padded to a power of two of at
 * least 256 bytes, 16-byte tag. Any other length cannot be a payload, so it is refused.
 */
function payload(value: v.Json | undefined, plainMax: number): Uint8Array {
  const bytes = v.base64urlBytes(value, SEAL_OVERHEAD + PAYLOAD_PLAIN_MIN, SEAL_OVERHEAD + plainMax);
  const plain = bytes.length - SEAL_OVERHEAD;
  if ((plain & (plain - 1)) !== 0) throw new v.Invalid();
  return bytes;
}

function pushBatches(value: v.Json): PushBatch[] {
  const input = v.object(value, ['batches']);
  const batches = v.array(input.batches, 1, MAX_CHANGES_PER_PUSH);
  let total = 0;
  let previous = 0;
  return batches.map((item) => {
    const batch = v.object(item, ['seq', 'changes']);
    const seq = v.integer(batch.seq, 1);
    // Batches of one request follow each other: 4, 5, 6.
    if (previous !== 0 && seq !== previous + 1) throw new v.Invalid();
    previous = seq;
    const changes = v.array(batch.changes, 0, MAX_CHANGES_PER_PUSH);
    total += changes.length;
    if (total > MAX_CHANGES_PER_PUSH) throw new v.Invalid();
    return { seq, changes: changes.map(pushChange) };
  });
}

function pushChange(item: v.Json): PushChange {
  const change = v.object(item, ['recordId', 'baseVersion', 'deleted'], ['payload']);
  const recordId = v.base64urlBytes(v.base64urlId(change.recordId, HASH_CHARS), 32, 32);
  const baseVersion = v.integer(change.baseVersion, 0);
  const deleted = v.boolean(change.deleted);
  if (!deleted && change.payload === undefined) throw new v.Invalid();
  if (deleted && change.payload !== undefined) throw new v.Invalid();
  return { recordId, baseVersion, deleted, payload: deleted ? null : payload(change.payload, PAYLOAD_PLAIN_MAX) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = header(req, 'x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last.slice(0, 64);
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Reads a body of at most `max` bytes within `timeoutMs`. Oversize: 413 as soon as it shows
 * (by Content-Length or while streaming); too slow or cut off: 408/400. Nothing read is kept
 * after the request.
 */
function readBody(req: IncomingMessage, max: number, timeoutMs: number): Promise<Uint8Array> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > max) {
    req.resume();
    return Promise.reject(new Refused({ status: 413, body: { error: 'too_large' } }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: Refused | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) {
        // Keep draining so the answer can be sent; the connection closes after it.
        req.resume();
        reject(error);
      } else resolve(new Uint8Array(Buffer.concat(chunks, size)));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > max) finish(new Refused({ status: 413, body: { error: 'too_large' } }));
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(null);
    const onError = (): void => finish(new Refused({ status: 400, body: { error: 'invalid_body' } }));
    const onAborted = onError;
    const timer = setTimeout(() => finish(new Refused({ status: 408, body: { error: 'timeout' } })), timeoutMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

import http from 'node:http';
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyncApi, openStore, type SyncStore } from '../../src/server/sync/index.js';
import { startTestServer, type TestServer } from './fixture.js';
import { change, lookupFor, randomB64, recordId, seal, TestClient } from './syncFixture.js';

// Acceptance 5: thousands of random or malformed requests against the real HTTP server. Every
// one is answered with a 4xx; none gets a 5xx, none hangs, and the server still answers after.
// A failure prints the seed and the request's index, so `FUZZ_SEED=<seed>` repeats it exactly.

const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = 20;
const BODY_TIMEOUT_MS = 400;

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** What was done to it, for the failure message. */
  label: string;
}

interface Tokens {
  live: string;
  revoked: string;
  otherWorkbookDeviceId: string;
  liveDeviceId: string;
}

// Values each of which is invalid for every field of its kind (so a mutation never repairs a request).
const badInteger = fc.constantFrom<unknown>(-1, -0.5, 1.5, 2 ** 53, 1e300, -1e300, '1', '', null, true, false, [], {}, [1], 'NaN');
const badBool = fc.constantFrom<unknown>(0, 1, 'true', 'false', '', null, [], {}, 'yes');
const badString = fc.oneof(
  fc.constantFrom<unknown>('', 'x', '=', 'a'.repeat(10_000), null, 0, 1, true, [], {}, 'AAAA====', 'AAAAA', '../../etc/passwd', '\u0000', 'ä'.repeat(43)),
  // Not base64url: one character outside the alphabet.
  fc.tuple(fc.string({ maxLength: 60 }), fc.constantFrom('!', '=', '+', '/', ' ', '.', '"', 'é')).map(([text, bad]) => text + bad),
  // Base64url of the wrong length for everything: over the largest field.
  fc.stringMatching(/^[A-Za-z0-9_-]{1500,1600}$/),
);
const anyJson = fc.jsonValue({ maxDepth: 3 });

/** A valid request for each route, to be broken by one or more mutations. */
function templates(tokens: Tokens): Record<string, () => { method: string; path: string; token: string | null; body: Record<string, unknown> | null }> {
  return {
    workbooks: () => ({ method: 'POST', path: '/api/sync/workbooks', token: null, body: { deviceName: seal('x') } }),
    pairings: () => ({ method: 'POST', path: '/api/sync/pairings', token: tokens.live, body: { lookup: lookupFor(randomB64(6)), wrappedKey: seal('k'), salt: randomB64(16) } }),
    pair: () => ({ method: 'POST', path: '/api/sync/pair', token: null, body: { lookup: lookupFor(randomB64(6)), deviceName: seal('x') } }),
    push: () => ({ method: 'POST', path: '/api/sync/push', token: tokens.live, body: { batches: [{ seq: 2, changes: [change('x', 1)] }] } }),
    pull: () => ({ method: 'GET', path: '/api/sync/pull?since=0&limit=10', token: tokens.live, body: null }),
    devices: () => ({ method: 'GET', path: '/api/sync/devices', token: tokens.live, body: null }),
    revoke: () => ({ method: 'POST', path: `/api/sync/devices/${tokens.otherWorkbookDeviceId}/revoke`, token: tokens.live, body: null }),
    rotate: () => ({ method: 'POST', path: '/api/sync/rotate', token: tokens.live, body: { keyEpoch: 1 } }),
  };
}

type Mutation =
  | { kind: 'field'; pick: number; integer: unknown; bool: unknown; text: unknown }
  | { kind: 'drop'; pick: number }
  | { kind: 'extra'; name: string; value: unknown }
  | { kind: 'token'; value: 'none' | 'revoked' | 'garbage' | 'basic' | 'long' | 'lowercase'; garbage: string }
  | { kind: 'json'; text: string }
  | { kind: 'body'; value: unknown }
  | { kind: 'contentType'; value: string }
  | { kind: 'method'; value: string }
  | { kind: 'query'; value: string }
  | { kind: 'path'; value: string }
  | { kind: 'oversize'; bytes: number }
  | { kind: 'epoch'; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), pick: fc.nat(), integer: badInteger, bool: badBool, text: badString }),
  fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('extra' as const), name: fc.string({ minLength: 1, maxLength: 20 }), value: anyJson }),
  fc.record({
    kind: fc.constant('token' as const),
    value: fc.constantFrom('none' as const, 'revoked' as const, 'garbage' as const, 'basic' as const, 'long' as const, 'lowercase' as const),
    garbage: fc.stringMatching(/^[!-~]{0,80}$/),
  }),
  fc.record({
    kind: fc.constant('json' as const),
    text: fc.oneof(
      fc.constantFrom('', '{', '}', '[', 'null', 'true', '"x"', '1', '{"a":}', '{"deviceName":"x",}', "{'a':1}", '\u0000', '{"__proto__":{"x":1}}', '[]'.repeat(5000), '{"a":'.repeat(3000)),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b).toString('latin1')),
    ),
  }),
  fc.record({ kind: fc.constant('body' as const), value: anyJson }),
  fc.record({ kind: fc.constant('contentType' as const), value: fc.constantFrom('', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'json') }),
  fc.record({ kind: fc.constant('method' as const), value: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE', 'FOO') }),
  fc.record({
    kind: fc.constant('query' as const),
    value: fc.oneof(
      fc.constantFrom('since=-1', 'since=1e9', 'since=0x10', 'since=', 'since=99999999999999999999', 'since=0&limit=0', 'since=0&limit=-5', 'limit=5', 'since=0&since=0', 'since=%00', 'x=1', '&&&', '=', 'since=0&limit=1000000'),
      fc.string({ maxLength: 300 }).map(encodeURIComponent),
    ),
  }),
  fc.record({
    kind: fc.constant('path' as const),
    value: fc.oneof(
      fc.constantFrom('/api/sync', '/api/sync/', '/api/sync/push/', '/api/sync/PUSH', '/api/sync/devices/x/revoke', '/api/sync/devices//revoke', '/api/sync/devices/AAAAAAAAAAAAAAAAAAAAAA/revoke/x', '/api/sync/%2e%2e/health', '/api/sync/pull%00', '/api/sync/%ZZ', `/api/sync/${'a'.repeat(5000)}`),
      fc.string({ maxLength: 100 }).map((s) => `/api/sync/${encodeURIComponent(s)}`),
      fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/).map((s) => `/api/sync/devices/${s}/revoke`),
    ),
  }),
  fc.record({ kind: fc.constant('oversize' as const), bytes: fc.constantFrom(16 * 1024 + 1, 100_000) }),
  fc.record({ kind: fc.constant('epoch' as const), value: fc.constantFrom('-1', '1.5', 'x', '', '99999999999999999999', '1e3', '0x1', '1') }),
);

/** Applies the mutations; `broken` says whether at least one of them certainly makes the request invalid. */
function build(tokens: Tokens, template: string, mutations: Mutation[]): FuzzRequest & { broken: boolean } {
  const base = templates(tokens)[template]!();
  let { method, path } = base;
  let token = base.token;
  let tokenHeader: string | null = token ? `Bearer ${token}` : null;
  const body = base.body ? structuredClone(base.body) : null;
  let rawBody: Buffer | null = null;
  let contentType = 'application/json';
  const extraHeaders: Record<string, string> = {};
  let broken = false;
  const labels: string[] = [template];
  const added = new Set<string>();

  // Leaves of the body (objects and arrays walked), so a mutation can hit any field at any depth.
  const leaves = (): Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> => {
    const found: Array<{ parent: Record<string, unknown> | unknown[]; key: string | number }> = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach((child, i) => (found.push({ parent: node, key: i }), walk(child)));
      else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) found.push({ parent: node as Record<string, unknown>, key: k }), walk(child);
    };
    walk(body);
    return found;
  };

  for (const m of mutations) {
    labels.push(m.kind);
    switch (m.kind) {
      case 'field': {
        const all = leaves().filter((leaf) => !Array.isArray(leaf.parent));
        if (all.length === 0 || rawBody) break;
        const leaf = all[m.pick % all.length]!;
        // The value replaces a scalar field with something of the wrong kind; containers stay.
        const current = (leaf.parent as Record<string, unknown>)[leaf.key as string];
        if (current && typeof current === 'object') break;
        (leaf.parent as Record<string, unknown>)[leaf.key as string] = typeof current === 'number' ? m.integer : typeof current === 'boolean' ? m.bool : m.text;
        broken = true;
        break;
      }
      case 'drop': {
        // Never an added field: dropping it again would make the request valid.
        const all = leaves().filter((leaf) => !Array.isArray(leaf.parent) && !(leaf.parent === body && added.has(leaf.key as string)));
        if (all.length === 0 || rawBody) break;
        const leaf = all[m.pick % all.length]!;
        const key = leaf.key as string;
        // Dropping "payload" of a deletion would be valid; every other field is required.
        if (key === 'payload' && (leaf.parent as Record<string, unknown>).deleted === true) break;
        delete (leaf.parent as Record<string, unknown>)[key];
        broken = true;
        break;
      }
      case 'extra':
        if (body && !rawBody && !Object.hasOwn(body, m.name)) {
          added.add(m.name);
          Object.defineProperty(body, m.name, { value: m.value, enumerable: true, configurable: true, writable: true });
          broken = true;
        }
        break;
      case 'token':
        // Creating a workbook ignores a token; claiming without one is the new-device claim.
        if (template !== 'workbooks' && !(template === 'pair' && m.value === 'none')) broken = true;
        tokenHeader =
          m.value === 'none'
            ? null
            : m.value === 'revoked'
              ? `Bearer ${tokens.revoked}`
              : m.value === 'basic'
                ? `Basic ${Buffer.from('a:b').toString('base64')}`
                : m.value === 'long'
                  ? `Bearer ${'A'.repeat(4000)}`
                  : m.value === 'lowercase'
                    ? `bearer ${tokens.live}`
                    : `Bearer ${m.garbage}`;
        if (m.value === 'garbage' && /^[A-Za-z0-9_-]{43}$/.test(m.garbage)) tokenHeader = `Bearer ${m.garbage}!`;
        token = null;
        break;
      case 'json':
        rawBody = Buffer.from(m.text, 'latin1');
        broken = true;
        break;
      case 'body':
        rawBody = Buffer.from(JSON.stringify(m.value) ?? 'null');
        broken = true;
        break;
      case 'contentType':
        contentType = m.value;
        break;
      case 'method':
        method = m.value;
        broken = true;
        break;
      case 'query':
        path = `${path.split('?')[0]}?${m.value}`;
        // An empty query ("…/push?") is no query.
        if (m.value !== '') broken = true;
        break;
      case 'path':
        path = m.value;
        broken = true;
        break;
      case 'oversize':
        rawBody = Buffer.alloc(m.bytes, '{');
        broken = true;
        break;
      case 'epoch':
        extraHeaders['Sync-Key-Epoch'] = m.value;
        // Any epoch but 0 is refused on a push; elsewhere the header is ignored.
        if (template === 'push' && m.value !== '') broken = true;
        break;
    }
  }
  // A GET route with a body, or a POST without a declared JSON body, are handled by the same rules.
  const headers: Record<string, string> = { ...extraHeaders };
  if (tokenHeader !== null) headers.Authorization = tokenHeader;
  const payload: Buffer | null = rawBody ?? (body ? Buffer.from(JSON.stringify(body)) : null);
  if (payload) headers['Content-Type'] = contentType;
  if (payload && contentType !== 'application/json') broken = true;
  // Without a body (or with an empty one where none belongs) the body mutations changed nothing.
  const bodyless = payload === null || (payload.length === 0 && base.body === null);
  if (bodyless && onlyBodyMutations(mutations)) broken = false;
  if (bodyless && base.body === null && mutations.every((m) => m.kind !== 'token' && m.kind !== 'method' && m.kind !== 'query' && m.kind !== 'path' && m.kind !== 'epoch')) broken = false;
  // A query on a POST route is refused too, so the query mutation on POST routes keeps broken.
  return { method, path, headers, body: payload, label: labels.join('+'), broken };
}

/** A content type alone breaks nothing when there is no body to describe. */
function onlyBodyMutations(mutations: Mutation[]): boolean {
  return mutations.every((m) => m.kind === 'contentType' || m.kind === 'field' || m.kind === 'drop' || m.kind === 'extra' || m.kind === 'epoch' || m.kind === 'json' || m.kind === 'body' || m.kind === 'oversize');
}

function send(agent: http.Agent, port: number, request: FuzzRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    // Content-Length always: Node sends a GET's body without any framing otherwise.
    const headers = request.body ? { ...request.headers, 'Content-Length': String(request.body.length) } : request.headers;
    const req = http.request({ host: '127.0.0.1', port, method: request.method, path: request.path, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', (error: NodeJS.ErrnoException) => {
      // An oversize body may be cut off by the server's 413 while it is still being written.
      if (request.body && request.body.length > 16 * 1024 && (error.code === 'EPIPE' || error.code === 'ECONNRESET')) resolve(413);
      else reject(error);
    });
    req.end(request.body ?? undefined);
  });
}

/** Writes raw bytes on a new connection and returns what came back until the server closed or went quiet. */
function rawExchange(port: number, chunks: string[], options: { endAfter?: boolean; waitMs?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (data: string) => (answer += data));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(answer) : reject(error)));
    socket.on('close', () => resolve(answer));
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk, 'latin1');
      if (options.endAfter) socket.end();
    });
    socket.setTimeout(options.waitMs ?? 15_000, () => {
      socket.destroy();
      resolve(answer);
    });
  });
}

describe('fuzzed requests against the real server (SQLite)', () => {
  let store: SyncStore;
  let server: TestServer;
  let tokens: Tokens;
  const errors: unknown[] = [];
  const onError = (...args: unknown[]): void => void errors.push(args);
  let originalError: typeof console.error;

  beforeAll(async () => {
    store = await openStore({ kind: 'sqlite', file: ':memory:' });
    const api = createSyncApi({
      store,
      limits: { perAddressPerMinute: 1e9, perDevicePerMinute: 1e9, workbooksPerHour: 1e9, pairFailures: 1e9, bodyTimeoutMs: BODY_TIMEOUT_MS },
    });
    // Any fault of the server is logged by server.ts as "request failed"; the test collects them.
    originalError = console.error;
    console.error = onError;
    server = await startTestServer({ sync: api });
    const client = new TestClient(fetch, server.baseURL);
    const live = await client.device();
    const lost = await client.pairDevice(live.token);
    const other = await client.device();
    await client.push(live.token, [{ seq: 1, changes: [change('a'), change('b')] }]);
    await client.revoke(live.token, lost.deviceId);
    tokens = { live: live.token, revoked: lost.token, otherWorkbookDeviceId: other.deviceId, liveDeviceId: live.deviceId };
  });
  afterAll(async () => {
    console.error = originalError;
    await server?.stop();
    await store?.close();
  });

  it(`answers ${RUNS} mutated and random requests with a 4xx, never a 5xx (seed ${SEED})`, async () => {
    const names = Object.keys(templates(tokens));
    const mutated = fc.record({ template: fc.constantFrom(...names), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });
    // Fully random requests under /api (except the health check, the one route that answers 200 to anything).
    const random = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECTX'),
      path: fc.oneof(fc.string({ maxLength: 80 }).map((s) => `/api/sync/${encodeURIComponent(s)}`), fc.string({ maxLength: 80 }).map((s) => `/api/${encodeURIComponent(s)}`)),
      body: fc.option(fc.string({ maxLength: 500 }), { nil: null }),
      headers: fc.dictionary(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), fc.stringMatching(/^[ -~]{0,100}$/), { maxKeys: 5 }),
    });
    const samples = fc.sample(fc.oneof({ arbitrary: mutated, weight: 4 }, { arbitrary: random, weight: 1 }), { seed: SEED, numRuns: Math.ceil(RUNS * 1.15) });
    const requests = samples.map((sample, index): FuzzRequest & { broken: boolean; index: number } => {
      if ('template' in sample) return { ...build(tokens, sample.template, sample.mutations), index };
      const path = sample.path === '/api/health' || sample.path === '/api/health/' ? '/api/nothing' : sample.path;
      const headers = Object.fromEntries(Object.entries(sample.headers).filter(([name]) => !/^(content-length|transfer-encoding|host|connection|expect|upgrade)$/i.test(name)));
      return { method: sample.method, path, headers, body: sample.body === null ? null : Buffer.from(sample.body), label: 'random', broken: true, index };
    });
    // A few mutations turn out harmless (an epoch header on a pull, an empty query …). Such a
    // request is valid, may change the workbook and so is not sent: every request sent is invalid.
    const invalid = requests.filter((r) => r.broken).slice(0, RUNS);
    expect(invalid).toHaveLength(RUNS);

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const statuses = new Map<number, number>();
    const wrong: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < invalid.length) {
        const request = invalid[next++]!;
        let status: number;
        try {
          status = await send(agent, server.port, request);
        } catch (error) {
          wrong.push(`#${request.index} ${request.label} ${request.method} ${request.path.slice(0, 80)}: ${(error as Error).message}`);
          continue;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status < 400 || status > 499) wrong.push(`#${request.index} ${request.label} ${request.method} ${request.path.slice(0, 80)} → ${status}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    agent.destroy();

    expect(wrong.slice(0, 20), `seed ${SEED}`).toEqual([]);
    expect(errors).toEqual([]);
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
    // The requests reached deep: validation, authentication, routing and size limits all answered.
    for (const status of [400, 401, 404, 405, 413, 415]) expect(statuses.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
    // The live device's data is as it was: none of the broken pushes was applied.
    const client = new TestClient(fetch, server.baseURL);
    const pulled = await client.pull(tokens.live, 0);
    expect(pulled.body.changes).toHaveLength(2);
    expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
  }, 180_000);

  it('answers slow, cut-off and unparsable requests with a 4xx and keeps serving', async () => {
    const port = server.port;
    const auth = `Authorization: Bearer ${tokens.live}\r\n`;
    const answers = await Promise.all([
      // Body promised but only partly sent: 408 once the body timeout passes.
      ...Array.from({ length: 10 }, () => rawExchange(port, [`POST /api/sync/push HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"batches":[`])),
      // Chunked body that never ends.
      rawExchange(port, ['POST /api/sync/workbooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{"dev\r\n']),
      // Garbage, bad framing, oversize headers: Node refuses them before our code; our raw 400 answers.
      rawExchange(port, ['GARBAGE\r\n\r\n']),
      rawExchange(port, ['POST /api/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello']),
      rawExchange(port, ['POST /api/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n']),
      rawExchange(port, [`GET /api/sync/pull?since=0 HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\n\r\n`]),
      rawExchange(port, ['POST /api/sync/workbooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n']),
    ]);
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(answers.slice(0, 11).every((answer) => answer.startsWith('HTTP/1.1 408 '))).toBe(true);
    // Cut off mid-body: no answer is possible, but the server must not fall over.
    await Promise.all(
      Array.from({ length: 10 }, () =>
        rawExchange(port, [`POST /api/sync/push HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"ba`], { endAfter: true, waitMs: 2000 }),
      ),
    );
    expect(errors).toEqual([]);
    expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
    const client = new TestClient(fetch, server.baseURL);
    expect((await client.push(tokens.live, [{ seq: 2, changes: [change('still works')] }])).status).toBe(200);
    expect(recordId()).toHaveLength(43);
  }, 60_000);
});

import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncApi, openStore, type SyncStore } from '../../src/server/sync/index.js';
import type { StoreOptions } from '../../src/server/sync/store.js';
import { startTestServer, type TestServer } from './fixture.js';
import { change, seal, storeKinds, TestClient } from './syncFixture.js';

const kinds = storeKinds();

/** Sends raw bytes with the given headers and returns status and body text. */
function rawPost(port: number, path: string, headers: Record<string, string | number>, body: Buffer | string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    // The server may answer 413 and close before all of an oversize body is written.
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

describe.each(kinds)('sync over HTTP on $name', (kind) => {
  let options: StoreOptions;
  let store: SyncStore;
  let server: TestServer;
  let client: TestClient;

  const start = async (wrap: (store: SyncStore) => SyncStore = (s) => s): Promise<void> => {
    store = await openStore(options);
    server = await startTestServer({ sync: createSyncApi({ store: wrap(store) }) });
    client = new TestClient(fetch, server.baseURL);
  };
  const stop = async (): Promise<void> => {
    await server.stop();
    await store.close();
  };

  beforeEach(async (context) => {
    if (kind.skip) {
      context.skip(kind.skip);
      return;
    }
    options = await kind.durable();
    await start();
  });
  afterEach(async () => {
    if (!kind.skip) await stop();
  });

  it('serves the sync API next to /api/health with the security headers', async () => {
    const answer = await fetch(`${server.baseURL}/api/sync/workbooks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceName: seal('Tablet') }),
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
  });

  it('refuses bodies over the limit with 413, by Content-Length and while streaming', async () => {
    const { token } = await client.device();
    const big = Buffer.alloc(17 * 1024, 'a');
    const declared = await rawPost(server.port, '/api/sync/workbooks', { 'Content-Type': 'application/json', 'Content-Length': big.length }, big);
    expect(declared).toEqual({ status: 413, body: JSON.stringify({ error: 'too_large' }) });
    const streamed = await rawPost(server.port, '/api/sync/workbooks', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, big);
    expect(streamed.status).toBe(413);
    const hugePush = Buffer.alloc(8 * 1024 * 1024 + 1, ' ');
    const push = await rawPost(server.port, '/api/sync/push', { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Transfer-Encoding': 'chunked' }, hugePush);
    expect(push.status).toBe(413);
    expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
  });

  it('refuses a large push of an unknown token before reading its body', async () => {
    const big = Buffer.alloc(4 * 1024 * 1024, ' ');
    const answer = await rawPost(server.port, '/api/sync/push', { 'Content-Type': 'application/json', Authorization: `Bearer ${'A'.repeat(43)}`, 'Content-Length': big.length }, big);
    expect(answer).toEqual({ status: 401, body: JSON.stringify({ error: 'unauthorized' }) });
    expect((await fetch(`${server.baseURL}/api/health`)).status).toBe(200);
  });

  it('refuses a body that is not JSON, or not declared as JSON', async () => {
    const post = (headers: Record<string, string>, body: string) => rawPost(server.port, '/api/sync/workbooks', headers, body);
    expect((await post({ 'Content-Type': 'application/json' }, '{"deviceName":')).status).toBe(400);
    expect((await post({ 'Content-Type': 'application/json' }, '\xff\xfe')).status).toBe(400);
    expect((await post({ 'Content-Type': 'text/plain' }, JSON.stringify({ deviceName: seal('x') }))).status).toBe(415);
  });

  it('acknowledges a resent batch once after a restart that lost the reply', async () => {
    const { token } = await client.device();
    await stop();
    // The push commits, then the process "dies" before the reply leaves.
    let lost = 0;
    await start((real) => {
      const crashing = Object.create(real) as SyncStore;
      crashing.push = async (...args) => {
        const result = await real.push(...args);
        lost += 1;
        server.closeAllConnections();
        return result;
      };
      return crashing;
    });
    const batch = { seq: 1, changes: [change('first'), change('second')] };
    await expect(client.push(token, [batch])).rejects.toThrow();
    expect(lost).toBe(1);
    await stop();

    await start();
    expect(await client.push(token, [batch])).toEqual({ status: 200, body: { ackSeq: 1, version: 2 } });
    const pulled = await client.pull(token, 0);
    expect(pulled.body.changes.map((c: { recordId: string }) => c.recordId)).toEqual(batch.changes.map((c) => c.recordId));
    expect(await client.push(token, [{ seq: 2, changes: [change('third')] }])).toEqual({ status: 200, body: { ackSeq: 2, version: 3 } });
  });
});

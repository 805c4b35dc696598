import { existsSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSyncApi, openStore, type SyncStore } from '../../src/server/sync/index.js';
import type { StoreOptions } from '../../src/server/sync/store.js';
import { startTestServer, type TestServer } from './fixture.js';
import { lookupFor, randomB64, recordId, seal, storeKinds, TestClient } from './syncFixture.js';

// Acceptance 3: what a participant writes never reaches the server's storage as readable text.
const kinds = storeKinds();

/** The part every canary shares; searched for in every encoding the storage could hold. */
const CORE = 'geheim7f3aQ';
/** Free text: not base64url, so every field must refuse it. */
const TEXT = `Kanarie: mijn ${CORE} antwoord!`;
/** Text in the base64url alphabet: fields that take base64url accept it, and must not keep it as text. */
const idCanary = (length: number): string => `KANARIE${CORE}${'A'.repeat(64)}`.slice(0, length);

const NEEDLES: Record<string, Buffer> = {
  utf8: Buffer.from(CORE, 'utf8'),
  utf16le: Buffer.from(CORE, 'utf16le'),
  hexOfUtf8: Buffer.from(Buffer.from(CORE, 'utf8').toString('hex'), 'utf8'),
};

function findNeedles(haystack: Buffer): string[] {
  return Object.entries(NEEDLES)
    .filter(([, needle]) => haystack.includes(needle))
    .map(([name]) => name);
}

describe.each(kinds)('no plaintext in the $name storage', (kind) => {
  let options: StoreOptions;
  let store: SyncStore;
  let server: TestServer;
  let client: TestClient;
  let logged: string[];

  beforeEach(async (context) => {
    if (kind.skip) {
      context.skip(kind.skip);
      return;
    }
    options = await kind.durable();
    store = await openStore(options);
    logged = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    server = await startTestServer({ sync: createSyncApi({ store }), log: true });
    client = new TestClient(fetch, server.baseURL);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    if (kind.skip) return;
    await server.stop();
    await store.close();
  });

  /** Every byte the database keeps: the SQLite file and its WAL, or every column of every PostgreSQL table as text. */
  async function storedBytes(): Promise<Buffer> {
    if (options.kind === 'sqlite') {
      const files = [options.file, `${options.file}-wal`, `${options.file}-journal`].filter(existsSync);
      expect(files).toContain(`${options.file}-wal`);
      return Buffer.concat(files.map((file) => readFileSync(file)));
    }
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(store.db);
    expect(tables.rows.map((row) => row.table_name).sort()).toEqual(['changes', 'devices', 'pairings', 'sync_migrations', 'workbooks']);
    const parts: string[] = [];
    for (const { table_name } of tables.rows) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table_name)} t`.execute(store.db);
      parts.push(...rows.rows.map((row) => row.row));
    }
    return Buffer.from(parts.join('\n'), 'utf8');
  }

  it('keeps sealed payloads and refuses or transforms every canary in a text field', async () => {
    const tablet = await client.device(seal(JSON.stringify({ name: `Tablet ${CORE}` })));
    const answerPayloads = [100, 900, 5000, 70_000].map((size) => seal(JSON.stringify({ answer: `${TEXT} ${'x'.repeat(size)}` })));
    const pushed = await client.push(tablet.token, [
      { seq: 1, changes: answerPayloads.map((payload) => ({ recordId: recordId(), baseVersion: 0, deleted: false, payload })) },
    ]);
    expect(pushed.status).toBe(200);

    // Free text is refused in every field that takes text, and in every place a client can put it.
    const refused: Array<Promise<{ status: number }>> = [
      client.create(TEXT),
      client.call('POST', '/api/sync/workbooks', { body: { deviceName: seal('x'), note: TEXT } }),
      client.call('POST', '/api/sync/workbooks', { body: { [TEXT]: seal('x') } }),
      client.call('POST', '/api/sync/pairings', { token: tablet.token, body: { lookup: TEXT, wrappedKey: seal('k'), salt: randomB64(16) } }),
      client.call('POST', '/api/sync/pairings', { token: tablet.token, body: { lookup: lookupFor('A'), wrappedKey: TEXT, salt: randomB64(16) } }),
      client.call('POST', '/api/sync/pairings', { token: tablet.token, body: { lookup: lookupFor('B'), wrappedKey: seal('k'), salt: TEXT } }),
      client.call('POST', '/api/sync/pair', { body: { lookup: TEXT, deviceName: seal('x') } }),
      client.push(tablet.token, [{ seq: 2, changes: [{ recordId: TEXT, baseVersion: 0, deleted: false, payload: seal('x') }] }]),
      client.push(tablet.token, [{ seq: 2, changes: [{ recordId: recordId(), baseVersion: 0, deleted: false, payload: TEXT }] }]),
      client.push(tablet.token, [{ seq: 2, changes: [{ recordId: recordId(), baseVersion: TEXT, deleted: false, payload: seal('x') }] }]),
      client.push(tablet.token, [{ seq: 2, changes: [{ recordId: recordId(), baseVersion: 0, deleted: TEXT, payload: seal('x') }] }]),
      client.push(tablet.token, [{ seq: TEXT, changes: [] }]),
      client.push(tablet.token, [{ seq: 2, changes: [], note: TEXT }]),
      client.call('POST', '/api/sync/push', { token: tablet.token, body: { batches: [{ seq: 2, changes: [] }] }, headers: { 'Sync-Key-Epoch': encodeURIComponent(TEXT) } }),
      client.call('GET', `/api/sync/pull?since=${encodeURIComponent(TEXT)}`, { token: tablet.token }),
      client.call('GET', `/api/sync/pull?since=0&${encodeURIComponent(TEXT)}=1`, { token: tablet.token }),
      client.call('POST', `/api/sync/devices/${encodeURIComponent(TEXT)}/revoke`, { token: tablet.token }),
      client.call('POST', '/api/sync/rotate', { token: tablet.token, body: { keyEpoch: TEXT } }),
      client.call('GET', '/api/sync/devices', { token: encodeURIComponent(TEXT) }),
      client.call('POST', `/api/sync/${encodeURIComponent(TEXT)}`, { body: { x: TEXT } }),
    ];
    for (const answer of await Promise.all(refused)) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }

    // Base64url-shaped canaries pass the alphabet check; they must be kept only as hashes or bytes.
    const salt = idCanary(22);
    expect((await client.call('POST', '/api/sync/pairings', { token: tablet.token, body: { lookup: idCanary(43), wrappedKey: idCanary(64), salt } })).status).toBe(201);
    const phone = await client.call('POST', '/api/sync/pair', { body: { lookup: idCanary(43), deviceName: seal(`Telefoon ${CORE}`) } });
    expect(phone.status).toBe(200);
    expect(phone.body.salt).toBe(salt);
    const second = await client.push(tablet.token, [{ seq: 2, changes: [{ recordId: idCanary(43), baseVersion: 0, deleted: false, payload: seal(TEXT) }] }]);
    expect(second.status).toBe(200);
    await client.offer(tablet.token, 'OPENOFFER1', idCanary(64), idCanary(22));
    expect((await client.call('POST', `/api/sync/devices/${idCanary(22)}/revoke`, { token: tablet.token })).status).toBe(404);
    // A round trip gives the canary ids back, so the server did keep them (as bytes).
    const pulled = await client.pull(phone.body.token, 0);
    expect(pulled.body.changes.at(-1).recordId).toBe(idCanary(43));

    const bytes = await storedBytes();
    // The search is not blind: the server's own ids and the sealed bytes are found.
    expect(bytes.includes(Buffer.from(tablet.workbookId))).toBe(true);
    const sealed = Buffer.from(answerPayloads[3]!, 'base64url').subarray(100, 140);
    expect(bytes.includes(options.kind === 'sqlite' ? sealed : Buffer.from(sealed.toString('hex')))).toBe(true);
    expect(findNeedles(bytes)).toEqual([]);

    // Nor in the log: one line per request, without body, query or token.
    const log = logged.join('');
    expect(log).toContain('POST /api/sync/push 200');
    expect(log).not.toContain(CORE);
    expect(log).not.toContain(tablet.token);
    expect(log).not.toContain('since=');
  });
});

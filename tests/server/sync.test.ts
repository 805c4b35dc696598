import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncApi, type SyncApi, type SyncLimits, type SyncStore } from '../../src/server/sync/index.js';
import { change, lookupFor, randomB64, recordId, seal, storeKinds, TestClient } from './syncFixture.js';

const kinds = storeKinds();

describe.each(kinds)('sync protocol on $name', (kind) => {
  let store: SyncStore;
  let clock: number;
  let api: SyncApi;
  let client: TestClient;

  /** A new API (fresh rate-limit counters) over the same store. */
  const useApi = (limits: Partial<SyncLimits> = {}): void => {
    api = createSyncApi({ store, now: () => clock, limits });
    client = new TestClient((input, init) => api.fetch(input, init));
  };

  beforeEach(async (context) => {
    if (kind.skip) {
      context.skip(kind.skip);
      return;
    }
    store = await kind.open();
    clock = Date.parse('2026-11-23T10:00:00Z');
    useApi();
  });
  afterEach(async () => {
    await store?.close();
  });

  describe('workbooks', () => {
    it('creates a workbook with a first device and its token', async () => {
      const answer = await client.create();
      expect(answer.status).toBe(201);
      expect(Object.keys(answer.body).sort()).toEqual(['deviceId', 'token', 'workbookId']);
      expect(answer.body.workbookId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(answer.body.deviceId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(answer.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const pulled = await client.pull(answer.body.token, 0);
      expect(pulled).toEqual({ status: 200, body: { changes: [], more: false, version: 0, keyEpoch: 0 } });
    });

    it('stores only the SHA-256 of a token', async () => {
      const { token } = await client.device();
      const rows = await store.db.selectFrom('devices').select('token_hash').execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]!.token_hash).not.toContain(token);
      expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('refuses a device name that is not a sealed payload', async () => {
      for (const deviceName of ['Tablet van Sam', 'x', seal('a'.repeat(1500)), 42, null, randomB64(100)]) {
        expect((await client.create(deviceName as string)).status).toBe(400);
      }
      expect((await client.call('POST', '/api/sync/workbooks', { body: { deviceName: seal('x'), extra: 1 } })).status).toBe(400);
    });

    it('limits new workbooks per address', async () => {
      useApi({ workbooksPerHour: 3 });
      for (let i = 0; i < 3; i++) expect((await client.create()).status).toBe(201);
      expect(await client.create()).toEqual({ status: 429, body: { error: 'too_many_requests' } });
    });
  });

  describe('pairing', () => {
    it('lets a new device claim an offer once and learn the sealed key', async () => {
      const first = await client.device();
      const wrappedKey = seal('the workbook key');
      const salt = randomB64(16);
      const offered = await client.offer(first.token, 'ABCDEFGHJK', wrappedKey, salt);
      expect(offered.status).toBe(201);
      expect(Date.parse(offered.body.expiresAt)).toBe(clock + 10 * 60 * 1000);

      const claimed = await client.claim('ABCDEFGHJK');
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({ workbookId: first.workbookId, wrappedKey, salt, keyEpoch: 0 });
      expect(claimed.body.deviceId).not.toBe(first.deviceId);
      expect((await client.pull(claimed.body.token, 0)).status).toBe(200);

      expect(await client.claim('ABCDEFGHJK')).toEqual({ status: 404, body: { error: 'unknown_code' } });
      const listed = await client.devices(claimed.body.token);
      expect(listed.body.devices.map((d: { deviceId: string }) => d.deviceId).sort()).toEqual([first.deviceId, claimed.body.deviceId].sort());
    });

    it('lets an offer expire after ten minutes', async () => {
      const first = await client.device();
      await client.offer(first.token, 'KLMNPQRSTU');
      clock += 10 * 60 * 1000;
      expect((await client.claim('KLMNPQRSTU')).status).toBe(404);
    });

    it('answers unknown_code for a wrong lookup, and 429 after five of them from one address', async () => {
      const first = await client.device();
      await client.offer(first.token, 'RIGHTCODE1');
      for (let i = 0; i < 5; i++) expect(await client.claim(`WRONGCODE${i}`)).toEqual({ status: 404, body: { error: 'unknown_code' } });
      // Now even the right code is refused from this address, so guessing cannot go on.
      expect(await client.claim('RIGHTCODE1')).toEqual({ status: 429, body: { error: 'too_many_requests' } });
      clock += 10 * 60 * 1000 - 1000;
      expect((await client.claim('RIGHTCODE1')).status).toBe(429);
      // The offer itself is still there after the window (it was made at the start and lives 10 min): gone now.
      await client.offer(first.token, 'RIGHTCODE2');
      clock += 2000;
      expect((await client.claim('RIGHTCODE2')).status).toBe(200);
    });

    it('needs a token of a live device to offer', async () => {
      expect((await client.offer(randomB64(32), 'CODE123456')).status).toBe(401);
      expect((await client.call('POST', '/api/sync/pairings', { body: { lookup: lookupFor('x'), wrappedKey: seal('k'), salt: randomB64(16) } })).status).toBe(401);
    });

    it('gives an existing device of the workbook the key without making a new device', async () => {
      const first = await client.device();
      const second = await client.pairDevice(first.token);
      const wrappedKey = seal('the new key');
      await client.offer(first.token, 'REKEY12345', wrappedKey);
      const claimed = await client.claim('REKEY12345', undefined, second.token);
      expect(claimed.status).toBe(200);
      expect(claimed.body).toMatchObject({ workbookId: first.workbookId, deviceId: second.deviceId, wrappedKey });
      expect(claimed.body.token).toBeUndefined();
      expect((await client.devices(first.token)).body.devices).toHaveLength(2);
    });
  });

  describe('push and pull', () => {
    it('applies a batch once when it is sent again (idempotent resend)', async () => {
      const { token } = await client.device();
      const batch = { seq: 1, changes: [change('a'), change('b')] };
      expect(await client.push(token, [batch])).toEqual({ status: 200, body: { ackSeq: 1, version: 2 } });
      expect(await client.push(token, [batch])).toEqual({ status: 200, body: { ackSeq: 1, version: 2 } });
      const pulled = await client.pull(token, 0);
      expect(pulled.body.changes).toHaveLength(2);
      expect(pulled.body.changes.map((c: { version: number }) => c.version)).toEqual([1, 2]);
      expect(pulled.body.changes[0]).toMatchObject({ recordId: batch.changes[0]!.recordId, payload: batch.changes[0]!.payload, deleted: false, baseVersion: 0, keyEpoch: 0 });
    });

    it('refuses a gap with the stored ackSeq and keeps earlier batches of the request', async () => {
      const { token } = await client.device();
      expect((await client.push(token, [{ seq: 1, changes: [change('a')] }])).status).toBe(200);
      expect(await client.push(token, [{ seq: 3, changes: [change('c')] }])).toEqual({ status: 409, body: { error: 'seq_gap', ackSeq: 1 } });
      const answer = await client.push(token, [{ seq: 2, changes: [change('b')] }, { seq: 3, changes: [change('c')] }]);
      expect(answer).toEqual({ status: 200, body: { ackSeq: 3, version: 3 } });
      // Resending 2 and 3 together with a new 4 applies only 4.
      const again = await client.push(token, [
        { seq: 2, changes: [change('b')] },
        { seq: 3, changes: [change('c')] },
        { seq: 4, changes: [change('d')] },
      ]);
      expect(again).toEqual({ status: 200, body: { ackSeq: 4, version: 4 } });
    });

    it('refuses batches of one request that do not follow each other', async () => {
      const { token } = await client.device();
      expect((await client.push(token, [{ seq: 1, changes: [] }, { seq: 3, changes: [] }])).status).toBe(400);
      expect((await client.push(token, [{ seq: 1, changes: [] }, { seq: 1, changes: [] }])).status).toBe(400);
    });

    it('numbers changes of all devices in one order and pages the pull with a cursor', async () => {
      const first = await client.device();
      const second = await client.pairDevice(first.token);
      for (let seq = 1; seq <= 5; seq++) {
        expect((await client.push(first.token, [{ seq, changes: [change(`a${seq}`), change(`b${seq}`)] }])).status).toBe(200);
        expect((await client.push(second.token, [{ seq, changes: [change(`c${seq}`)] }])).status).toBe(200);
      }
      const seen: number[] = [];
      let cursor = 0;
      let pages = 0;
      for (;;) {
        const page = await client.pull(second.token, cursor, 4);
        expect(page.status).toBe(200);
        pages += 1;
        seen.push(...page.body.changes.map((c: { version: number }) => c.version));
        cursor = page.body.version;
        if (!page.body.more) break;
      }
      expect(seen).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(pages).toBe(4);
      expect(cursor).toBe(15);
      expect(await client.pull(second.token, 15)).toEqual({ status: 200, body: { changes: [], more: false, version: 15, keyEpoch: 0 } });
      const ofDevices = (await client.pull(first.token, 0)).body.changes.map((c: { deviceId: string }) => c.deviceId);
      expect(new Set(ofDevices)).toEqual(new Set([first.deviceId, second.deviceId]));
    });

    it('keeps tombstones in the log', async () => {
      const { token } = await client.device();
      const id = recordId();
      await client.push(token, [{ seq: 1, changes: [change('a', 0, id)] }]);
      await client.push(token, [{ seq: 2, changes: [{ recordId: id, baseVersion: 1, deleted: true }] }]);
      const pulled = await client.pull(token, 0);
      expect(pulled.body.changes[1]).toMatchObject({ version: 2, recordId: id, deleted: true, baseVersion: 1 });
      expect(pulled.body.changes[1].payload).toBeUndefined();
    });

    it('refuses invalid changes without applying any of the request', async () => {
      const { token } = await client.device();
      const bad: unknown[] = [
        { recordId: 'short', baseVersion: 0, deleted: false, payload: seal('x') },
        { recordId: recordId(), baseVersion: -1, deleted: false, payload: seal('x') },
        { recordId: recordId(), baseVersion: 1.5, deleted: false, payload: seal('x') },
        { recordId: recordId(), baseVersion: 2 ** 60, deleted: false, payload: seal('x') },
        { recordId: recordId(), baseVersion: 0, deleted: false },
        { recordId: recordId(), baseVersion: 0, deleted: true, payload: seal('x') },
        { recordId: recordId(), baseVersion: 0, deleted: 'no', payload: seal('x') },
        { recordId: recordId(), baseVersion: 0, deleted: false, payload: 'not base64!' },
        { recordId: recordId(), baseVersion: 0, deleted: false, payload: randomB64(300) },
        { recordId: recordId(), baseVersion: 0, deleted: false, payload: seal('x'), note: 'extra field' },
      ];
      for (const item of bad) {
        expect((await client.push(token, [{ seq: 1, changes: [change('ok'), item] }])).status).toBe(400);
      }
      expect((await client.push(token, [{ seq: 0, changes: [] }])).status).toBe(400);
      expect((await client.push(token, [{ seq: -1, changes: [] }])).status).toBe(400);
      expect((await client.push(token, [])).status).toBe(400);
      expect((await client.push(token, Array.from({ length: 101 }, (_, i) => ({ seq: i + 1, changes: [change('x')] })))).status).toBe(400);
      expect((await client.pull(token, 0)).body.changes).toEqual([]);
    });

    it('checks the pull query strictly', async () => {
      const { token } = await client.device();
      for (const q of ['', '?since=-1', '?since=01', '?since=1e3', '?since=0&limit=0', '?since=0&limit=501', '?since=0&since=1', '?since=0&x=1', '?since=99999999999999999999']) {
        expect((await client.call('GET', `/api/sync/pull${q}`, { token })).status).toBe(400);
      }
    });
  });

  describe('devices and revoke', () => {
    it('lists the devices with their sealed names', async () => {
      const name = seal('Tablet groep 2');
      const first = await client.device(name);
      const answer = await client.devices(first.token);
      expect(answer.status).toBe(200);
      expect(answer.body.devices).toEqual([
        { deviceId: first.deviceId, deviceName: name, createdAt: new Date(clock).toISOString(), lastSeenAt: new Date(clock).toISOString(), revoked: false, self: true },
      ]);
    });

    it('shuts a revoked device out at once with 401 revoked', async () => {
      const first = await client.device();
      const lost = await client.pairDevice(first.token);
      expect((await client.push(lost.token, [{ seq: 1, changes: [change('a')] }])).status).toBe(200);
      expect((await client.revoke(first.token, lost.deviceId)).status).toBe(204);
      for (const answer of [
        await client.pull(lost.token, 0),
        await client.push(lost.token, [{ seq: 2, changes: [change('b')] }]),
        await client.devices(lost.token),
        await client.offer(lost.token, 'CODE000001'),
        await client.revoke(lost.token, first.deviceId),
        await client.rotate(lost.token, 1),
      ]) {
        expect(answer).toEqual({ status: 401, body: { error: 'revoked' } });
      }
      const listed = (await client.devices(first.token)).body.devices;
      expect(listed.find((d: { deviceId: string }) => d.deviceId === lost.deviceId).revoked).toBe(true);
      expect((await client.revoke(first.token, lost.deviceId)).status).toBe(204);
      expect((await client.revoke(first.token, first.deviceId)).body).toEqual({ error: 'cannot_revoke_self' });
    });

    it('lets no device of workbook A read or touch workbook B', async () => {
      const a = await client.device();
      const b = await client.device();
      const b2 = await client.pairDevice(b.token);
      await client.push(b.token, [{ seq: 1, changes: [change('secret of B')] }]);
      expect((await client.pull(a.token, 0)).body.changes).toEqual([]);
      expect((await client.devices(a.token)).body.devices.map((d: { deviceId: string }) => d.deviceId)).toEqual([a.deviceId]);
      expect(await client.revoke(a.token, b2.deviceId)).toEqual({ status: 404, body: { error: 'unknown_device' } });
      expect((await client.pull(b2.token, 0)).status).toBe(200);
      // A's push lands in A only.
      await client.push(a.token, [{ seq: 1, changes: [change('of A')] }]);
      expect((await client.pull(b.token, 0)).body.changes).toHaveLength(1);
      // An offer of B cannot hand B's key to a device of A.
      await client.offer(b.token, 'BCODE12345');
      expect((await client.claim('BCODE12345', undefined, a.token)).status).toBe(404);
      expect((await client.claim('BCODE12345')).status).toBe(200);
    });

    it('answers 401 for a missing, malformed or unknown token', async () => {
      for (const token of [undefined, 'x', randomB64(32), `${randomB64(32)}=`]) {
        const answer = await client.call('GET', '/api/sync/pull?since=0', token ? { token } : {});
        expect(answer).toEqual({ status: 401, body: { error: 'unauthorized' } });
      }
    });

    it('limits requests per device token', async () => {
      useApi({ perDevicePerMinute: 5 });
      const { token } = await client.device();
      for (let i = 0; i < 5; i++) expect((await client.pull(token, 0)).status).toBe(200);
      expect((await client.pull(token, 0)).status).toBe(429);
      clock += 60_000;
      expect((await client.pull(token, 0)).status).toBe(200);
    });
  });

  describe('key rotation', () => {
    it('moves the workbook to the next epoch and refuses pushes under the old one', async () => {
      const first = await client.device();
      const second = await client.pairDevice(first.token);
      const lost = await client.pairDevice(first.token);
      await client.push(second.token, [{ seq: 1, changes: [change('before')] }]);
      await client.offer(first.token, 'OLDKEYCODE');

      expect((await client.revoke(first.token, lost.deviceId)).status).toBe(204);
      expect(await client.rotate(first.token, 2)).toEqual({ status: 409, body: { error: 'epoch_mismatch', keyEpoch: 0 } });
      expect(await client.rotate(first.token, 1)).toEqual({ status: 200, body: { keyEpoch: 1 } });
      expect(await client.rotate(first.token, 1)).toEqual({ status: 409, body: { error: 'epoch_mismatch', keyEpoch: 1 } });
      // An offer made under the old key is gone.
      expect((await client.claim('OLDKEYCODE')).status).toBe(404);

      // Old epoch (no header = 0): refused, nothing applied, seq not used up.
      const batch = { seq: 2, changes: [change('after, old key')] };
      expect(await client.push(second.token, [batch])).toEqual({ status: 409, body: { error: 'key_rotated', keyEpoch: 1 } });
      expect(await client.push(second.token, [batch], 0)).toEqual({ status: 409, body: { error: 'key_rotated', keyEpoch: 1 } });
      // The rotating device re-uploads under epoch 1.
      expect(await client.push(first.token, [{ seq: 1, changes: [change('re-sealed')] }], 1)).toEqual({ status: 200, body: { ackSeq: 1, version: 2 } });
      // The other device gets the new key by a code and resends the same seq under epoch 1.
      await client.offer(first.token, 'NEWKEYCODE');
      expect((await client.claim('NEWKEYCODE', undefined, second.token)).body.keyEpoch).toBe(1);
      expect(await client.push(second.token, [{ seq: 2, changes: [change('after, new key')] }], 1)).toEqual({ status: 200, body: { ackSeq: 2, version: 3 } });

      const pulled = await client.pull(second.token, 0);
      expect(pulled.body.keyEpoch).toBe(1);
      expect(pulled.body.changes.map((c: { keyEpoch: number }) => c.keyEpoch)).toEqual([0, 1, 1]);
      expect((await client.pull(lost.token, 0)).status).toBe(401);
    });
  });

  it('answers 404 and 405 for unknown sync paths and methods', async () => {
    expect(await client.call('GET', '/api/sync/nothing')).toEqual({ status: 404, body: { error: 'not_found' } });
    expect((await client.call('GET', '/api/sync/push')).status).toBe(405);
    expect((await client.call('POST', '/api/sync/pull?since=0', { body: {} })).status).toBe(405);
  });
});

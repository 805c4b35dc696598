import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncApi, openStore, type SyncStore } from '../../src/server/sync/index.js';
import type { StoreOptions } from '../../src/server/sync/store.js';
import { change, storeKinds, TestClient } from './syncFixture.js';

// Several server instances on one database (PostgreSQL behind a load balancer), or many requests
// at once on one instance (SQLite): versions stay 1, 2, 3 … without gaps or doubles, and a batch
// sent to two instances at once is applied once.
const kinds = storeKinds();
const LIMITS = { perAddressPerMinute: 1e9, perDevicePerMinute: 1e9, workbooksPerHour: 1e9 };

describe.each(kinds)('concurrent requests on $name', (kind) => {
  let options: StoreOptions;
  let stores: SyncStore[] = [];
  let clients: TestClient[] = [];

  beforeEach(async (context) => {
    if (kind.skip) {
      context.skip(kind.skip);
      return;
    }
    options = await kind.durable();
    // SQLite allows one process per file, so its "instances" share one store; PostgreSQL gets
    // three stores with their own connection pools, as three processes would have. They open
    // (and migrate) at the same time, as instances started together would.
    stores = kind.name === 'postgres' ? await Promise.all([1, 2, 3].map(() => openStore(options))) : [await openStore(options)];
    clients = [0, 1, 2].map((i) => {
      const api = createSyncApi({ store: stores[i % stores.length]!, limits: LIMITS });
      return new TestClient((input, init) => api.fetch(input, init));
    });
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    stores = [];
  });

  it('gives every change of a workbook its own version and applies a doubled batch once', async () => {
    const first = await clients[0]!.device();
    const devices = [first, ...(await Promise.all([1, 2, 3].map(() => clients[1]!.pairDevice(first.token))))];
    const BATCHES = 6;
    // Every device sends each batch twice, at once, to two different instances.
    await Promise.all(
      devices.map(async (device, d) => {
        for (let seq = 1; seq <= BATCHES; seq++) {
          const batch = { seq, changes: [change(`d${d} s${seq} a`), change(`d${d} s${seq} b`)] };
          const answers = await Promise.all([clients[seq % 3]!.push(device.token, [batch]), clients[(seq + 1) % 3]!.push(device.token, [batch])]);
          for (const answer of answers) expect(answer.body.ackSeq).toBe(seq);
        }
      }),
    );
    const pulled = await clients[2]!.pull(first.token, 0);
    const versions = pulled.body.changes.map((c: { version: number }) => c.version);
    expect(versions).toEqual(Array.from({ length: devices.length * BATCHES * 2 }, (_, i) => i + 1));
    const recordIds = new Set(pulled.body.changes.map((c: { recordId: string }) => c.recordId));
    expect(recordIds.size).toBe(devices.length * BATCHES * 2);
    // The two changes of a batch got neighbouring versions (a batch is one transaction).
    for (let i = 0; i < pulled.body.changes.length; i += 2) {
      expect(pulled.body.changes[i].deviceId).toBe(pulled.body.changes[i + 1].deviceId);
    }
  });

  it('lets only one of two simultaneous claims of one code win', async () => {
    const first = await clients[0]!.device();
    await clients[0]!.offer(first.token, 'RACECODE01');
    const answers = await Promise.all([clients[1]!.claim('RACECODE01'), clients[2]!.claim('RACECODE01'), clients[0]!.claim('RACECODE01')]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404, 404]);
    expect((await clients[0]!.devices(first.token)).body.devices).toHaveLength(2);
  });
});

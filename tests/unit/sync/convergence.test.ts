/**
 * Three devices (the real client engine on real Dexie, one database each) and the real sync
 * server in-process (SQLite), driven by random edits, deletions and choices, over a network
 * that drops, duplicates, delays and reorders messages and a server that restarts between
 * commit and reply. Afterwards every device shows the same workbook, no acknowledged edit is
 * lost (it is the value or an "andere versie", unless someone who saw it replaced it), nothing
 * deleted comes back, and the server's files never hold a word that was typed.
 */
import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open } from '../../../src/core/crypto';
import { pendingCount, syncOnce, type SyncSession } from '../../../src/core/sync/engine';
import { chooseVersion, readShadow, removeRecord, viewOf, writeRecord, type LocalProfile } from '../../../src/core/sync/local';
import { conflictsOf, type RecordState } from '../../../src/core/sync/merge';
import { encryptPayload, importWorkbookKey, newWorkbookKeyBytes, toBase64Url } from '../../../src/core/sync/payload';
import { saveSyncState } from '../../../src/core/sync/setup';
import { call, type Transport } from '../../../src/core/sync/transport';
import { createSyncApi, openStore, type SyncApi, type SyncStore } from '../../../src/server/sync/index';
import { dispatchTransport, newClient, sessionOf } from './harness';

const RECORDS = ['answer:a', 'answer:b', 'card:sos'];
const FIELDS = ['value', 'note'];
const CANARY = 'KANARIE';

type Fault = 'none' | 'dropRequest' | 'dropReply' | 'duplicate' | 'delay' | 'restart' | 'staleReply';

type Op =
  | { kind: 'edit'; client: number; record: number; field: number }
  | { kind: 'delete'; client: number; record: number }
  | { kind: 'choose'; client: number; record: number; pick: number }
  | { kind: 'sync'; client: number; faults: Fault[] }
  | { kind: 'deliver' };

const client = fc.integer({ min: 0, max: 2 });
const record = fc.integer({ min: 0, max: RECORDS.length - 1 });
const fault = fc.constantFrom<Fault>('none', 'none', 'dropRequest', 'dropReply', 'duplicate', 'delay', 'restart', 'staleReply');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), client, record, field: fc.integer({ min: 0, max: FIELDS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), client, record }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('choose' as const), client, record, pick: fc.nat(3) }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('sync' as const), client, faults: fc.array(fault, { minLength: 1, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'deliver' as const }) },
);

/** The server, restartable: its SQLite file stays, the process state (API, connection) goes. */
class Server {
  api!: SyncApi;
  store!: SyncStore;
  constructor(readonly file: string) {}
  async start(): Promise<void> {
    this.store = await openStore({ kind: 'sqlite', file: this.file });
    this.api = createSyncApi({ store: this.store, limits: { perAddressPerMinute: 1e9, perDevicePerMinute: 1e9, workbooksPerHour: 1e9 } });
  }
  async restart(): Promise<void> {
    await this.store.close();
    await this.start();
  }
  readonly transport: Transport = (request) => dispatchTransport(this.api)(request);
}

/** A network between one device and the server that misbehaves as the plan says. */
class Network {
  plan: Fault[] = [];
  held: (() => Promise<unknown>)[] = [];
  lastPull: { status: number; body: unknown } | null = null;
  constructor(readonly server: Server) {}

  readonly transport: Transport = async (request) => {
    const fault = this.plan.shift() ?? 'none';
    const send = () => this.server.transport(request);
    switch (fault) {
      case 'dropRequest':
        throw new Error('dropped');
      case 'dropReply':
        await send();
        throw new Error('reply lost');
      case 'duplicate': {
        await send();
        return this.remember(request.path, await send());
      }
      case 'delay':
        // Arrives later, after other messages; the device gives up waiting.
        this.held.push(send);
        throw new Error('timed out');
      case 'restart':
        await send();
        await this.server.restart();
        throw new Error('server restarted');
      case 'staleReply':
        if (request.path.startsWith('/api/sync/pull') && this.lastPull) return this.lastPull;
        return this.remember(request.path, await send());
      default:
        return this.remember(request.path, await send());
    }
  };

  private remember(path: string, response: { status: number; body: unknown }) {
    if (path.startsWith('/api/sync/pull')) this.lastPull = response;
    return response;
  }

  async deliver(): Promise<void> {
    for (const send of this.held.splice(0)) await send();
  }
}

interface Device {
  local: LocalProfile;
  session: SyncSession;
  network: Network;
}

/** Registers a workbook with three devices through the real API; the key is shared in the test. */
async function setUp(server: Server): Promise<Device[]> {
  const keyBytes = newWorkbookKeyBytes();
  const keys = await importWorkbookKey(keyBytes);
  const name = (n: string) => encryptPayload(keys, n, 'device-name');
  const first = await call<{ workbookId: string; deviceId: string; token: string }>(server.transport, {
    method: 'POST',
    path: '/api/sync/workbooks',
    body: { deviceName: await name('Tablet') },
  });
  const joined = [{ ...first, deviceName: 'Tablet' }];
  for (const deviceName of ['Telefoon', 'Begeleider']) {
    const lookup = toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
    await call(server.transport, {
      method: 'POST',
      path: '/api/sync/pairings',
      token: first.token,
      body: { lookup, wrappedKey: toBase64Url(new Uint8Array(60)), salt: toBase64Url(new Uint8Array(16)) },
    });
    const claimed = await call<{ workbookId: string; deviceId: string; token: string }>(server.transport, {
      method: 'POST',
      path: '/api/sync/pair',
      body: { lookup, deviceName: await name(deviceName) },
    });
    joined.push({ ...claimed, deviceName });
  }
  return Promise.all(
    joined.map(async (j, i) => {
      const local = await newClient(`prop${i}`);
      await saveSyncState(local, { server: 'http://test', workbookId: j.workbookId, deviceId: j.deviceId, token: j.token, deviceName: j.deviceName, keyEpoch: 0, keyBytes });
      const network = new Network(server);
      return { local, network, session: await sessionOf(local, network.transport) };
    }),
  );
}

async function valueOf(local: LocalProfile, id: string): Promise<Record<string, unknown> | undefined> {
  const row = await local.db.records.get([local.profileId, id]);
  return row ? open<Record<string, unknown>>(row, local.key) : undefined;
}

async function stateOf(local: LocalProfile, id: string): Promise<RecordState | undefined> {
  return viewOf((await readShadow(local, id)).shadow);
}

/** What the test remembers about one run, to judge the end state independently of the merge. */
interface Journal {
  edits: { record: string; field: string; value: string }[];
  /** Values a device replaced knowingly: shown when it typed over them, or not chosen. */
  replaced: Set<string>;
  deleted: Set<string>;
  /** Records written while the writing device showed them deleted. */
  revived: Set<string>;
}

async function apply(devices: Device[], op: Op, journal: Journal, counter: { n: number }): Promise<void> {
  if (op.kind === 'deliver') {
    for (const d of devices) await d.network.deliver();
    return;
  }
  const device = devices[op.client]!;
  if (op.kind === 'sync') {
    device.network.plan = [...op.faults];
    await syncOnce(device.session).catch(() => undefined);
    device.network.plan = [];
    return;
  }
  const id = RECORDS[op.record]!;
  if (op.kind === 'edit') {
    const field = FIELDS[op.field]!;
    const before = await valueOf(device.local, id);
    const shown = await stateOf(device.local, id);
    if (shown?.deleted) journal.revived.add(id);
    const value = `${CANARY} ${++counter.n}`;
    if (typeof before?.[field] === 'string') journal.replaced.add(before[field] as string);
    journal.edits.push({ record: id, field, value });
    await writeRecord(device.local, 'answer', id, { ...before, [field]: value });
  } else if (op.kind === 'delete') {
    const shown = await stateOf(device.local, id);
    if (shown && !shown.deleted) journal.deleted.add(id);
    await removeRecord(device.local, id);
  } else {
    const conflict = conflictsOf(await stateOf(device.local, id))[0];
    if (!conflict) return;
    const chosen = conflict.versions[op.pick % conflict.versions.length]!;
    for (const v of conflict.versions) if (typeof v.value === 'string') journal.replaced.add(v.value);
    journal.replaced.delete(chosen.value as string);
    await chooseVersion(device.local, id, conflict.field, chosen.id);
  }
}

/** Syncs every device without faults until nothing is waiting and all have the server's last version. */
async function settle(devices: Device[]): Promise<void> {
  for (const d of devices) await d.network.deliver();
  for (let round = 0; round < 4; round++) for (const d of devices) await syncOnce(d.session);
}

describe('sync convergence (property)', () => {
  it('three devices with a faulty network converge and lose no acknowledged edit', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'werkboek-prop-'));
    let runs = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 10, maxLength: 40 }), async (ops) => {
          const server = new Server(join(dir, `run-${++runs}.sqlite`));
          await server.start();
          try {
            const devices = await setUp(server);
            const journal: Journal = { edits: [], replaced: new Set(), deleted: new Set(), revived: new Set() };
            const counter = { n: 0 };
            for (const o of ops) await apply(devices, o, journal, counter);
            await settle(devices);

            // Every edit was acknowledged: no outbox row is left.
            for (const d of devices) expect(await pendingCount(d.local)).toBe(0);

            for (const id of RECORDS) {
              const states = await Promise.all(devices.map((d) => stateOf(d.local, id)));
              const values = await Promise.all(devices.map((d) => valueOf(d.local, id)));
              // The same on every device: value, open versions, deletion.
              expect(states[1]).toEqual(states[0]);
              expect(states[2]).toEqual(states[0]);
              expect(values[1]).toEqual(values[0]);
              expect(values[2]).toEqual(values[0]);
              const state = states[0];
              const live = state && !state.deleted ? state : undefined;
              // A deletion is final unless a device wrote after it had seen it.
              if (journal.deleted.has(id) && !journal.revived.has(id)) expect(live).toBeUndefined();
              if (journal.deleted.has(id)) continue;
              for (const edit of journal.edits.filter((e) => e.record === id)) {
                const open = (live?.fields[edit.field] ?? []).map((v) => v.value);
                const kept = open.includes(edit.value) || journal.replaced.has(edit.value);
                expect(kept, `${edit.value} on ${id}.${edit.field}`).toBe(true);
              }
            }
          } finally {
            await server.store.close();
          }
        }),
        { seed: 20261123, numRuns: 25, endOnFailure: true },
      );
      // The canary never reaches the server's files (database and write-ahead log).
      for (const file of await readdir(dir)) {
        const bytes = await readFile(join(dir, file));
        expect(bytes.includes(Buffer.from(CANARY)), file).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

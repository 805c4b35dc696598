/** Test facade for sync: the real server API in-process, and clients on their own Dexie databases. */
import { newKey } from '../../../src/core/crypto';
import { WorkbookDb } from '../../../src/core/db';
import { openSession, type SyncSession } from '../../../src/core/sync/engine';
import type { LocalProfile } from '../../../src/core/sync/local';
import type { Transport } from '../../../src/core/sync/transport';
import { createSyncApi, openStore, type SyncApi, type SyncStore } from '../../../src/server/sync/index';

let databases = 0;

/** The real sync API over SQLite in memory, reachable through a Transport without HTTP. */
export async function startServer(store?: SyncStore): Promise<{ api: SyncApi; transport: Transport; store: SyncStore }> {
  const opened = store ?? (await openStore({ kind: 'sqlite', file: ':memory:' }));
  const api = createSyncApi({ store: opened, limits: { perAddressPerMinute: 1e9, perDevicePerMinute: 1e9, workbooksPerHour: 1e9 } });
  return { api, transport: dispatchTransport(api), store: opened };
}

/** A Transport that hands each request to the API's dispatch, as the HTTP layer would. */
export function dispatchTransport(api: SyncApi): Transport {
  return async ({ method, path, token, body, keyEpoch }) => {
    const [pathname, search = ''] = path.split('?') as [string, string?];
    const response = await api.dispatch({
      method,
      path: pathname,
      search,
      authorization: token ? `Bearer ${token}` : undefined,
      contentType: body === undefined ? undefined : 'application/json',
      keyEpoch: keyEpoch === undefined ? undefined : String(keyEpoch),
      body: body === undefined ? null : new TextEncoder().encode(JSON.stringify(body)),
      address: '127.0.0.1',
    });
    return { status: response.status, body: response.body ?? null };
  };
}

/** A device with one profile on its own database, with a fresh data key. */
export async function newClient(name: string): Promise<LocalProfile> {
  const db = new WorkbookDb(`sync-${name}-${++databases}`);
  await db.open();
  return { db, profileId: crypto.randomUUID(), key: await newKey('data') };
}

/** The client's sync session over a transport. */
export async function sessionOf(local: LocalProfile, transport: Transport): Promise<SyncSession> {
  const session = await openSession(local, transport);
  if (!session) throw new Error('not syncing');
  return session;
}

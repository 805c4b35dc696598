/**
 * The sync server: storage (SQLite or PostgreSQL) and the /api/sync routes.
 *
 *   const store = await openStore({ kind: 'sqlite', file: ':memory:' });
 *   const api = createSyncApi({ store });
 *   await api.fetch('http://x/api/sync/workbooks', { method: 'POST', … }); // in-process
 *   createServer({ appDir, sync: api });                                    // over HTTP
 */
import { join, resolve } from 'node:path';
import type { StoreOptions } from './store.js';
import type { SyncLimits } from './syncApi.js';

export { openStore, type StoreOptions, type SyncStore } from './store.js';
export { createSyncApi, DEFAULT_LIMITS, type SyncApi, type SyncApiOptions, type SyncLimits } from './syncApi.js';

/** Where the store lives, from DATABASE_URL (PostgreSQL) or DATA_DIR (SQLite, default ./data). */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv): StoreOptions {
  if (env.DATABASE_URL) return { kind: 'postgres', connectionString: env.DATABASE_URL };
  return { kind: 'sqlite', file: join(resolve(env.DATA_DIR || './data'), 'sync.sqlite') };
}

const LIMIT_VARIABLES: Readonly<Record<string, keyof SyncLimits>> = {
  SYNC_RATE_PER_ADDRESS: 'perAddressPerMinute',
  SYNC_RATE_PER_DEVICE: 'perDevicePerMinute',
  SYNC_WORKBOOKS_PER_HOUR: 'workbooksPerHour',
  SYNC_PAIR_FAILURES: 'pairFailures',
};

/** Limits set in the environment; a value that is not a positive whole number is an error. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): Partial<SyncLimits> {
  const limits: Partial<SyncLimits> = {};
  for (const [variable, key] of Object.entries(LIMIT_VARIABLES)) {
    const text = env[variable];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${variable} must be a whole number ≥ 1, not "${text}"`);
    limits[key] = value;
  }
  return limits;
}

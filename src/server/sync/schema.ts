import { sql, type Kysely } from 'kysely';

/** Which database a store runs on; the few places where SQL differs ask this. */
export type StoreKind = 'sqlite' | 'postgres';

/** The tables as Kysely sees them. Binary columns are Uint8Array (SQLite BLOB, PostgreSQL bytea). */
export interface Tables {
  sync_migrations: { id: number; name: string; applied_at: number };
  workbooks: { id: string; version: number; key_epoch: number; created_at: number };
  devices: {
    id: string;
    workbook_id: string;
    token_hash: string;
    name: Uint8Array;
    seq: number;
    created_at: number;
    last_seen_at: number;
    revoked_at: number | null;
  };
  changes: {
    workbook_id: string;
    version: number;
    record_id: Uint8Array;
    device_id: string;
    base_version: number;
    deleted: number;
    key_epoch: number;
    payload: Uint8Array | null;
    at: number;
  };
  pairings: {
    lookup: string;
    workbook_id: string;
    device_id: string;
    wrapped_key: Uint8Array;
    salt: Uint8Array;
    key_epoch: number;
    expires_at: number;
  };
}

interface Migration {
  id: number;
  name: string;
  up: (db: Kysely<Tables>, kind: StoreKind) => Promise<void>;
}

/**
 * Append-only: a migration that has run on some server is never edited or removed; a change
 * of schema is a new entry at the end. Times are milliseconds since 1970 (bigint); booleans
 * are 0/1 integers so both databases read them alike.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'workbooks, devices, changes, pairings',
    up: async (db, kind) => {
      const bytes = kind === 'postgres' ? 'bytea' : 'blob';
      await db.schema
        .createTable('workbooks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('key_epoch', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('workbook_id', 'text', (c) => c.notNull().references('workbooks.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('name', bytes, (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('devices_workbook').on('devices').column('workbook_id').execute();
      await db.schema
        .createTable('changes')
        .addColumn('workbook_id', 'text', (c) => c.notNull().references('workbooks.id'))
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('record_id', bytes, (c) => c.notNull())
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('base_version', 'bigint', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull())
        .addColumn('key_epoch', 'integer', (c) => c.notNull())
        .addColumn('payload', bytes)
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('changes_pk', ['workbook_id', 'version'])
        .execute();
      await db.schema
        .createTable('pairings')
        .addColumn('lookup', 'text', (c) => c.primaryKey())
        .addColumn('workbook_id', 'text', (c) => c.notNull().references('workbooks.id'))
        .addColumn('device_id', 'text', (c) => c.notNull())
        .addColumn('wrapped_key', bytes, (c) => c.notNull())
        .addColumn('salt', bytes, (c) => c.notNull())
        .addColumn('key_epoch', 'integer', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('pairings_expiry').on('pairings').column('expires_at').execute();
    },
  },
];

/**
 * Brings the schema up to date. On PostgreSQL several instances may start at once: a
 * transaction-scoped advisory lock lets one of them migrate while the others wait, and DDL
 * is transactional there, so a failed migration leaves nothing half done.
 */
export async function migrate(db: Kysely<Tables>, kind: StoreKind, now: () => number = Date.now): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (kind === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await trx.schema
      .createTable('sync_migrations')
      .ifNotExists()
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('applied_at', 'bigint', (c) => c.notNull())
      .execute();
    const done = new Set((await trx.selectFrom('sync_migrations').select('id').execute()).map((row) => Number(row.id)));
    for (const migration of MIGRATIONS) {
      if (done.has(migration.id)) continue;
      await migration.up(trx, kind);
      await trx.insertInto('sync_migrations').values({ id: migration.id, name: migration.name, applied_at: now() }).execute();
    }
  });
}

// Any fixed number; only instances of this server take this lock.
const MIGRATION_LOCK = 727_001;

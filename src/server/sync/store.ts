import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { migrate, type StoreKind, type Tables } from './schema.js';

/** Where the data lives: a SQLite file (':memory:' for tests) or a PostgreSQL database. */
export type StoreOptions =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; connectionString: string; maxConnections?: number };

/** A device as the API needs it after authentication. */
export interface DeviceRow {
  id: string;
  workbookId: string;
  revoked: boolean;
  lastSeenAt: number;
}

export interface NewDevice {
  deviceId: string;
  tokenHash: string;
  name: Uint8Array;
}

export interface PushChange {
  /** The 32 bytes of the record id (kept as bytes, not as the text that carried them). */
  recordId: Uint8Array;
  baseVersion: number;
  deleted: boolean;
  payload: Uint8Array | null;
}

export interface PushBatch {
  seq: number;
  changes: PushChange[];
}

export type PushResult =
  | { kind: 'ok'; ackSeq: number; version: number }
  | { kind: 'seq_gap'; ackSeq: number }
  | { kind: 'key_rotated'; keyEpoch: number }
  | { kind: 'revoked' };

export interface StoredChange {
  version: number;
  recordId: Uint8Array;
  deviceId: string;
  baseVersion: number;
  deleted: boolean;
  keyEpoch: number;
  payload: Uint8Array | null;
  at: number;
}

export interface DeviceInfo {
  deviceId: string;
  name: Uint8Array;
  createdAt: number;
  lastSeenAt: number;
  revoked: boolean;
}

export interface Claimed {
  workbookId: string;
  wrappedKey: Uint8Array;
  salt: Uint8Array;
  keyEpoch: number;
}

export type RevokeResult = 'ok' | 'not_found' | 'self';
export type RotateResult = { kind: 'ok'; keyEpoch: number } | { kind: 'epoch_mismatch'; keyEpoch: number };

/** Everything the sync API stores; one implementation over Kysely for SQLite and PostgreSQL. */
export interface SyncStore {
  readonly kind: StoreKind;
  createWorkbook(workbookId: string, device: NewDevice, now: number): Promise<void>;
  deviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined>;
  touchDevice(deviceId: string, now: number): Promise<void>;
  offerPairing(offer: {
    lookup: string;
    workbookId: string;
    deviceId: string;
    wrappedKey: Uint8Array;
    salt: Uint8Array;
    expiresAt: number;
  }): Promise<{ keyEpoch: number } | 'lookup_taken'>;
  /**
   * Takes an unexpired offer and deletes it, in one transaction. With `device` a new device
   * joins the offer's workbook; with `existing` a device of that workbook only learns the key.
   */
  claimPairing(
    lookup: string,
    now: number,
    who: { device: NewDevice } | { existing: DeviceRow },
  ): Promise<Claimed | 'unknown_code' | 'wrong_workbook'>;
  push(device: DeviceRow, keyEpoch: number, batches: PushBatch[], now: number): Promise<PushResult>;
  /** Changes after `since` in version order: at most `limit`, and past the first at most `maxBytes` of payload. */
  pull(workbookId: string, since: number, limit: number, maxBytes: number): Promise<{ changes: StoredChange[]; more: boolean }>;
  workbookVersion(workbookId: string): Promise<{ version: number; keyEpoch: number }>;
  listDevices(workbookId: string): Promise<DeviceInfo[]>;
  revokeDevice(by: DeviceRow, deviceId: string, now: number): Promise<RevokeResult>;
  rotateKey(workbookId: string, nextEpoch: number): Promise<RotateResult>;
  /** Deletes expired pairing offers. */
  sweep(now: number): Promise<void>;
  close(): Promise<void>;
  /** The Kysely instance, for tests and tools that inspect the raw tables. */
  readonly db: Kysely<Tables>;
}

/** Opens (creating and migrating when needed) a store. */
export async function openStore(options: StoreOptions): Promise<SyncStore> {
  let db: Kysely<Tables>;
  if (options.kind === 'sqlite') {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const database = new BetterSqlite3(options.file);
    database.pragma('journal_mode = WAL');
    // FULL: a push is acknowledged only after it is on disk, WAL or not.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
  } else {
    const pool = new pg.Pool({ connectionString: options.connectionString, max: options.maxConnections ?? 10 });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => {});
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  }
  try {
    await migrate(db, options.kind);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, options.kind);
}

// PostgreSQL returns bigint columns as strings; every number we store fits a double exactly.
const num = (value: unknown): number => Number(value);
const bytes = (value: unknown): Uint8Array =>
  value instanceof Uint8Array ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(0);

class KyselyStore implements SyncStore {
  constructor(
    readonly db: Kysely<Tables>,
    readonly kind: StoreKind,
  ) {}

  async createWorkbook(workbookId: string, device: NewDevice, now: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('workbooks').values({ id: workbookId, version: 0, key_epoch: 0, created_at: now }).execute();
      await insertDevice(trx, workbookId, device, now);
    });
  }

  async deviceByTokenHash(tokenHash: string): Promise<DeviceRow | undefined> {
    const row = await this.db
      .selectFrom('devices')
      .select(['id', 'workbook_id', 'revoked_at', 'last_seen_at'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    return { id: row.id, workbookId: row.workbook_id, revoked: row.revoked_at !== null, lastSeenAt: num(row.last_seen_at) };
  }

  async touchDevice(deviceId: string, now: number): Promise<void> {
    await this.db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
  }

  async offerPairing(offer: {
    lookup: string;
    workbookId: string;
    deviceId: string;
    wrappedKey: Uint8Array;
    salt: Uint8Array;
    expiresAt: number;
  }): Promise<{ keyEpoch: number } | 'lookup_taken'> {
    return this.db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('pairings').select('lookup').where('lookup', '=', offer.lookup).executeTakeFirst();
      if (taken) return 'lookup_taken' as const;
      const workbook = await trx.selectFrom('workbooks').select('key_epoch').where('id', '=', offer.workbookId).executeTakeFirstOrThrow();
      const keyEpoch = num(workbook.key_epoch);
      await trx
        .insertInto('pairings')
        .values({
          lookup: offer.lookup,
          workbook_id: offer.workbookId,
          device_id: offer.deviceId,
          wrapped_key: offer.wrappedKey,
          salt: offer.salt,
          key_epoch: keyEpoch,
          expires_at: offer.expiresAt,
        })
        .execute();
      return { keyEpoch };
    });
  }

  async claimPairing(
    lookup: string,
    now: number,
    who: { device: NewDevice } | { existing: DeviceRow },
  ): Promise<Claimed | 'unknown_code' | 'wrong_workbook'> {
    return this.db.transaction().execute(async (trx) => {
      // Deleting first (with RETURNING) makes the claim atomic: of two claims at once, one gets the row.
      const offer = await trx
        .deleteFrom('pairings')
        .where('lookup', '=', lookup)
        .returning(['workbook_id', 'wrapped_key', 'salt', 'key_epoch', 'expires_at'])
        .executeTakeFirst();
      if (!offer) return 'unknown_code' as const;
      if (num(offer.expires_at) <= now) return 'unknown_code' as const;
      if ('existing' in who) {
        // Not a new device: the offer stays for the device of the right workbook.
        if (who.existing.workbookId !== offer.workbook_id) throw new KeepOffer();
      } else {
        await insertDevice(trx, offer.workbook_id, who.device, now);
      }
      return {
        workbookId: offer.workbook_id,
        wrappedKey: bytes(offer.wrapped_key),
        salt: bytes(offer.salt),
        keyEpoch: num(offer.key_epoch),
      };
    }).catch((error: unknown) => {
      if (error instanceof KeepOffer) return 'wrong_workbook' as const;
      throw error;
    });
  }

  async push(device: DeviceRow, keyEpoch: number, batches: PushBatch[], now: number): Promise<PushResult> {
    // One transaction per batch: a batch is applied whole or not at all, and a later gap
    // leaves earlier batches applied.
    let last: PushResult | undefined;
    for (const batch of batches) {
      last = await this.db.transaction().execute((trx) => this.applyBatch(trx, device, keyEpoch, batch, now));
      if (last.kind !== 'ok') return last;
    }
    if (last) return last;
    return this.db.transaction().execute(async (trx) => {
      const row = await this.lockDevice(trx, device.id);
      if (!row || row.revoked_at !== null) return { kind: 'revoked' as const };
      const workbook = await trx.selectFrom('workbooks').select(['version', 'key_epoch']).where('id', '=', device.workbookId).executeTakeFirstOrThrow();
      if (num(workbook.key_epoch) !== keyEpoch) return { kind: 'key_rotated' as const, keyEpoch: num(workbook.key_epoch) };
      return { kind: 'ok' as const, ackSeq: num(row.seq), version: num(workbook.version) };
    });
  }

  private async lockDevice(trx: Transaction<Tables>, deviceId: string) {
    let query = trx.selectFrom('devices').select(['seq', 'revoked_at']).where('id', '=', deviceId);
    // SQLite has one writer at a time already; PostgreSQL needs the row lock so that two
    // requests of one device cannot both apply the same seq.
    if (this.kind === 'postgres') query = query.forUpdate();
    return query.executeTakeFirst();
  }

  private async applyBatch(trx: Transaction<Tables>, device: DeviceRow, keyEpoch: number, batch: PushBatch, now: number): Promise<PushResult> {
    if (this.kind === 'sqlite') {
      // Take the write lock now, so reading seq and writing the batch cannot interleave with another process.
      await sql`update workbooks set version = version where id = ${device.workbookId}`.execute(trx);
    }
    const row = await this.lockDevice(trx, device.id);
    if (!row || row.revoked_at !== null) return { kind: 'revoked' };
    const stored = num(row.seq);
    // Lock order everywhere: device row, then workbook row.
    let workbookQuery = trx.selectFrom('workbooks').select(['version', 'key_epoch']).where('id', '=', device.workbookId);
    if (this.kind === 'postgres') workbookQuery = workbookQuery.forUpdate();
    const workbook = await workbookQuery.executeTakeFirstOrThrow();
    const version = num(workbook.version);
    if (batch.seq <= stored) return { kind: 'ok', ackSeq: stored, version };
    if (batch.seq > stored + 1) return { kind: 'seq_gap', ackSeq: stored };
    if (num(workbook.key_epoch) !== keyEpoch) return { kind: 'key_rotated', keyEpoch: num(workbook.key_epoch) };
    if (batch.changes.length > 0) {
      await trx
        .insertInto('changes')
        .values(
          batch.changes.map((change, index) => ({
            workbook_id: device.workbookId,
            version: version + index + 1,
            record_id: change.recordId,
            device_id: device.id,
            base_version: change.baseVersion,
            deleted: change.deleted ? 1 : 0,
            key_epoch: keyEpoch,
            payload: change.payload,
            at: now,
          })),
        )
        .execute();
    }
    const newVersion = version + batch.changes.length;
    await trx.updateTable('workbooks').set({ version: newVersion }).where('id', '=', device.workbookId).execute();
    await trx.updateTable('devices').set({ seq: batch.seq, last_seen_at: now }).where('id', '=', device.id).execute();
    return { kind: 'ok', ackSeq: batch.seq, version: newVersion };
  }

  async pull(workbookId: string, since: number, limit: number, maxBytes: number): Promise<{ changes: StoredChange[]; more: boolean }> {
    // First only the sizes, so a page of large payloads is cut before it is loaded.
    const sizes = await this.db
      .selectFrom('changes')
      .select(['version', sql<number>`coalesce(length(payload), 0)`.as('size')])
      .where('workbook_id', '=', workbookId)
      .where('version', '>', since)
      .orderBy('version')
      .limit(limit + 1)
      .execute();
    let take = 0;
    let total = 0;
    for (const row of sizes.slice(0, limit)) {
      total += num(row.size);
      if (take > 0 && total > maxBytes) break;
      take += 1;
    }
    if (take === 0) return { changes: [], more: false };
    const until = num(sizes[take - 1]!.version);
    const rows = await this.db
      .selectFrom('changes')
      .selectAll()
      .where('workbook_id', '=', workbookId)
      .where('version', '>', since)
      .where('version', '<=', until)
      .orderBy('version')
      .execute();
    return {
      changes: rows.map((row) => ({
        version: num(row.version),
        recordId: bytes(row.record_id),
        deviceId: row.device_id,
        baseVersion: num(row.base_version),
        deleted: num(row.deleted) === 1,
        keyEpoch: num(row.key_epoch),
        payload: row.payload === null ? null : bytes(row.payload),
        at: num(row.at),
      })),
      more: sizes.length > take,
    };
  }

  async workbookVersion(workbookId: string): Promise<{ version: number; keyEpoch: number }> {
    const row = await this.db.selectFrom('workbooks').select(['version', 'key_epoch']).where('id', '=', workbookId).executeTakeFirstOrThrow();
    return { version: num(row.version), keyEpoch: num(row.key_epoch) };
  }

  async listDevices(workbookId: string): Promise<DeviceInfo[]> {
    const rows = await this.db
      .selectFrom('devices')
      .select(['id', 'name', 'created_at', 'last_seen_at', 'revoked_at'])
      .where('workbook_id', '=', workbookId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((row) => ({
      deviceId: row.id,
      name: bytes(row.name),
      createdAt: num(row.created_at),
      lastSeenAt: num(row.last_seen_at),
      revoked: row.revoked_at !== null,
    }));
  }

  async revokeDevice(by: DeviceRow, deviceId: string, now: number): Promise<RevokeResult> {
    if (deviceId === by.id) return 'self';
    const result = await this.db
      .updateTable('devices')
      .set({ revoked_at: now })
      .where('id', '=', deviceId)
      .where('workbook_id', '=', by.workbookId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return 'ok';
    // Revoking twice is fine; a device of another workbook is "not found", never "exists".
    const already = await this.db
      .selectFrom('devices')
      .select('id')
      .where('id', '=', deviceId)
      .where('workbook_id', '=', by.workbookId)
      .executeTakeFirst();
    return already ? 'ok' : 'not_found';
  }

  async rotateKey(workbookId: string, nextEpoch: number): Promise<RotateResult> {
    const result = await this.db
      .updateTable('workbooks')
      .set({ key_epoch: nextEpoch })
      .where('id', '=', workbookId)
      .where('key_epoch', '=', nextEpoch - 1)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) {
      // Offers made under the old key would hand out the old key.
      await this.db.deleteFrom('pairings').where('workbook_id', '=', workbookId).where('key_epoch', '<', nextEpoch).execute();
      return { kind: 'ok', keyEpoch: nextEpoch };
    }
    const { keyEpoch } = await this.workbookVersion(workbookId);
    return { kind: 'epoch_mismatch', keyEpoch };
  }

  async sweep(now: number): Promise<void> {
    await this.db.deleteFrom('pairings').where('expires_at', '<=', now).execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

class KeepOffer extends Error {}

async function insertDevice(trx: Transaction<Tables>, workbookId: string, device: NewDevice, now: number): Promise<void> {
  await trx
    .insertInto('devices')
    .values({
      id: device.deviceId,
      workbook_id: workbookId,
      token_hash: device.tokenHash,
      name: device.name,
      seq: 0,
      created_at: now,
      last_seen_at: now,
      revoked_at: null,
    })
    .execute();
}

/**
 * Push and pull for one synced profile (PROTOCOL.md).
 *
 * Push: outbox rows are put in a numbered batch (stored before sending, so a resent batch holds
 * the same rows) and deleted only when an answer acknowledges that batch. Pull: a page of the
 * server's log is folded into the shadows, the app's rows are rewritten from the merged state,
 * and the cursor moves, all in one transaction. Nothing here waits on a timer; when to sync is
 * up to the scheduler.
 */
import { open, openBytes } from '../crypto';
import type { SyncStateRow } from '../db';
import { applyChange, type Change } from './merge';
import { materialize, readShadow, sameRow, viewOf, type LocalProfile, type RowWrite, type Shadow } from './local';
import { decryptPayload, encryptPayload, importWorkbookKey, MIN_PADDED_BYTES, serverRecordId, TooLargeError, type WorkbookKeys } from './payload';
import { seal } from '../crypto';
import { call, SyncError, type Transport } from './transport';

/** Changes per push request and per pull page. */
export const PUSH_CHANGES = 100;
export const PULL_LIMIT = 200;

/** A synced profile ready to talk to its server. */
export interface SyncSession extends LocalProfile {
  transport: Transport;
  keys: WorkbookKeys;
  /** Keys of earlier epochs, to read changes sealed before a rotation. */
  oldKeys?: Map<number, WorkbookKeys>;
}

/** Opens the sealed workbook key of a synced profile. */
export async function openSession(local: LocalProfile, transport: Transport): Promise<SyncSession | undefined> {
  const state = await local.db.syncState.get(local.profileId);
  if (!state) return undefined;
  const keys = await importWorkbookKey(await openBytes(state.workbookKey, local.key));
  const oldKeys = new Map<number, WorkbookKeys>();
  for (const old of state.oldKeys ?? []) oldKeys.set(old.epoch, await importWorkbookKey(await openBytes(old, local.key)));
  return { ...local, transport, keys, oldKeys };
}

async function requireState(session: SyncSession): Promise<SyncStateRow> {
  const state = await session.db.syncState.get(session.profileId);
  if (!state) throw new SyncError('not_syncing');
  return state;
}

/** The lowest open batch: one already sent, or a new one from outbox rows not yet sent. */
async function nextBatch(session: SyncSession): Promise<{ seq: number; rows: { seq?: number; localId: string; iv: Uint8Array; data: Uint8Array }[] } | null> {
  const { db, profileId } = session;
  return db.transaction('rw', [db.outbox, db.syncState], async () => {
    const rows = await db.outbox.where('profileId').equals(profileId).sortBy('seq');
    const sent = rows.filter((row) => row.batch !== undefined);
    if (sent.length > 0) {
      const seq = Math.min(...sent.map((row) => row.batch!));
      return { seq, rows: sent.filter((row) => row.batch === seq) };
    }
    if (rows.length === 0) return null;
    const state = await db.syncState.get(profileId);
    if (!state) return null;
    const seq = state.nextBatch;
    const batch = fillBatch(rows);
    for (const row of batch) await db.outbox.update(row.seq!, { batch: seq });
    await db.syncState.update(profileId, { nextBatch: seq + 1 });
    return { seq, rows: batch };
  });
}

/** Request bodies stay under the server's 8 MiB: payloads grow by padding and base64. */
const PUSH_BYTES = 6 * 1024 * 1024;

/** The first outbox rows that fit one push (always at least one). */
function fillBatch<T extends { data: Uint8Array }>(rows: T[]): T[] {
  let bytes = 0;
  const batch: T[] = [];
  for (const row of rows.slice(0, PUSH_CHANGES)) {
    let padded = MIN_PADDED_BYTES;
    while (padded < row.data.length) padded *= 2;
    bytes += (padded * 4) / 3 + 200;
    if (batch.length > 0 && bytes > PUSH_BYTES) break;
    batch.push(row);
  }
  return batch;
}

/** Forgets outbox rows of batches the server acknowledged. */
async function acknowledge(session: SyncSession, ackSeq: number): Promise<void> {
  const { db, profileId } = session;
  await db.transaction('rw', [db.outbox, db.syncState], async () => {
    await db.outbox
      .where('profileId')
      .equals(profileId)
      .filter((row) => row.batch !== undefined && row.batch <= ackSeq)
      .delete();
    // A server that knows fewer batches than were sent (restored from a backup) gets the open
    // batches again, numbered from where it is.
    const open = await db.outbox.where('profileId').equals(profileId).filter((row) => row.batch !== undefined).toArray();
    const lowest = Math.min(...open.map((row) => row.batch!));
    if (open.length > 0 && lowest > ackSeq + 1) {
      for (const row of open) await db.outbox.update(row.seq!, { batch: row.batch! - lowest + ackSeq + 1 });
      const state = await db.syncState.get(profileId);
      if (state) await db.syncState.update(profileId, { nextBatch: state.nextBatch - lowest + ackSeq + 1 });
    }
  });
}

/** Sends every outbox row; returns how many batches the server acknowledged. */
export async function push(session: SyncSession): Promise<number> {
  let acknowledged = 0;
  let tooLarge = false;
  for (;;) {
    const batch = await nextBatch(session);
    if (!batch) {
      if (tooLarge) throw new SyncError('too_large');
      return acknowledged;
    }
    const state = await requireState(session);
    const sealed = await Promise.all(
      batch.rows.map(async (row) => {
        const change = await open<Change>(row, session.key);
        const recordId = await serverRecordId(session.keys, change.localId);
        try {
          const payload = await encryptPayload(session.keys, change, recordId);
          // A deletion travels inside the payload too, so the server cannot tell it from an edit.
          return { recordId, baseVersion: state.cursor, deleted: false, payload };
        } catch (error) {
          if (!(error instanceof TooLargeError)) throw error;
          // Too big for any server: it stays on this device only, and the person is told.
          await session.db.outbox.delete(row.seq!);
          tooLarge = true;
          return null;
        }
      }),
    );
    const changes = sealed.filter((change) => change !== null);
    const request = {
      method: 'POST' as const,
      path: '/api/sync/push',
      token: state.token,
      keyEpoch: state.keyEpoch,
      body: { batches: [{ seq: batch.seq, changes }] },
    };
    try {
      const answer = await call<{ ackSeq: number }>(session.transport, request);
      await acknowledge(session, answer.ackSeq);
    } catch (error) {
      if (error instanceof SyncError && error.code === 'seq_gap' && typeof error.body.ackSeq === 'number') {
        await acknowledge(session, error.body.ackSeq);
        continue;
      }
      throw error;
    }
    acknowledged++;
  }
}

/** One change as the pull answer lists it. */
interface PulledChange {
  version: number;
  keyEpoch?: number;
  recordId: string;
  deviceId: string;
  deleted: boolean;
  payload?: string;
  at: string | number;
}

interface PullAnswer {
  changes: PulledChange[];
  more: boolean;
  version: number;
  keyEpoch?: number;
}

/** Fetches and stores every change the server has after this device's cursor. */
export async function pull(session: SyncSession, options: { duringRotation?: boolean } = {}): Promise<number> {
  let stored = 0;
  for (;;) {
    const state = await requireState(session);
    const answer = await call<PullAnswer>(session.transport, {
      method: 'GET',
      path: `/api/sync/pull?since=${state.cursor}&limit=${PULL_LIMIT}`,
      token: state.token,
    });
    // Another device moved the workbook to a new key: nothing is stored (it could not be read)
    // until this device has the new key by code.
    if ((answer.keyEpoch ?? 0) > state.keyEpoch && !options.duringRotation) throw new SyncError('key_rotated');
    stored += await storePulled(session, answer);
    if (!answer.more || answer.changes.length === 0) return stored;
  }
}

/** Opens the pulled changes this workbook key can read; others (tampered, foreign) are skipped. */
async function openPulled(session: SyncSession, changes: PulledChange[]): Promise<{ version: number; change: Change }[]> {
  const state = await requireState(session);
  const opened = await Promise.all(
    changes.map(async (pulled) => {
      const epoch = pulled.keyEpoch ?? 0;
      const keys = epoch === state.keyEpoch ? session.keys : session.oldKeys?.get(epoch);
      if (!pulled.payload || !keys) return null;
      try {
        const change = await decryptPayload<Change>(keys, pulled.payload, pulled.recordId);
        // The id must match the content, or a payload was moved.
        if ((await serverRecordId(keys, change.localId)) !== pulled.recordId) return null;
        return { version: pulled.version, change };
      } catch {
        return null;
      }
    }),
  );
  return opened.filter((item): item is { version: number; change: Change } => item !== null);
}

/**
 * Folds one pull answer into the shadows and the app's rows, and moves the cursor, in one
 * transaction. An answer older than the cursor (a late duplicate) only adds what is new.
 */
export async function storePulled(session: SyncSession, answer: PullAnswer): Promise<number> {
  const { db, profileId } = session;
  for (;;) {
    const state = await requireState(session);
    if (answer.version <= state.cursor) return 0;
    const fresh = answer.changes.filter((c) => c.version > state.cursor).sort((a, b) => a.version - b.version);
    const opened = await openPulled(session, fresh);
    const byRecord = new Map<string, Change[]>();
    for (const { change } of opened) byRecord.set(change.localId, [...(byRecord.get(change.localId) ?? []), change]);

    const writes: { id: string; row: Awaited<ReturnType<typeof readShadow>>['row']; sealed: { iv: Uint8Array; data: Uint8Array }; write: RowWrite }[] = [];
    for (const [id, changes] of byRecord) {
      const { row, shadow } = await readShadow(session, id);
      const seen = new Set(changes.map((c) => c.id));
      const next: Shadow = {
        server: changes.reduce<Shadow['server']>(applyChange, shadow.server),
        pending: shadow.pending.filter((c) => !seen.has(c.id)),
      };
      const bytes = [...changes].reverse().find((c) => c.bytes)?.bytes;
      const [sealed, write] = await Promise.all([seal(next, session.key), materialize(session, id, viewOf(next), bytes)]);
      writes.push({ id, row, sealed, write });
    }

    const done = await db.transaction('rw', [db.records, db.media, db.shadows, db.syncState], async () => {
      const now = await db.syncState.get(profileId);
      if (!now || now.cursor !== state.cursor) return false;
      for (const { id, row } of writes) if (!sameRow(await db.shadows.get([profileId, id]), row)) return false;
      for (const { id, sealed, write } of writes) {
        await db.shadows.put({ profileId, id, ...sealed });
        await write();
      }
      await db.syncState.update(profileId, { cursor: answer.version });
      return true;
    });
    if (done) return opened.length;
  }
}

/** Pushes, then pulls. Records the result in the profile's sync state. */
export async function syncOnce(session: SyncSession): Promise<void> {
  try {
    let refused: string | null = null;
    try {
      await push(session);
    } catch (error) {
      if (!(error instanceof SyncError && error.code === 'too_large')) throw error;
      refused = error.code;
    }
    await pull(session);
    await session.db.syncState.update(session.profileId, { lastSyncedAt: Date.now(), lastError: refused });
    if (refused) throw new SyncError(refused);
  } catch (error) {
    const code = error instanceof SyncError ? error.code : 'failed';
    await session.db.syncState.update(session.profileId, { lastError: code });
    throw error instanceof SyncError ? error : new SyncError(code);
  }
}

/** How many changes of the profile still wait for the server. */
export function pendingCount(local: LocalProfile): Promise<number> {
  return local.db.outbox.where('profileId').equals(local.profileId).count();
}

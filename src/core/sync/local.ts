/**
 * The device side of sync storage: edits of a synced profile write the record, its shadow
 * (merged server state plus this device's changes not yet seen back) and an outbox row in ONE
 * Dexie transaction. A profile without sync writes only the record, as before.
 *
 * Everything is sealed before a transaction opens (an awaited WebCrypto call would let Dexie
 * commit early). Inside the transaction the shadow and the change counter are read again; when
 * a pull or another edit changed them meanwhile, the work is done again from the new state.
 */
import { open, seal, openBytes, sealBytes } from '../crypto';
import type { RecordRow, ShadowRow, SyncStateRow, WorkbookDb } from '../db';
import { applyChange, chooseChange, currentValue, deleteChange, diffChange, type Change, type ChangeMeta, type RecordState } from './merge';
import { fromBase64Url, toBase64Url } from './payload';

/** One profile's storage: its database and the unlocked data key. */
export interface LocalProfile {
  db: WorkbookDb;
  profileId: string;
  key: CryptoKey;
}

/** What a shadow row holds (sealed). */
export interface Shadow {
  server?: RecordState;
  pending: Change[];
}

/** What this device shows for a record: the server state with its own changes on top. */
export function viewOf(shadow: Shadow): RecordState | undefined {
  return shadow.pending.reduce<RecordState | undefined>(applyChange, shadow.server);
}

/** Reads and opens one shadow. */
export async function readShadow(local: LocalProfile, id: string): Promise<{ row?: ShadowRow; shadow: Shadow }> {
  const row = await local.db.shadows.get([local.profileId, id]);
  return { row, shadow: row ? await open<Shadow>(row, local.key) : { pending: [] } };
}

/** Whether the shadow row in the database is still the one that was read. */
export function sameRow(a: { iv: Uint8Array } | undefined, b: { iv: Uint8Array } | undefined): boolean {
  if (!a || !b) return a === b;
  return a.iv.length === b.iv.length && a.iv.every((byte, i) => byte === b.iv[i]);
}

/** The stored row of a record, read ahead in the write's own transaction. */
export interface ReadAhead {
  stored: RecordRow | undefined;
}

/**
 * A prepared (already sealed) write of the app's own row for a record or media item. A record
 * write answers the `updatedAt` it stored (its revision, see records.ts); given the row it
 * replaces (read in the same transaction), it does not read it again.
 */
export type RowWrite = (ahead?: ReadAhead) => Promise<unknown>;

/** Puts a record row with an `updatedAt` strictly later than the one it replaces; answers it. */
async function putRecordRow(db: WorkbookDb, row: Omit<RecordRow, 'updatedAt'>, ahead?: ReadAhead): Promise<number> {
  const stored = ahead ? ahead.stored : await db.records.get([row.profileId, row.id]);
  const updatedAt = Math.max(Date.now(), (stored?.updatedAt ?? 0) + 1);
  await db.records.put({ ...row, updatedAt });
  return updatedAt;
}

/** A check run inside the write's transaction; false stops the write (nothing is stored). */
export type WriteGuard = () => Promise<boolean>;

/** Prepares the app's row from the state this device now shows. */
export async function materialize(local: LocalProfile, id: string, view: RecordState | undefined, bytes?: string): Promise<RowWrite> {
  const { db, profileId, key } = local;
  if (view?.table === 'media') {
    if (view.deleted) return () => db.media.delete([profileId, id]);
    if (!bytes) return async () => undefined;
    const sealed = await sealBytes(fromBase64Url(bytes), key);
    const kind = String((currentValue(view) as Record<string, unknown>).kind ?? 'photo') as 'photo';
    const createdAt = Number((currentValue(view) as Record<string, unknown>).createdAt ?? Date.now());
    return () => db.media.put({ profileId, id, kind, createdAt, ...sealed });
  }
  if (!view || view.deleted) return () => db.records.delete([profileId, id]);
  const sealed = await seal(currentValue(view), key);
  const kind = view.kind;
  return () => putRecordRow(db, { profileId, id, kind, ...sealed });
}

type MakeChange = (view: RecordState | undefined, meta: ChangeMeta) => Change | null;

/**
 * Profiles whose last edit found no sync state, per database. Most profiles never sync; for them
 * an edit skips reading the sync state before it seals (see edit).
 */
const unsyncedHints = new WeakMap<WorkbookDb, Set<string>>();

function unsyncedHint(db: WorkbookDb): Set<string> {
  let hint = unsyncedHints.get(db);
  if (!hint) unsyncedHints.set(db, (hint = new Set()));
  return hint;
}

/** What an edit did: refused by its guard, or written (with what the row write answered). */
type EditResult = { written: false } | { written: true; answer: unknown };

/**
 * One edit of a record or media item. Without sync only `plain` runs (inside a transaction that
 * makes sure sync was not turned on meanwhile). A `guard` runs first inside the transaction.
 */
async function edit(
  local: LocalProfile,
  id: string,
  table: 'records' | 'media',
  kind: string,
  makeChange: MakeChange,
  plain: () => Promise<RowWrite>,
  guard: WriteGuard = async () => true,
): Promise<EditResult> {
  const { db, profileId, key } = local;
  const tables = [db.records, db.media, db.shadows, db.outbox, db.syncState];
  for (;;) {
    // The hint only saves a read: the transaction checks again whether the profile syncs.
    const state = unsyncedHint(db).has(profileId) ? undefined : await db.syncState.get(profileId);
    if (!state) {
      const write = await plain();
      // Only the row's own table (a guard reads records only for record writes) and the check.
      const done = await db.transaction('rw', [table === 'records' ? db.records : db.media, db.syncState], async (): Promise<EditResult | null> => {
        // The reads go out together: each wait inside a transaction is a round trip.
        const stored = table === 'records' ? db.records.get([profileId, id]) : undefined;
        const [synced, allowed, ahead] = await Promise.all([db.syncState.get(profileId), guard(), stored]);
        if (synced) return null;
        if (!allowed) return { written: false };
        return { written: true, answer: await write(table === 'records' ? { stored: ahead } : undefined) };
      });
      if (done) {
        unsyncedHint(db).add(profileId);
        return done;
      }
      unsyncedHint(db).delete(profileId);
      continue;
    }
    const { row, shadow } = await readShadow(local, id);
    const view = viewOf(shadow);
    const counter = state.nextChange;
    const meta: ChangeMeta = { id: `${state.deviceId}.${counter}`, localId: id, table, kind, device: state.deviceName, at: Date.now() };
    const change = makeChange(view, meta);
    if (!change) {
      // Nothing new for the server; the app's row may still need its merged value.
      const write = await materialize(local, id, view);
      return db.transaction('rw', tables, async (): Promise<EditResult> => ((await guard()) ? { written: true, answer: await write() } : { written: false }));
    }
    const next: Shadow = { server: shadow.server, pending: [...shadow.pending, change] };
    const nextView = applyChange(view, change);
    const [write, sealedShadow, sealedChange] = await Promise.all([
      materialize(local, id, nextView, change.bytes),
      seal(next, key),
      seal(change, key),
    ]);
    const done = await db.transaction('rw', tables, async (): Promise<EditResult | null> => {
      const now = await db.syncState.get(profileId);
      if (!now || now.nextChange !== counter) return null;
      if (!sameRow(await db.shadows.get([profileId, id]), row)) return null;
      if (!(await guard())) return { written: false };
      const answer = await write();
      await db.shadows.put({ profileId, id, ...sealedShadow });
      await db.outbox.add({ profileId, localId: id, ...sealedChange });
      await db.syncState.update(profileId, { nextChange: counter + 1 });
      return { written: true, answer };
    });
    if (done) return done;
  }
}

/** What a record write did: refused by its guard, or written with the stored `updatedAt` (null: no row). */
export interface RecordWrite {
  written: boolean;
  updatedAt: number | null;
}

/** Stores a record value (encrypted), with its outbox row when the profile syncs. */
export async function writeRecord(local: LocalProfile, kind: string, id: string, value: unknown, guard?: WriteGuard): Promise<RecordWrite> {
  const result = await edit(
    local,
    id,
    'records',
    kind,
    (view, meta) => diffChange(view, value, meta),
    async () => {
      const sealed = await seal(value, local.key);
      return (ahead) => putRecordRow(local.db, { profileId: local.profileId, id, kind, ...sealed }, ahead);
    },
    guard,
  );
  if (!result.written) return { written: false, updatedAt: null };
  if (typeof result.answer === 'number') return { written: true, updatedAt: result.answer };
  // Nothing new was stored (a deleted record stays deleted): the stored row is the revision.
  return { written: true, updatedAt: (await local.db.records.get([local.profileId, id]))?.updatedAt ?? null };
}

/** Deletes a record, for good on every device when the profile syncs. */
export async function removeRecord(local: LocalProfile, id: string): Promise<void> {
  await edit(local, id, 'records', 'deleted', (view, meta) => (view && !view.deleted ? deleteChange({ ...meta, kind: view.kind }) : null), async () =>
    () => local.db.records.delete([local.profileId, id]),
  );
}

/** Keeps one version of a field that has an "andere versie"; the others close everywhere. */
export async function chooseVersion(local: LocalProfile, id: string, field: string, versionId: string): Promise<void> {
  await edit(local, id, 'records', '', (view, meta) => (view ? chooseChange(view, field, versionId, { ...meta, kind: view.kind }) : null), async () => async () => undefined);
}

/** Stores a media item's sealed bytes (type length, type, body), with its outbox row when syncing. */
export async function writeMedia(local: LocalProfile, id: string, kind: 'drawing' | 'photo' | 'voice', plainBytes: Uint8Array): Promise<void> {
  const createdAt = Date.now();
  await edit(
    local,
    id,
    'media',
    kind,
    (view, meta) => {
      const change = diffChange(view, { kind, createdAt }, meta);
      return change && { ...change, bytes: toBase64Url(plainBytes) };
    },
    async () => {
      const sealed = await sealBytes(plainBytes, local.key);
      return () => local.db.media.put({ profileId: local.profileId, id, kind, createdAt, ...sealed });
    },
  );
}

/** Deletes a media item, on every device when the profile syncs. */
export async function removeMedia(local: LocalProfile, id: string): Promise<void> {
  await edit(local, id, 'media', 'media', (view, meta) => (view && !view.deleted ? deleteChange({ ...meta, kind: view.kind }) : null), async () =>
    () => local.db.media.delete([local.profileId, id]),
  );
}

/** The media bytes of this device, for the first upload of an existing workbook. */
export async function mediaBytes(local: LocalProfile, id: string): Promise<Uint8Array | undefined> {
  const row = await local.db.media.get([local.profileId, id]);
  return row ? openBytes(row, local.key) : undefined;
}

/** The sync settings of a profile, or undefined when it does not sync. */
export function syncStateOf(local: Pick<LocalProfile, 'db' | 'profileId'>): Promise<SyncStateRow | undefined> {
  return local.db.syncState.get(local.profileId);
}

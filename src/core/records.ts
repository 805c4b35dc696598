/**
 * Encrypted records of the unlocked participant. Values are sealed before the Dexie
 * transaction opens (WebCrypto is async and would let the transaction commit early).
 */
import { open } from './crypto';
import { db } from './db';
import { removeRecord, writeRecord } from './sync/local';
import { createSignal } from './events';
import { askPersistentStorage } from './persist';
import { requireVault } from './vault';

/** Fires after a record of the unlocked profile is written or deleted. */
export const recordsChanged = createSignal();

/**
 * Writes to one record run one after another, in call order. Sealing takes a varying time, so
 * two quick saves of the same answer could otherwise land in the wrong order and keep the older.
 */
const pendingWrites = new Map<string, Promise<void>>();

function inOrder(profileId: string, id: string, write: () => Promise<void>): Promise<void> {
  const slot = `${profileId}\u0000${id}`;
  const previous = pendingWrites.get(slot) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(write);
  pendingWrites.set(slot, next);
  const forget = () => {
    if (pendingWrites.get(slot) === next) pendingWrites.delete(slot);
  };
  next.then(forget, forget);
  return next;
}

/** Which participant, with their data key: the unlocked vault, or a staff session's participantAccess. */
export interface ProfileAccess {
  profileId: string;
  key: CryptoKey;
}

/** Encrypts and stores one record of the participant in `access` (with its outbox row when syncing: sync/local.ts). */
export async function putRecordFor(access: ProfileAccess, kind: string, id: string, value: unknown): Promise<void> {
  const { profileId, key } = access;
  await inOrder(profileId, id, async () => {
    await writeRecord({ db, profileId, key }, kind, id, value);
  });
  recordsChanged.emit();
  void askPersistentStorage();
}

/** Reads and decrypts one record of the participant in `access`. */
export async function getRecordFor<T>(access: ProfileAccess, id: string): Promise<T | undefined> {
  const row = await db.records.get([access.profileId, id]);
  return row ? open<T>(row, access.key) : undefined;
}

/** Reads and decrypts every record of one kind of the participant in `access`. */
export async function listRecordsFor<T>(access: ProfileAccess, kind: string): Promise<T[]> {
  const rows = await db.records.where({ profileId: access.profileId, kind }).toArray();
  return Promise.all(rows.map((row) => open<T>(row, access.key)));
}

/** Deletes one record of the participant in `access`. */
export async function deleteRecordFor(access: ProfileAccess, id: string): Promise<void> {
  await inOrder(access.profileId, id, () => removeRecord({ db, ...access }, id));
  recordsChanged.emit();
}

/** Encrypts and stores one record of the unlocked profile. */
export async function putRecord(kind: string, id: string, value: unknown): Promise<void> {
  return putRecordFor(requireVault(), kind, id, value);
}

/** Reads and decrypts one record of the unlocked profile. */
export async function getRecord<T>(id: string): Promise<T | undefined> {
  return getRecordFor<T>(requireVault(), id);
}

/** Reads and decrypts every record of one kind of the unlocked profile. */
export async function listRecords<T>(kind: string): Promise<T[]> {
  return listRecordsFor<T>(requireVault(), kind);
}

/** Deletes one record of the unlocked profile. */
export async function deleteRecord(id: string): Promise<void> {
  return deleteRecordFor(requireVault(), id);
}

/**
 * Two tabs on one profile. A tab remembers the revision (the stored `updatedAt`) of what it
 * loaded or last wrote; a guarded write only lands while the stored record is still that one,
 * so a tab that shows an older answer never overwrites a newer one written elsewhere.
 */
export interface Revision {
  /** The stored record's `updatedAt`, or null when there was no record. */
  updatedAt: number | null;
}

/** Reads one record of the unlocked profile with its revision. */
export async function getRecordWithRevision<T>(id: string): Promise<{ value: T | undefined; revision: Revision }> {
  const { profileId, key } = requireVault();
  const row = await db.records.get([profileId, id]);
  return { value: row ? await open<T>(row, key) : undefined, revision: { updatedAt: row?.updatedAt ?? null } };
}

/**
 * Stores a record only if nobody changed it since `revision`; on success `revision` moves to the
 * new write. Returns false, writing nothing, when the stored record is newer. The check runs in
 * the write's own transaction (sync/local.ts), so no other write can slip in between.
 */
export async function putRecordIfUnchanged(kind: string, id: string, value: unknown, revision: Revision): Promise<boolean> {
  const { profileId, key } = requireVault();
  let written = false;
  await inOrder(profileId, id, async () => {
    const unchanged = async () => ((await db.records.get([profileId, id]))?.updatedAt ?? null) === revision.updatedAt;
    const result = await writeRecord({ db, profileId, key }, kind, id, value, unchanged);
    // Only once committed: until then a reader still sees the old revision.
    if (result.written) revision.updatedAt = result.updatedAt;
    written = result.written;
  });
  if (written) {
    recordsChanged.emit();
    void askPersistentStorage();
  }
  return written;
}

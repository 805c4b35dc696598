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

/** Encrypts and stores one record of the unlocked profile. */
export async function putRecord(kind: string, id: string, value: unknown): Promise<void> {
  const { profileId, key } = requireVault();
  // With sync on, the outbox row is written in the same transaction (sync/local.ts).
  await inOrder(profileId, id, () => writeRecord({ db, profileId, key }, kind, id, value));
  recordsChanged.emit();
  void askPersistentStorage();
}

/** Reads and decrypts one record of the unlocked profile. */
export async function getRecord<T>(id: string): Promise<T | undefined> {
  const { profileId, key } = requireVault();
  const row = await db.records.get([profileId, id]);
  return row ? open<T>(row, key) : undefined;
}

/** Reads and decrypts every record of one kind of the unlocked profile. */
export async function listRecords<T>(kind: string): Promise<T[]> {
  const { profileId, key } = requireVault();
  const rows = await db.records.where({ profileId, kind }).toArray();
  return Promise.all(rows.map((row) => open<T>(row, key)));
}

/** Deletes one record of the unlocked profile. */
export async function deleteRecord(id: string): Promise<void> {
  const { profileId, key } = requireVault();
  await inOrder(profileId, id, () => removeRecord({ db, profileId, key }, id));
  recordsChanged.emit();
}

/**
 * Drawings, photos and voice recordings of the unlocked participant, encrypted like every
 * record (in the `media` table). Answers refer to them by id.
 */
import { openBytes } from './crypto';
import { db, type MediaRow } from './db';
import { askPersistentStorage } from './persist';
import { removeMedia, writeMedia } from './sync/local';
import { requireVault } from './vault';

/** A stored media item as the UI uses it. */
export interface Media {
  id: string;
  kind: MediaRow['kind'];
  type: string;
  blob: Blob;
}

/** What a full disk looks like to the caller: the UI shows a calm message and keeps text answers. */
export class StorageFullError extends Error {
  constructor() {
    super('Storage is full');
  }
}

/** Encrypts and stores a blob; returns its id. */
export async function saveMedia(kind: MediaRow['kind'], blob: Blob): Promise<string> {
  const { profileId, key } = requireVault();
  const id = `${kind}:${crypto.randomUUID()}`;
  // The MIME type travels inside the ciphertext: [length byte][type][bytes].
  const type = new TextEncoder().encode(blob.type.slice(0, 255));
  const body = new Uint8Array(await blob.arrayBuffer());
  const plain = new Uint8Array(1 + type.length + body.length);
  plain[0] = type.length;
  plain.set(type, 1);
  plain.set(body, 1 + type.length);
  try {
    // With sync on, the outbox row is written in the same transaction (sync/local.ts).
    await writeMedia({ db, profileId, key }, id, kind, plain);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError() : error;
  }
  void askPersistentStorage();
  return id;
}

/** Reads and decrypts a media item, or undefined when it is gone. */
export async function getMedia(id: string): Promise<Media | undefined> {
  const { profileId, key } = requireVault();
  const row = await db.media.get([profileId, id]);
  if (!row) return undefined;
  const plain = await openBytes(row, key);
  const type = new TextDecoder().decode(plain.subarray(1, 1 + plain[0]!));
  return { id, kind: row.kind, type, blob: new Blob([plain.subarray(1 + plain[0]!)], { type }) };
}

/** Deletes a media item of the unlocked participant. */
export async function deleteMedia(id: string): Promise<void> {
  const { profileId, key } = requireVault();
  await removeMedia({ db, profileId, key }, id);
}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } })?.name;
  const inner = (error as { inner?: { name?: string } })?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

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
  // The MIME type travels inside the ciphertext (packMedia).
  const plain = packMedia(blob.type, new Uint8Array(await blob.arrayBuffer()));
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
  const { type, bytes } = unpackMedia(await openBytes(row, key));
  return { id, kind: row.kind, type, blob: new Blob([bytes], { type }) };
}

/** The plaintext of a media row: the MIME type travels inside the ciphertext as [length byte][type][bytes]. */
export function packMedia(mimeType: string, bytes: Uint8Array): Uint8Array {
  let type = new TextEncoder().encode(mimeType);
  // One length byte: cut at 255 bytes (on a character boundary).
  for (let cut = Math.min(mimeType.length, 255); type.length > 255; cut--) type = new TextEncoder().encode(mimeType.slice(0, cut));
  const plain = new Uint8Array(1 + type.length + bytes.length);
  plain[0] = type.length;
  plain.set(type, 1);
  plain.set(bytes, 1 + type.length);
  return plain;
}

/** Splits a decrypted media row into its MIME type and bytes. */
export function unpackMedia(plain: Uint8Array<ArrayBuffer>): { type: string; bytes: Uint8Array<ArrayBuffer> } {
  const length = plain[0] ?? 0;
  return { type: new TextDecoder().decode(plain.subarray(1, 1 + length)), bytes: plain.subarray(1 + length) };
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

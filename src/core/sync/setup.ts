/**
 * Turning sync on, pairing a new device by code, and the device list (PROTOCOL.md).
 *
 * The pairing code (10 base32 characters) never reaches the server: it only sees
 * SHA-256("mijn-werkboek-pair" ‖ code) to find the offer, and the workbook key sealed with a key
 * derived from the code (PBKDF2-SHA-256, 600,000 iterations).
 */
import { open, openBytes, sealBytes } from '../crypto';
import type { SyncStateRow } from '../db';
import { writeMedia, writeRecord, type LocalProfile } from './local';
import { decryptPayload, encryptPayload, fromBase64Url, importWorkbookKey, newWorkbookKeyBytes, toBase64Url } from './payload';
import { call, type Transport } from './transport';
import type { SyncSession } from './engine';

/** PBKDF2 iterations for the key derived from a pairing code. */
export const PAIR_KDF_ITERATIONS = 600_000;
/** Crockford base32: no I, L, O or U, so a code is easy to read out and type. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 10;
const NAME_CONTEXT = 'device-name';
const encoder = new TextEncoder();

/** Identity of this device on the server, before it is stored. */
export interface Joined {
  server: string;
  workbookId: string;
  deviceId: string;
  token: string;
  deviceName: string;
  keyEpoch: number;
  keyBytes: Uint8Array;
}

/** Stores a device's identity and the sealed workbook key for a profile. */
export async function saveSyncState(local: LocalProfile, joined: Joined): Promise<void> {
  const workbookKey = await sealBytes(joined.keyBytes, local.key);
  const row: SyncStateRow = {
    profileId: local.profileId,
    server: joined.server,
    workbookId: joined.workbookId,
    deviceId: joined.deviceId,
    token: joined.token,
    deviceName: joined.deviceName,
    keyEpoch: joined.keyEpoch,
    workbookKey,
    cursor: 0,
    nextBatch: 1,
    nextChange: 1,
    lastSyncedAt: null,
    lastError: null,
  };
  await local.db.syncState.put(row);
}

/**
 * Turns sync on for a profile: a new workbook on the server, then every record and media item
 * of the profile goes into the outbox (sent by the next sync).
 */
export async function enableSync(local: LocalProfile, transport: Transport, server: string, deviceName: string): Promise<void> {
  if (await local.db.syncState.get(local.profileId)) return;
  const keyBytes = newWorkbookKeyBytes();
  const keys = await importWorkbookKey(keyBytes);
  const answer = await call<{ workbookId: string; deviceId: string; token: string }>(transport, {
    method: 'POST',
    path: '/api/sync/workbooks',
    body: { deviceName: await encryptPayload(keys, deviceName, NAME_CONTEXT) },
  });
  await saveSyncState(local, { server, ...answer, deviceName, keyEpoch: 0, keyBytes });
  await uploadAll(local);
}

/** Puts every existing record and media item of the profile in the outbox. */
async function uploadAll(local: LocalProfile): Promise<void> {
  const { db, profileId, key } = local;
  for (const row of await db.records.where('profileId').equals(profileId).toArray()) {
    await writeRecord(local, row.kind, row.id, await open(row, key));
  }
  for (const row of await db.media.where('profileId').equals(profileId).toArray()) {
    await writeMedia(local, row.id, row.kind, await openBytes(row, key));
  }
}

/** A new random pairing code, 10 characters. */
export function newPairingCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(CODE_LENGTH));
  return Array.from(bytes, (b) => CODE_ALPHABET[b % 32]).join('');
}

/** A code as people read it: ABCD-EFGH-JK. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** A typed or scanned code in its plain form, or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const text = input.trim();
  const fromLink = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const code = fromLink
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

async function lookupOf(code: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`mijn-werkboek-pair${code}`))));
}

async function codeKey(code: string, salt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(code), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations: PAIR_KDF_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Offers pairing: returns the code to show (valid 10 minutes, once). */
export async function offerPairing(session: SyncSession): Promise<{ code: string; expiresAt: string }> {
  const state = await session.db.syncState.get(session.profileId);
  if (!state) throw new Error('not syncing');
  const code = newPairingCode();
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await codeKey(code, salt), session.keys.raw));
  const wrappedKey = new Uint8Array(iv.length + sealed.length);
  wrappedKey.set(iv);
  wrappedKey.set(sealed, iv.length);
  const answer = await call<{ expiresAt: string }>(session.transport, {
    method: 'POST',
    path: '/api/sync/pairings',
    token: state.token,
    body: { lookup: await lookupOf(code), wrappedKey: toBase64Url(wrappedKey), salt: toBase64Url(salt) },
  });
  return { code, expiresAt: answer.expiresAt };
}

/**
 * Claims an offer on a new device. The answer holds everything to store once the participant
 * has a profile (and PIN) on this device.
 */
export async function claimPairing(transport: Transport, server: string, code: string, deviceName: string): Promise<Joined> {
  const lookup = await lookupOf(code);
  // The name is sealed after the key is known; until then the server gets a placeholder of the
  // right shape, which the device replaces with nothing (names are only shown to the workbook).
  const placeholder = await importWorkbookKey(newWorkbookKeyBytes());
  const answer = await call<{ workbookId: string; deviceId: string; token: string; wrappedKey: string; salt: string; keyEpoch: number }>(transport, {
    method: 'POST',
    path: '/api/sync/pair',
    body: { lookup, deviceName: await encryptPayload(placeholder, deviceName, NAME_CONTEXT) },
  });
  const keyBytes = await unwrapCodeKey(code, answer.wrappedKey, answer.salt);
  return { server, workbookId: answer.workbookId, deviceId: answer.deviceId, token: answer.token, deviceName, keyEpoch: answer.keyEpoch, keyBytes };
}

/** A device of the workbook gets the current key by code after a rotation (its own token). */
export async function claimNewKey(transport: Transport, token: string, code: string): Promise<{ keyBytes: Uint8Array; keyEpoch: number }> {
  const answer = await call<{ wrappedKey: string; salt: string; keyEpoch: number }>(transport, {
    method: 'POST',
    path: '/api/sync/pair',
    token,
    body: { lookup: await lookupOf(code) },
  });
  return { keyBytes: await unwrapCodeKey(code, answer.wrappedKey, answer.salt), keyEpoch: answer.keyEpoch };
}

async function unwrapCodeKey(code: string, wrappedKey: string, salt: string): Promise<Uint8Array> {
  const wrapped = fromBase64Url(wrappedKey);
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: wrapped.subarray(0, 12) }, await codeKey(code, fromBase64Url(salt)), wrapped.subarray(12)));
}

/** One device of the workbook as the device list shows it. */
export interface SyncDevice {
  deviceId: string;
  name: string;
  createdAt: string;
  lastSeenAt: string;
  revoked: boolean;
  self: boolean;
}

/** The workbook's devices with their names (a name that cannot be read shows as empty). */
export async function listDevices(session: SyncSession): Promise<SyncDevice[]> {
  const state = await session.db.syncState.get(session.profileId);
  if (!state) return [];
  const answer = await call<{ devices: { deviceId: string; deviceName: string; createdAt: string; lastSeenAt: string; revoked: boolean; self: boolean }[] }>(
    session.transport,
    { method: 'GET', path: '/api/sync/devices', token: state.token },
  );
  return Promise.all(
    answer.devices.map(async (d) => ({
      deviceId: d.deviceId,
      name: await decryptPayload<string>(session.keys, d.deviceName, NAME_CONTEXT).catch(() => ''),
      createdAt: d.createdAt,
      lastSeenAt: d.lastSeenAt,
      revoked: d.revoked,
      self: d.self,
    })),
  );
}

/** Revokes a lost device: its token stops working at once. */
export async function revokeDevice(session: SyncSession, deviceId: string): Promise<void> {
  const state = await session.db.syncState.get(session.profileId);
  if (!state) return;
  await call(session.transport, { method: 'POST', path: `/api/sync/devices/${deviceId}/revoke`, token: state.token });
}

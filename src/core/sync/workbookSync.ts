/**
 * Sync as the screens use it, for the unlocked profile: turn it on, show a pairing code, list
 * and revoke devices, join a workbook on a new device, and the "andere versie" of an answer.
 * The server is the app's own origin.
 */
import { db } from '../db';
import { getRecord, putRecord, recordsChanged } from '../records';
import { requireVault } from '../vault';
import { openSession, type SyncSession } from './engine';
import { chooseVersion, readShadow, viewOf, type LocalProfile } from './local';
import { conflictsOf, type Json } from './merge';
import { claimPairing, enableSync, formatCode, listDevices, offerPairing, revokeDevice, saveSyncState, type Joined, type SyncDevice } from './setup';
import { fetchTransport } from './transport';
import { rotateKey, takeNewKey } from './rotation';
import { syncNow } from './autoSync';

export { formatCode, normalizeCode } from './setup';
export type { Joined, SyncDevice } from './setup';

function unlocked(): LocalProfile {
  const { profileId, key } = requireVault();
  return { db, profileId, key };
}

async function session(): Promise<SyncSession> {
  const local = unlocked();
  const state = await db.syncState.get(local.profileId);
  const opened = state && (await openSession(local, fetchTransport(state.server)));
  if (!opened) throw new Error('not syncing');
  return opened;
}

/** Whether the unlocked profile syncs. */
export async function isSyncOn(): Promise<boolean> {
  return (await db.syncState.get(unlocked().profileId)) !== undefined;
}

/** Turns sync on for the unlocked profile, with this app's origin as the server. */
export async function turnOnSync(deviceName: string): Promise<void> {
  await enableSync(unlocked(), fetchTransport(location.origin), location.origin, deviceName);
  await nameThisDevice(deviceName);
  await syncNow();
}

/** A pairing code for a new device: the plain code, how to show it, and the link in the QR code. */
export async function newPairing(): Promise<{ code: string; shown: string; link: string; expiresAt: string }> {
  const { code, expiresAt } = await offerPairing(await session());
  return { code, shown: formatCode(code), link: `${location.origin}/koppel#${code}`, expiresAt };
}

/** The workbook's devices. */
export async function devices(): Promise<SyncDevice[]> {
  const [list, names] = await Promise.all([listDevices(await session()), getRecord<Record<string, string>>(NAMES_ID)]);
  return list.map((d) => ({ ...d, name: d.name || names?.[d.deviceId] || '' }));
}

/** Revokes a lost device and moves the workbook to a new key it never had. */
export async function revoke(deviceId: string): Promise<void> {
  const current = await session();
  await revokeDevice(current, deviceId);
  await rotateKey(current);
}

/** Takes the new workbook key from a code (after another device rotated it), then syncs. */
export async function takeNewKeyByCode(code: string): Promise<void> {
  await takeNewKey(await session(), code);
  await syncNow();
}

/** Claims a pairing code on a new device (before it has a profile). */
export function claim(code: string, deviceName: string): Promise<Joined> {
  return claimPairing(fetchTransport(location.origin), location.origin, code, deviceName);
}

/** Links the freshly created and unlocked profile to the claimed workbook, and fetches it. */
export async function joinClaimed(joined: Joined): Promise<void> {
  await saveSyncState(unlocked(), joined);
  await nameThisDevice(joined.deviceName);
  await syncNow();
}

/**
 * Device names also live in one synced record, a field per device: a device that joined by code
 * could only give the server its name sealed before it had the workbook key.
 */
const NAMES_ID = 'sync:devices';

async function nameThisDevice(name: string): Promise<void> {
  const state = await db.syncState.get(unlocked().profileId);
  if (!state) return;
  const names = (await getRecord<Record<string, string>>(NAMES_ID)) ?? {};
  await putRecord('sync', NAMES_ID, { ...names, [state.deviceId]: name });
}

/** One version of a field that has more than one. */
export interface OtherVersion {
  id: string;
  value: Json;
  device: string;
  at: number;
  /** Written on this device. */
  mine: boolean;
}

/** The versions of a record's field when devices disagree; empty when they agree. */
export async function versionsOf(localId: string, field: string): Promise<OtherVersion[]> {
  const local = unlocked();
  const state = await db.syncState.get(local.profileId);
  if (!state) return [];
  const conflict = conflictsOf(viewOf((await readShadow(local, localId)).shadow)).find((c) => c.field === field);
  return (conflict?.versions ?? []).map((v) => ({ ...v, mine: v.id.startsWith(`${state.deviceId}.`) }));
}

/** The fields of a record that have more than one version. */
export async function conflictFieldsOf(localId: string): Promise<string[]> {
  const local = unlocked();
  if (!(await db.syncState.get(local.profileId))) return [];
  return conflictsOf(viewOf((await readShadow(local, localId)).shadow)).map((c) => c.field);
}

/** Keeps one version; the choice reaches every device with the next sync. */
export async function keepVersion(localId: string, field: string, versionId: string): Promise<void> {
  await chooseVersion(unlocked(), localId, field, versionId);
  recordsChanged.emit();
}

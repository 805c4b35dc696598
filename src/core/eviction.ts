/**
 * The browser may clear a site's storage when the disk runs low, unless the storage is
 * persistent (installed to the home screen, or granted by navigator.storage.persist()). Then
 * the workbook only survives if it is also somewhere else: synced, or in a recent backup.
 * The person is warned once when none of these holds.
 *
 * Read from the device row (plain, optional, no schema change): `lastBackupAt` (set by each
 * backup), `evictionWarnedAt` (set here) and `syncEnabled`; a profile that syncs (a row in
 * `syncState`) counts as synced too.
 */
import { db, type DeviceRow } from './db';
import { deviceChanged } from './device';

/** A backup younger than this counts as recent. */
export const RECENT_BACKUP_MS = 7 * 24 * 60 * 60_000;
/** A brand-new device has nothing to lose yet: no warning in its first day. */
export const NEW_DEVICE_GRACE_MS = 24 * 60 * 60_000;

/** Whether to warn now, given the device row and whether storage is persistent. */
export function shouldWarnAboutEviction(device: DeviceRow, persisted: boolean, now: number): boolean {
  if (persisted || device.syncEnabled || device.evictionWarnedAt !== undefined) return false;
  if (now - device.createdAt < NEW_DEVICE_GRACE_MS) return false;
  return device.lastBackupAt === undefined || now - device.lastBackupAt > RECENT_BACKUP_MS;
}

/** Asks the browser whether our storage is persistent; false when it cannot tell. */
export async function isStoragePersistent(): Promise<boolean> {
  if (typeof navigator === 'undefined' || typeof navigator.storage?.persisted !== 'function') return false;
  try {
    return await navigator.storage.persisted();
  } catch {
    return false;
  }
}

/** Whether the warning should show on this device now. */
export async function needsEvictionWarning(now = Date.now()): Promise<boolean> {
  const device = await db.device.get('device');
  if (device === undefined) return false;
  const syncing = (await db.syncState.count()) > 0;
  return shouldWarnAboutEviction({ ...device, syncEnabled: device.syncEnabled || syncing }, await isStoragePersistent(), now);
}

/** Remembers that the person has seen the warning, so it never comes back. */
export async function markEvictionWarned(now = Date.now()): Promise<void> {
  await db.device.update('device', { evictionWarnedAt: now });
  deviceChanged.emit();
}

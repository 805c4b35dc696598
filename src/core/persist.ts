/** Asks the browser once to keep our storage (not evict it under pressure) and remembers the answer. */
import { db } from './db';
import { deviceChanged } from './device';

/** Whether the browser lets us ask at all. */
export function canAskPersistence(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function';
}

/** At the first save: ask for persistent storage and store the result for the settings screen. */
export async function askPersistentStorage(force = false): Promise<boolean | null> {
  const device = await db.device.get('device');
  if (!device || (device.persisted !== null && !force)) return device?.persisted ?? null;
  if (!canAskPersistence()) return null;
  const persisted = await navigator.storage.persist();
  await db.device.update('device', { persisted });
  deviceChanged.emit();
  return persisted;
}

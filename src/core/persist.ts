/** Asks the browser once to keep our storage (not evict it under pressure) and remembers the answer. */
import { db } from './db';
import { deviceChanged } from './device';

/** Whether the browser lets us ask at all. */
export function canAskPersistence(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function';
}

/**
 * The stored answer once it is known, so that a save does not read the device row again. Any
 * change of the device row (a restore sets it back to "not asked") makes it read again.
 */
let known: boolean | undefined;
deviceChanged.subscribe(() => (known = undefined));

/** At the first save: ask for persistent storage and store the result for the settings screen. */
export async function askPersistentStorage(force = false): Promise<boolean | null> {
  if (known !== undefined && !force) return known;
  const device = await db.device.get('device');
  if (!device || (device.persisted !== null && !force)) {
    if (device) known = device.persisted ?? undefined;
    return device?.persisted ?? null;
  }
  if (!canAskPersistence()) return null;
  const persisted = await navigator.storage.persist();
  await db.device.update('device', { persisted });
  deviceChanged.emit();
  known = persisted;
  return persisted;
}

/**
 * The unlocked profile, held in memory only. Locking drops the data key reference; the key is
 * non-extractable, so while unlocked it can be used but never read out by page script.
 */
import { flushDrafts } from './drafts';
import { createSignal } from './events';

interface Unlocked {
  profileId: string;
  key: CryptoKey;
}

let current: Unlocked | null = null;

/** Fires whenever a profile is unlocked or locked. */
export const vaultChanged = createSignal();

/** Makes `profileId` the unlocked profile. */
export function openVault(profileId: string, key: CryptoKey): void {
  current = { profileId, key };
  vaultChanged.emit();
}

/** Saves drafts, then forgets the key. */
export async function lockVault(): Promise<void> {
  if (!current) return;
  await flushDrafts();
  current = null;
  vaultChanged.emit();
}

/** The unlocked profile's id, or null when locked. */
export function unlockedProfileId(): string | null {
  return current?.profileId ?? null;
}

/** Thrown when something needs the unlocked profile after the workbook was locked. */
export class LockedError extends Error {
  constructor() {
    super('No profile is unlocked');
    this.name = 'LockedError';
  }
}

/** The unlocked profile and its key; throws a LockedError when locked. */
export function requireVault(): Unlocked {
  if (!current) throw new LockedError();
  return current;
}

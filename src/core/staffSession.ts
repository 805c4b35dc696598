/**
 * The staff session: the trainer (tablet) or begeleider (phone) typed their code, and the staff
 * key is held in memory until they tap "Klaar", the app locks itself, or they leave the staff
 * area. The key is non-extractable and never stored; participants' data keys are unwrapped from
 * it only when a staff screen asks for one participant.
 */
import { unwrapKey } from './crypto';
import { db } from './db';
import { createSignal } from './events';
import type { ProfileAccess } from './records';
import { openWithStaffCode, type StaffAttempt } from './staff';
import type { AttemptResult } from './throttle';
import { lockVault, openVault, unlockedProfileId, vaultChanged } from './vault';

let staffKey: CryptoKey | null = null;
/** The participant whose workbook staff opened on purpose ("Open werkboek van Sam"). */
let viewing: string | null = null;

/** Fires when the staff session opens or closes, or staff starts or stops looking at a workbook. */
export const staffSessionChanged = createSignal();

/**
 * Opens a staff session with the trainer / begeleider code (throttled like every code try).
 * Any unlocked participant is locked first: staff and participant never share the screen.
 */
export async function openStaffSession(code: string, now = Date.now()): Promise<AttemptResult | { ok: true }> {
  const attempt: StaffAttempt = await openWithStaffCode(code, now);
  if (!attempt.ok) return attempt;
  await lockVault();
  staffKey = attempt.staffKey;
  viewing = null;
  staffSessionChanged.emit();
  return { ok: true };
}

/** Closes the staff session: forgets the staff key and locks a workbook staff had opened. */
export async function closeStaffSession(): Promise<void> {
  if (!staffKey) return;
  staffKey = null;
  if (viewing) {
    viewing = null;
    await lockVault();
  }
  staffSessionChanged.emit();
}

/** Whether a staff session is open. */
export function isStaffSessionOpen(): boolean {
  return staffKey !== null;
}

/** The staff key of the open session; throws when there is none. */
export function requireStaffKey(): CryptoKey {
  if (!staffKey) throw new Error('No staff session is open');
  return staffKey;
}

/**
 * One participant's data key, unwrapped with the staff key, for the explicit-access record
 * functions (putRecordFor, getRecordFor, …). Rejects without a staff session, for an unknown
 * profile, or when the profile was made without a staff key.
 */
export async function participantAccess(profileId: string): Promise<ProfileAccess> {
  const key = requireStaffKey();
  const row = await db.profiles.get(profileId);
  if (!row) throw new Error('Unknown profile');
  if (!row.staffKey) throw new Error('This profile has no staff key');
  return { profileId, key: await unwrapKey(row.staffKey, key) };
}

/**
 * Opens a participant's workbook on purpose: from now on the app shows it as the participant's
 * own view (with a banner that staff is looking) until `stopViewing` or the session closes.
 */
export async function viewParticipant(profileId: string): Promise<void> {
  const access = await participantAccess(profileId);
  await lockVault();
  viewing = profileId;
  openVault(access.profileId, access.key);
  staffSessionChanged.emit();
}

/** Closes the workbook staff opened, back to the staff area (the staff session stays open). */
export async function stopViewing(): Promise<void> {
  if (!viewing) return;
  viewing = null;
  await lockVault();
  staffSessionChanged.emit();
}

/** The participant whose workbook staff is looking at, or null. */
export function viewingProfileId(): string | null {
  return viewing && unlockedProfileId() === viewing ? viewing : null;
}

// When the workbook staff opened gets locked some other way (auto-lock, Op slot), stop viewing.
vaultChanged.subscribe(() => {
  if (viewing && unlockedProfileId() !== viewing) {
    viewing = null;
    staffSessionChanged.emit();
  }
});

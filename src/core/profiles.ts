/** Participant profiles: create, list, unlock with PIN or with the staff code, lock. */
import { newKey, unwrapKey, unwrapKeyWithSecret, wrapKey, wrapKeyWithSecret } from './crypto';
import { db, type DeviceRow, type ProfilePhoto, type ProfileRow } from './db';
import { createSignal } from './events';
import { openWithStaffCode } from './staff';
import { waitAfterFailures, wrongTry, type AttemptResult } from './throttle';
import { lockVault, openVault } from './vault';

/** Shortest and longest PIN. */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 6;

/** The program a new profile follows until the workbook issue adds a choice. */
export const DEFAULT_PROGRAM = 'middelengebruik';

/** Fires when a profile is added or changed. */
export const profilesChanged = createSignal();

/** What the locked grid may show of a profile. */
export interface ProfileCard {
  id: string;
  displayName: string;
  avatar: string;
  photo?: ProfilePhoto;
  program: string;
  released: string[];
  /** Hidden from the grid by the trainer (the staff area still lists it). */
  archived?: boolean;
}

/** What is needed to add a participant. */
export interface NewProfile {
  displayName: string;
  avatar: string;
  photo?: ProfilePhoto;
  pin: string;
  program?: string;
}

/** Whether `pin` is 4-6 digits. */
export function isValidPin(pin: string): boolean {
  return new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`).test(pin);
}

/** All profiles on this device, oldest first, as the locked grid shows them (archived ones left out). */
export async function listProfiles(): Promise<ProfileCard[]> {
  return (await listAllProfiles()).filter((profile) => !profile.archived);
}

/** Every profile, archived ones too, oldest first (for the staff area). */
export async function listAllProfiles(): Promise<ProfileCard[]> {
  const rows = await db.profiles.orderBy('createdAt').toArray();
  return rows.map(toCard);
}

/** One profile's card, or undefined. */
export async function getProfile(id: string): Promise<ProfileCard | undefined> {
  const row = await db.profiles.get(id);
  return row && toCard(row);
}

function toCard({ id, displayName, avatar, photo, program, released, archived }: ProfileRow): ProfileCard {
  return { id, displayName, avatar, photo, program, released, archived: Boolean(archived) };
}

/**
 * Adds a participant with a fresh data key, wrapped by the PIN and, when the device has one,
 * by the staff key (so a trainer can help unlock).
 */
export async function createProfile(input: NewProfile, staffKey?: CryptoKey): Promise<string> {
  if (!isValidPin(input.pin)) throw new Error('PIN must be 4-6 digits');
  const dataKey = await newKey('data');
  const row: ProfileRow = {
    id: crypto.randomUUID(),
    displayName: input.displayName.trim(),
    avatar: input.photo ? 'photo' : input.avatar,
    photo: input.photo,
    program: input.program ?? DEFAULT_PROGRAM,
    createdAt: Date.now(),
    pinKey: await wrapKeyWithSecret(dataKey, input.pin),
    staffKey: staffKey ? await wrapKey(dataKey, staffKey) : undefined,
    failedTries: 0,
    nextTryAt: 0,
    released: [],
  };
  await db.profiles.add(row);
  profilesChanged.emit();
  return row.id;
}

/** Unlocks a profile with its PIN. A wrong PIN only makes the next wait longer. */
export async function unlockWithPin(id: string, pin: string, now = Date.now()): Promise<AttemptResult> {
  const row = await db.profiles.get(id);
  if (!row) throw new Error('Unknown profile');
  if (row.nextTryAt > now) return { ok: false, reason: 'wait', waitMs: row.nextTryAt - now };
  let key: CryptoKey;
  try {
    key = await unwrapKeyWithSecret(row.pinKey, pin);
  } catch {
    const failures = row.failedTries + 1;
    await db.profiles.update(id, { failedTries: failures, nextTryAt: now + waitAfterFailures(failures) });
    return wrongTry(failures);
  }
  await db.profiles.update(id, { failedTries: 0, nextTryAt: 0 });
  await lockVault();
  openVault(id, key);
  return { ok: true };
}

/** Unlocks a profile with the trainer's code (the accessible alternative to the PIN). */
export async function unlockWithStaffCode(id: string, code: string, now = Date.now()): Promise<AttemptResult> {
  const row = await db.profiles.get(id);
  if (!row) throw new Error('Unknown profile');
  if (!row.staffKey) return { ok: false, reason: 'wrong', triesLeftBeforeWait: 0, waitMs: 0 };
  const attempt = await openWithStaffCode(code, now);
  if (!attempt.ok) return attempt;
  const key = await unwrapKey(row.staffKey, attempt.staffKey);
  await db.profiles.update(id, { failedTries: 0, nextTryAt: 0 });
  await lockVault();
  openVault(id, key);
  return { ok: true };
}

/** What the PIN screen shows. */
export interface UnlockScreenInfo {
  profile?: ProfileCard;
  staffCanUnlock: boolean;
  device?: DeviceRow;
  deviceHasStaffCode: boolean;
}

/** What the PIN screen needs, read in one transaction: on a phone it is the first screen. */
export async function unlockScreenInfo(id: string): Promise<UnlockScreenInfo> {
  const [row, device] = await db.transaction('r', db.profiles, db.device, () => Promise.all([db.profiles.get(id), db.device.get('device')]));
  return { profile: row && toCard(row), staffCanUnlock: Boolean(row?.staffKey), device, deviceHasStaffCode: Boolean(device?.staffKey) };
}

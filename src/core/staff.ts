/** The trainer / begeleider code: checked by unwrapping the staff key, throttled across reloads. */
import { db } from './db';
import { openStaffKey, rewrapStaffKey } from './keys';
import { wrongTry, waitAfterFailures, type AttemptResult } from './throttle';

/** Result of a staff code attempt: with the staff key when the code was right. */
export type StaffAttempt = Exclude<AttemptResult, { ok: true }> | { ok: true; staffKey: CryptoKey };

/** Whether this device has a staff code at all. */
export async function hasStaffCode(): Promise<boolean> {
  return Boolean((await db.device.get('device'))?.staffKey);
}

/** Checks the staff code and returns the staff key; wrong tries make the next wait longer. */
export async function openWithStaffCode(code: string, now = Date.now()): Promise<StaffAttempt> {
  const device = await db.device.get('device');
  if (!device?.staffKey) return { ok: false, reason: 'wrong', triesLeftBeforeWait: 0, waitMs: 0 };
  if (device.staffNextTryAt > now) return { ok: false, reason: 'wait', waitMs: device.staffNextTryAt - now };
  try {
    const staffKey = await openStaffKey(device.staffKey, code);
    await db.device.update('device', { staffFailedTries: 0, staffNextTryAt: 0 });
    return { ok: true, staffKey };
  } catch {
    const failures = device.staffFailedTries + 1;
    await db.device.update('device', { staffFailedTries: failures, staffNextTryAt: now + waitAfterFailures(failures) });
    return wrongTry(failures) as StaffAttempt;
  }
}

/** Shortest staff code: it guards every profile on the device, so it is longer than a PIN. */
export const STAFF_CODE_MIN_LENGTH = 6;

/** Whether a new staff code is long enough. */
export function isValidStaffCode(code: string): boolean {
  return code.length >= STAFF_CODE_MIN_LENGTH;
}

/**
 * Changes the trainer / begeleider code: the old code is checked (throttled like any try), then
 * the same staff key is wrapped with the new code, so every participant stays reachable.
 */
export async function changeStaffCode(oldCode: string, newCode: string, now = Date.now()): Promise<StaffAttempt | { ok: true }> {
  if (!isValidStaffCode(newCode)) throw new Error('The new code is too short');
  const attempt = await openWithStaffCode(oldCode, now);
  if (!attempt.ok) return attempt;
  const device = await db.device.get('device');
  if (!device?.staffKey) throw new Error('No staff code on this device');
  await db.device.update('device', { staffKey: await rewrapStaffKey(device.staffKey, oldCode, newCode) });
  return { ok: true };
}

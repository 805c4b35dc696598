/** What SECURITY.md promises about keys, PINs and codes at rest and in memory. */
import { beforeEach, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { saveCheckIn } from '../../src/core/checkins';
import { db } from '../../src/core/db';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { getRecord } from '../../src/core/records';
import { openWithStaffCode } from '../../src/core/staff';
import { lockVault, requireVault, unlockedProfileId } from '../../src/core/vault';
import { containsText, freshDevice, rawValues } from './helpers';

// Every wrong try derives a PBKDF2 key (310,000 iterations): slow on purpose, slower on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const STAFF_CODE = 'kliniek-8642';
const PIN = '271828';

beforeEach(async () => {
  await freshDevice();
});

/** A page reload: the database connection closes and a new one opens; memory starts empty. */
async function reload(): Promise<void> {
  await lockVault();
  db.close({ disableAutoOpen: false });
  await db.open();
}

it('drops the key of a locked profile: nothing can be read until the PIN is typed again', async () => {
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  const id = await createProfile({ displayName: 'Sam', avatar: 'sun', pin: PIN });
  await unlockWithPin(id, PIN);
  await saveAnswer({ program: 'middelengebruik', session: '1.3', screen: 'problemen' }, { text: 'geheim' });
  const { key } = requireVault();
  // While unlocked the key can be used, never read out.
  expect(key.extractable).toBe(false);
  await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();

  await lockVault();
  expect(unlockedProfileId()).toBeNull();
  expect(() => requireVault()).toThrow();
  await expect(getRecord('answer:middelengebruik/1.3/problemen')).rejects.toThrow();
});

it('keeps the wait after wrong PINs and wrong staff codes across a reload', async () => {
  await setUpDevice({ kind: 'tablet', organisation: 'De Berk', crisisNumbers: [], language: 'nl', staffCode: STAFF_CODE });
  const id = await createProfile({ displayName: 'Ali', avatar: 'sun', pin: PIN });
  const now = 5_000_000;
  for (let i = 0; i < 5; i++) await unlockWithPin(id, '000000', now);
  for (let i = 0; i < 5; i++) await openWithStaffCode('fout-fout', now);
  await reload();
  // The right PIN and the right code still have to wait: the count lives on disk, not in the page.
  expect(await unlockWithPin(id, PIN, now + 1000)).toMatchObject({ ok: false, reason: 'wait' });
  expect(await openWithStaffCode(STAFF_CODE, now + 1000)).toMatchObject({ ok: false, reason: 'wait' });
  expect(unlockedProfileId()).toBeNull();
});

it('stores the staff code, the PIN and what is typed only in a form that does not show them', async () => {
  await setUpDevice({ kind: 'tablet', organisation: 'De Berk', crisisNumbers: [], language: 'nl', staffCode: STAFF_CODE });
  const staff = await openWithStaffCode(STAFF_CODE);
  if (!staff.ok) throw new Error('staff code refused');
  const id = await createProfile({ displayName: 'Ali', avatar: 'sun', pin: PIN }, staff.staffKey);
  await unlockWithPin(id, PIN);
  await saveCheckIn({ mood: 2, craving: 8, note: 'Ruzie met mijn broer' });
  await saveAnswer({ program: 'middelengebruik', session: '1.3', screen: 'problemen' }, { text: 'Ik heb gestolen' });
  await lockVault();
  const stored = await rawValues();
  for (const secret of [STAFF_CODE, PIN, 'Ruzie met mijn broer', 'Ik heb gestolen']) expect(containsText(stored, secret), secret).toBe(false);
  // What is stored in the clear, as SECURITY.md says: the name on the grid.
  expect(containsText(stored, 'Ali')).toBe(true);
});

it('wraps each participant key with PBKDF2 at 310,000 iterations and its own random salt, and keeps kind and time in the clear', async () => {
  await setUpDevice({ kind: 'tablet', organisation: 'De Berk', crisisNumbers: [], language: 'nl', staffCode: STAFF_CODE });
  const a = await createProfile({ displayName: 'Ali', avatar: 'sun', pin: PIN });
  const b = await createProfile({ displayName: 'Bo', avatar: 'moon', pin: PIN });
  const [rowA, rowB, device] = await Promise.all([db.profiles.get(a), db.profiles.get(b), db.device.get('device')]);
  expect(rowA!.pinKey.iterations).toBe(310_000);
  expect(device!.staffKey!.iterations).toBe(310_000);
  expect(rowA!.pinKey.salt).toHaveLength(16);
  // The same PIN gives two different wrapping keys: one copied database cannot be cracked for all at once.
  expect(Buffer.from(rowA!.pinKey.salt).equals(Buffer.from(rowB!.pinKey.salt))).toBe(false);

  await unlockWithPin(a, PIN);
  await saveCheckIn({ mood: 3, craving: 2, note: '' }, 1_700_000_000_000);
  const record = (await db.records.where({ profileId: a, kind: 'checkin' }).toArray())[0]!;
  expect(record.kind).toBe('checkin');
  expect(record.updatedAt).toBeTypeOf('number');
});

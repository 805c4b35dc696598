import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CRISIS_NUMBERS, getDevice, setUpDevice } from '../../src/core/device';
import { createProfile, isValidPin, listProfiles, unlockScreenInfo, unlockWithPin, unlockWithStaffCode } from '../../src/core/profiles';
import { unlockedProfileId, lockVault } from '../../src/core/vault';
import { saveCheckIn, listCheckInDays } from '../../src/core/checkins';
import { FIRST_WAIT_MS, waitAfterFailures } from '../../src/core/throttle';
import { db } from '../../src/core/db';
import { freshDevice } from './helpers';

describe('profiles and unlocking', () => {
  beforeEach(freshDevice);

  it('accepts PINs of 4-6 digits only', () => {
    expect(['1234', '123456'].every(isValidPin)).toBe(true);
    expect(['123', '1234567', '12a4', ' 1234', ''].some(isValidPin)).toBe(false);
  });

  it('lets the trainer code unlock a profile and never stores the code', async () => {
    await setUpDevice({ kind: 'tablet', organisation: 'De Berk', crisisNumbers: [...DEFAULT_CRISIS_NUMBERS], language: 'nl', staffCode: '8642' });
    const id = await createProfile({ displayName: 'Ali', avatar: 'sun', pin: '1234' }, await staffKey('8642'));
    await unlockWithPin(id, '1234');
    await saveCheckIn({ mood: 4, craving: 1, note: 'goed' });
    await lockVault();

    expect(await unlockWithStaffCode(id, '1111')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(unlockedProfileId()).toBeNull();
    expect(await unlockWithStaffCode(id, '8642')).toEqual({ ok: true });
    expect(unlockedProfileId()).toBe(id);
    expect((await listCheckInDays())[0]!.checkIns[0]!.note).toBe('goed');
    expect(JSON.stringify(await getDevice())).not.toContain('8642');
  });

  it('makes the wait grow after five wrong PINs and deletes nothing', async () => {
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
    const id = await createProfile({ displayName: 'Bo', avatar: 'tree', pin: '2468' });
    await unlockWithPin(id, '2468');
    await saveCheckIn({ mood: 3, craving: null, note: 'blijft' });
    await lockVault();

    const t0 = 1_000_000;
    for (let i = 1; i <= 4; i++) expect(await unlockWithPin(id, '0000', t0)).toMatchObject({ reason: 'wrong', waitMs: 0 });
    expect(await unlockWithPin(id, '0000', t0)).toMatchObject({ reason: 'wrong', waitMs: FIRST_WAIT_MS });
    // Even the right PIN waits now, across reloads (the wait is stored).
    expect(await unlockWithPin(id, '2468', t0 + 1000)).toMatchObject({ reason: 'wait' });
    expect(await unlockWithPin(id, '0000', t0 + FIRST_WAIT_MS)).toMatchObject({ reason: 'wrong', waitMs: 2 * FIRST_WAIT_MS });
    expect(waitAfterFailures(100)).toBe(15 * 60_000);

    expect(await unlockWithPin(id, '2468', t0 + FIRST_WAIT_MS * 4)).toEqual({ ok: true });
    expect((await listCheckInDays())[0]!.checkIns[0]!.note).toBe('blijft');
    expect((await db.profiles.get(id))!.failedTries).toBe(0);
    expect(await listProfiles()).toHaveLength(1);
  });

  it('has no trainer unlock on a phone without a helper code', async () => {
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
    const id = await createProfile({ displayName: 'Bo', avatar: 'tree', pin: '2468' });
    expect(await unlockWithStaffCode(id, '')).toMatchObject({ ok: false });
    expect(await unlockScreenInfo(id)).toMatchObject({ profile: { id, displayName: 'Bo' }, staffCanUnlock: false, device: { kind: 'phone' }, deviceHasStaffCode: false });
  });

  it('tells the PIN screen whether the trainer can help, in one read', async () => {
    await setUpDevice({ kind: 'tablet', organisation: '', crisisNumbers: [], language: 'nl', staffCode: '8642' });
    const helped = await createProfile({ displayName: 'Ali', avatar: 'sun', pin: '1234' }, await staffKey('8642'));
    const alone = await createProfile({ displayName: 'Cas', avatar: 'tree', pin: '1357' });
    expect(await unlockScreenInfo(helped)).toMatchObject({ profile: { displayName: 'Ali' }, staffCanUnlock: true, deviceHasStaffCode: true });
    expect(await unlockScreenInfo(alone)).toMatchObject({ profile: { displayName: 'Cas' }, staffCanUnlock: false, deviceHasStaffCode: true });
    expect(await unlockScreenInfo('no-such-id')).toMatchObject({ profile: undefined, staffCanUnlock: false });
  });
});

async function staffKey(code: string): Promise<CryptoKey> {
  const { openWithStaffCode } = await import('../../src/core/staff');
  const attempt = await openWithStaffCode(code);
  if (!attempt.ok) throw new Error('bad code in test');
  return attempt.staffKey;
}

import { beforeEach, describe, expect, it } from 'vitest';
import { listCheckInDays, saveCheckIn, getDraft, saveDraft } from '../../src/core/checkins';
import { DEFAULT_CRISIS_NUMBERS, setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { lockVault } from '../../src/core/vault';
import { open } from '../../src/core/crypto';
import { db } from '../../src/core/db';
import { putRecord } from '../../src/core/records';
import { containsText, freshDevice, rawValues } from './helpers';

const NOTE = 'Vandaag had ik trek maar ik belde Sanne';

async function tabletWithTwo() {
  await setUpDevice({ kind: 'tablet', organisation: 'Kliniek De Berk', crisisNumbers: [...DEFAULT_CRISIS_NUMBERS], language: 'nl', staffCode: '8642' });
  const a = await createProfile({ displayName: 'Ali', avatar: 'sun', pin: '1234' });
  const b = await createProfile({ displayName: 'Bo', avatar: 'tree', pin: '5678' });
  return { a, b };
}

describe('check-ins at rest', () => {
  beforeEach(freshDevice);

  it('stores the note only as ciphertext', async () => {
    const { a } = await tabletWithTwo();
    expect((await unlockWithPin(a, '1234')).ok).toBe(true);
    await saveCheckIn({ mood: 4, craving: 3, note: NOTE });
    await lockVault();

    const raw = await rawValues();
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.some((value) => containsText(value, NOTE))).toBe(false);
    expect(raw.some((value) => containsText(value, 'trek'))).toBe(false);
    // The scan itself can find text: the organisation name is stored in the clear.
    expect(raw.some((value) => containsText(value, 'Kliniek De Berk'))).toBe(true);
  });

  it('cannot be decrypted with a wrong PIN or with another participant\'s key', async () => {
    const { a, b } = await tabletWithTwo();
    await unlockWithPin(a, '1234');
    await saveCheckIn({ mood: 2, craving: 7, note: NOTE });
    await lockVault();

    const wrong = await unlockWithPin(a, '0000');
    expect(wrong).toMatchObject({ ok: false, reason: 'wrong' });

    // B's key opens B's profile but not A's records.
    await unlockWithPin(b, '5678');
    expect(await listCheckInDays()).toEqual([]);
    const aRows = await db.records.where({ profileId: a }).toArray();
    expect(aRows).toHaveLength(1);
    const { requireVault } = await import('../../src/core/vault');
    await expect(open(aRows[0]!, requireVault().key)).rejects.toThrow();
  });

  it('lists check-ins by day, newest first, and restores a draft after locking', async () => {
    const { a } = await tabletWithTwo();
    await unlockWithPin(a, '1234');
    const day1 = new Date(2026, 10, 20, 9, 0).getTime();
    const day2 = new Date(2026, 10, 21, 20, 0).getTime();
    await saveCheckIn({ mood: 3, craving: null, note: '' }, day1);
    await saveCheckIn({ mood: 'unknown', craving: 10, note: 'laat' }, day2);
    await saveCheckIn({ mood: 5, craving: 0, note: 'vroeg' }, day2 - 3_600_000);
    const days = await listCheckInDays();
    expect(days.map((d) => d.day)).toEqual(['2026-11-21', '2026-11-20']);
    expect(days[0]!.checkIns.map((c) => c.note)).toEqual(['laat', 'vroeg']);

    await saveDraft({ mood: 2, craving: null, note: 'half af' });
    await lockVault();
    await unlockWithPin(a, '1234');
    // A draft saved without an emotion (as before the thermometer) loads with emotion null.
    expect(await getDraft()).toEqual({ mood: 2, emotion: null, craving: null, note: 'half af' });
  });

  it('keeps the emotion thermometer and still loads check-ins stored before it', async () => {
    const { a } = await tabletWithTwo();
    await unlockWithPin(a, '1234');
    await saveCheckIn({ mood: 2, emotion: 7, craving: 1, note: '' }, new Date(2026, 10, 22, 9, 0).getTime());
    // A check-in as the app stored it before the thermometer existed: no emotion field.
    const old = { id: 'checkin:1:old', at: new Date(2026, 10, 21, 9, 0).getTime(), mood: 4, craving: 2, note: 'oud' };
    await putRecord('checkin', old.id, old);
    const days = await listCheckInDays();
    expect(days.map((d) => d.checkIns[0])).toMatchObject([
      { mood: 2, emotion: 7, craving: 1 },
      { mood: 4, emotion: null, craving: 2, note: 'oud' },
    ]);
    await expect(saveCheckIn({ mood: 3, emotion: 11, craving: null, note: '' })).rejects.toThrow();
    await expect(saveCheckIn({ mood: 3, emotion: 2.5, craving: null, note: '' })).rejects.toThrow();
  });

  it('refuses a check-in without a mood', async () => {
    const { a } = await tabletWithTwo();
    await unlockWithPin(a, '1234');
    await expect(saveCheckIn({ mood: null, craving: 2, note: '' })).rejects.toThrow();
    await expect(saveCheckIn({ mood: 3, craving: 11, note: '' })).rejects.toThrow();
  });

  it('keeps a spoken note with the check-in and in the draft', async () => {
    const { a } = await tabletWithTwo();
    await unlockWithPin(a, '1234');
    await saveDraft({ mood: 2, craving: null, note: '', recording: 'media:voice-1' });
    expect((await getDraft())?.recording).toBe('media:voice-1');
    const morning = new Date(2026, 2, 9, 9, 0).getTime();
    await saveCheckIn({ mood: 2, craving: null, note: '', recording: 'media:voice-1' }, morning);
    await saveCheckIn({ mood: 3, craving: null, note: 'Getypt' }, morning + 60_000);
    const [day] = await listCheckInDays();
    expect(day!.checkIns.map((c) => c.recording)).toEqual([undefined, 'media:voice-1']);
  });
});

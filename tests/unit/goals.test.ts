import { beforeEach, describe, expect, it } from 'vitest';
import {
  confirmReward,
  countDays,
  dayBefore,
  daysBetween,
  getDayCounter,
  isDay,
  listRewardConfirmations,
  parseEuros,
  recordSlip,
  removeSlip,
  setDayCounter,
  stopDayCounter,
  type DayCounter,
} from '../../src/core/goals';
import { closingSession } from '../../src/core/certificate';
import { markSessionDone, sessionDoneAt } from '../../src/core/progress';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { lockVault } from '../../src/core/vault';
import { containsText, freshDevice, rawValues } from './helpers';

const counter = (patch: Partial<DayCounter> = {}): DayCounter => ({ startDay: '2026-03-01', centsPerDay: null, slipDays: [], ...patch });

describe('counting good days', () => {
  it('counts whole days since the start, today not yet', () => {
    expect(countDays(counter(), '2026-03-01')).toEqual({ daysSinceStart: 0, goodDays: 0, currentStreak: 0, slips: 0, savedCents: null });
    expect(countDays(counter(), '2026-03-11')).toMatchObject({ daysSinceStart: 10, goodDays: 10, currentStreak: 10 });
    // A start day in the future counts nothing, and never a negative number.
    expect(countDays(counter({ startDay: '2026-04-01' }), '2026-03-11')).toMatchObject({ daysSinceStart: 0, goodDays: 0, currentStreak: 0 });
  });

  it('a slip takes one day off the total, never the total itself, and restarts the streak', () => {
    const before = countDays(counter(), '2026-03-11');
    const after = countDays(counter({ slipDays: ['2026-03-08'] }), '2026-03-11');
    expect(after.goodDays).toBe(before.goodDays - 1); // 9, not 0
    expect(after.currentStreak).toBe(2); // 9 and 10 March
    expect(after.slips).toBe(1);
    // The streak grows again day by day; the total keeps everything before the slip.
    expect(countDays(counter({ slipDays: ['2026-03-08'] }), '2026-03-20')).toMatchObject({ goodDays: 18, currentStreak: 11 });
  });

  it('never lowers the total by more than the slip days, however many slips', () => {
    const slipDays = ['2026-03-02', '2026-03-05', '2026-03-05', '2026-03-09'];
    for (let day = 1; day <= 30; day++) {
      const today = `2026-03-${String(day).padStart(2, '0')}`;
      const withSlips = countDays(counter({ slipDays }), today);
      const without = countDays(counter(), today);
      const slipsSoFar = new Set(slipDays.filter((d) => d < today)).size;
      expect(withSlips.goodDays).toBe(without.goodDays - slipsSoFar);
      expect(withSlips.goodDays).toBeGreaterThanOrEqual(0);
      expect(withSlips.currentStreak).toBeLessThanOrEqual(withSlips.goodDays);
    }
  });

  it('a slip today restarts the streak at 0; tomorrow is the first day of the new streak', () => {
    const slipToday = counter({ slipDays: ['2026-03-11'] });
    expect(countDays(slipToday, '2026-03-11')).toMatchObject({ goodDays: 10, currentStreak: 0 });
    expect(countDays(slipToday, '2026-03-12')).toMatchObject({ goodDays: 10, currentStreak: 0, slips: 1 });
    expect(countDays(slipToday, '2026-03-13')).toMatchObject({ goodDays: 11, currentStreak: 1 });
  });

  it('ignores slips before the start or after today', () => {
    const odd = counter({ slipDays: ['2026-02-20', '2026-03-30'] });
    expect(countDays(odd, '2026-03-11')).toMatchObject({ goodDays: 10, currentStreak: 10, slips: 0 });
  });

  it('counts money saved on good days only', () => {
    expect(countDays(counter({ centsPerDay: 1250, slipDays: ['2026-03-03'] }), '2026-03-11').savedCents).toBe(9 * 1250);
  });

  it('counts calendar days across summer time', () => {
    // The Netherlands switches to summer time on 29 March 2026: that day is 23 hours long.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
  });

  it('reads amounts of euros as typed, refusing what is no amount', () => {
    expect(parseEuros('12')).toBe(1200);
    expect(parseEuros('12,50')).toBe(1250);
    expect(parseEuros('€ 3.5')).toBe(350);
    expect(parseEuros('0')).toBeNull();
    expect(parseEuros('twaalf')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
  });
});

describe('goals at rest', () => {
  beforeEach(async () => {
    await freshDevice();
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl', staffCode: 'begeleider-1' });
    const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
    await unlockWithPin(id, '4321');
  });

  it('keeps the counter and its slips, and stores them encrypted', async () => {
    await setDayCounter(counter({ centsPerDay: 500 }));
    await recordSlip('2026-03-04');
    await recordSlip('2026-03-04'); // one slip per day
    await recordSlip('2026-03-02');
    expect(await getDayCounter()).toEqual({ startDay: '2026-03-01', centsPerDay: 500, slipDays: ['2026-03-02', '2026-03-04'] });
    await removeSlip('2026-03-02');
    expect((await getDayCounter())!.slipDays).toEqual(['2026-03-04']);

    await lockVault();
    const raw = await rawValues();
    expect(raw.some((value) => containsText(value, '2026-03-04'))).toBe(false);
  });

  it('stops counting when asked', async () => {
    await setDayCounter(counter());
    await stopDayCounter();
    expect(await getDayCounter()).toBeUndefined();
    await expect(recordSlip('2026-03-04')).rejects.toThrow();
  });

  it('stores who confirmed a reward and when, encrypted', async () => {
    const at = new Date(2026, 2, 9, 15, 0).getTime();
    await confirmReward({ id: 'step-1', text: 'Een week niet blowen ', reward: 'Naar de film' }, ' Anna ', at);
    await expect(confirmReward({ id: 'step-2', text: 'x', reward: 'y' }, '  ')).rejects.toThrow();
    const confirmations = await listRewardConfirmations();
    expect([...confirmations.values()]).toEqual([{ stepId: 'step-1', stepText: 'Een week niet blowen', reward: 'Naar de film', by: 'Anna', at }]);

    await lockVault();
    const raw = await rawValues();
    expect(raw.some((value) => containsText(value, 'Naar de film'))).toBe(false);
  });
});

describe('certificate date', () => {
  beforeEach(async () => {
    await freshDevice();
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
    const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
    await unlockWithPin(id, '4321');
  });

  it('reads the day the closing session was finished, as progress.ts stores it', async () => {
    expect(closingSession(['1.1', '3.11', '3.12'])).toBe('3.11');
    expect(closingSession(['stap-1', 'stap-7'])).toBe('stap-7');
    expect(await sessionDoneAt('middelengebruik', '3.11')).toBeUndefined();
    const at = new Date(2026, 5, 12, 11, 0).getTime();
    await markSessionDone('middelengebruik', '3.11', at);
    expect(await sessionDoneAt('middelengebruik', '3.11')).toBe(at);
    expect(await sessionDoneAt('stap-voor-stap', '3.11')).toBeUndefined();
  });
});

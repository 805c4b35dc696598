import { beforeEach, expect, it } from 'vitest';
import { db } from '../../src/core/db';
import { setUpDevice } from '../../src/core/device';
import { createProfile, getProfile, listAllProfiles, listProfiles, unlockWithPin } from '../../src/core/profiles';
import { putRecord, getRecord } from '../../src/core/records';
import { saveMedia } from '../../src/core/media';
import { openSessions } from '../../src/core/release';
import { changeStaffCode, openWithStaffCode } from '../../src/core/staff';
import { closeStaffSession, openStaffSession } from '../../src/core/staffSession';
import {
  deleteProfile,
  renameProfile,
  resetPin,
  setArchived,
  setProfileAvatar,
  setReleased,
  setReleasedForGroup,
} from '../../src/core/staffParticipants';
import { lockVault } from '../../src/core/vault';
import { containsText, freshDevice, rawValues } from './helpers';

const CODE = 'trainer-123';
const ORDER = ['1.1', '1.2', '1.3', '2.1'];

async function addParticipant(name: string, pin: string, program = 'middelengebruik'): Promise<string> {
  const staff = await openWithStaffCode(CODE);
  if (!staff.ok) throw new Error('code');
  return createProfile({ displayName: name, avatar: 'cat', pin, program }, staff.staffKey);
}

beforeEach(async () => {
  await closeStaffSession();
  await freshDevice();
  await setUpDevice({ kind: 'tablet', organisation: 'Kliniek', crisisNumbers: [], language: 'nl', staffCode: CODE });
});

it('deletes every row of a participant from every table, and leaves the others alone', async () => {
  const sam = await addParticipant('Samuel Uniekenaam', '4321');
  const kim = await addParticipant('Kim', '1234');
  for (const [id, pin, word] of [
    [sam, '4321', 'sam'],
    [kim, '1234', 'kim'],
  ] as const) {
    await unlockWithPin(id, pin);
    await putRecord('answer', 'answer:x/1.1/1', { text: `antwoord van ${word}` });
    await putRecord('draft', 'draft:1', { text: 'half af' });
    await saveMedia('drawing', new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }));
    await lockVault();
  }
  await openStaffSession(CODE);
  await deleteProfile(sam);

  for (const table of db.tables) {
    const rows = (await table.toArray()) as { id?: string; profileId?: string }[];
    expect(rows.filter((row) => row.profileId === sam || row.id === sam), table.name).toEqual([]);
  }
  const raw = await rawValues();
  expect(raw.some((value) => containsText(value, 'Samuel Uniekenaam'))).toBe(false);
  expect(raw.some((value) => containsText(value, sam))).toBe(false);
  // Kim keeps everything.
  expect(await db.records.where({ profileId: kim }).count()).toBe(2);
  expect(await db.media.where({ profileId: kim }).count()).toBe(1);
  await closeStaffSession();
  await unlockWithPin(kim, '1234');
  expect(await getRecord('answer:x/1.1/1')).toEqual({ text: 'antwoord van kim' });
});

it('resets a forgotten PIN: the new PIN opens the same data, the old one no longer does', async () => {
  const sam = await addParticipant('Sam', '4321');
  await unlockWithPin(sam, '4321');
  await putRecord('answer', 'a', { text: 'bewaard' });
  await lockVault();
  // A few wrong tries before the reset: the reset ends the wait.
  for (let i = 0; i < 6; i++) await unlockWithPin(sam, '0000', 0);
  await expect(resetPin(sam, '9876')).rejects.toThrow();
  await openStaffSession(CODE);
  await resetPin(sam, '9876');
  expect(await db.profiles.get(sam)).toMatchObject({ failedTries: 0, nextTryAt: 0 });
  await closeStaffSession();
  expect(await unlockWithPin(sam, '4321')).toMatchObject({ ok: false, reason: 'wrong' });
  await db.profiles.update(sam, { nextTryAt: 0 });
  expect(await unlockWithPin(sam, '9876')).toEqual({ ok: true });
  expect(await getRecord('a')).toEqual({ text: 'bewaard' });
});

it('renames, changes the picture, archives and restores', async () => {
  const sam = await addParticipant('Sam', '4321');
  await openStaffSession(CODE);
  await renameProfile(sam, '  Samira ');
  await setProfileAvatar(sam, 'photo', { type: 'image/jpeg', bytes: new Uint8Array([9, 9]) });
  expect(await getProfile(sam)).toMatchObject({ displayName: 'Samira', avatar: 'photo' });
  await setProfileAvatar(sam, 'dog');
  expect((await getProfile(sam))?.photo).toBeUndefined();
  await setArchived(sam, true);
  expect(await listProfiles()).toEqual([]);
  expect((await listAllProfiles()).map((p) => [p.id, p.archived])).toEqual([[sam, true]]);
  await setArchived(sam, false);
  expect((await listProfiles()).map((p) => p.id)).toEqual([sam]);
});

it('opens sessions per participant and for the whole group; the first is always open', async () => {
  const sam = await addParticipant('Sam', '4321');
  const kim = await addParticipant('Kim', '1234');
  const old = await addParticipant('Oud', '1111');
  const other = await addParticipant('Ander', '2222', 'stap-voor-stap');
  await openStaffSession(CODE);
  await setArchived(old, true);
  await setReleasedForGroup('middelengebruik', ['1.2'], true);
  await setReleased(sam, [...(await getProfile(sam))!.released, '1.3']);
  expect(await openSessions(sam, ORDER)).toEqual(['1.1', '1.2', '1.3']);
  expect(await openSessions(kim, ORDER)).toEqual(['1.1', '1.2']);
  expect(await openSessions(old, ORDER)).toEqual(['1.1']);
  expect((await getProfile(other))!.released).toEqual([]);
  // A new participant may start at any part: only what the trainer opens, plus the first session.
  const late = await addParticipant('Laat', '3333');
  await setReleased(late, ['2.1']);
  expect(await openSessions(late, ORDER)).toEqual(['1.1', '2.1']);
  await setReleasedForGroup('middelengebruik', ['1.2'], false);
  expect(await openSessions(sam, ORDER)).toEqual(['1.1', '1.3']);
  expect(await openSessions(kim, ORDER)).toEqual(['1.1']);
});

it('changes the trainer code after checking the old one; participants stay reachable', async () => {
  const sam = await addParticipant('Sam', '4321');
  expect(await changeStaffCode('not-the-code', 'nieuwe-code')).toMatchObject({ ok: false, reason: 'wrong' });
  await db.device.update('device', { staffNextTryAt: 0 });
  expect(await changeStaffCode(CODE, 'nieuwe-code')).toEqual({ ok: true });
  expect(await openStaffSession(CODE)).toMatchObject({ ok: false });
  await db.device.update('device', { staffNextTryAt: 0 });
  expect(await openStaffSession('nieuwe-code')).toEqual({ ok: true });
  await resetPin(sam, '5555');
  expect(await unlockWithPin(sam, '5555')).toEqual({ ok: true });
  const raw = await rawValues();
  expect(raw.some((value) => containsText(value, 'nieuwe-code') || containsText(value, CODE))).toBe(false);
});

import { beforeEach, expect, it, vi } from 'vitest';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { getRecord, getRecordFor, listRecordsFor, putRecord, putRecordFor, deleteRecordFor } from '../../src/core/records';
import { openWithStaffCode } from '../../src/core/staff';
import {
  closeStaffSession,
  isStaffSessionOpen,
  openStaffSession,
  participantAccess,
  stopViewing,
  viewParticipant,
  viewingProfileId,
} from '../../src/core/staffSession';
import { lockVault, unlockedProfileId } from '../../src/core/vault';
import { freshDevice } from './helpers';

// Every test derives keys from PINs and codes (PBKDF2, 310,000 rounds): slow on a busy CI machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CODE = 'trainer-123';
let sam: string;

beforeEach(async () => {
  await closeStaffSession();
  await freshDevice();
  await setUpDevice({ kind: 'tablet', organisation: 'Kliniek', crisisNumbers: [], language: 'nl', staffCode: CODE });
  const staff = await openWithStaffCode(CODE);
  if (!staff.ok) throw new Error('code');
  sam = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' }, staff.staffKey);
});

it('opens only with the right code and forgets the key on close', async () => {
  expect(await openStaffSession('wrong-code')).toMatchObject({ ok: false, reason: 'wrong' });
  expect(isStaffSessionOpen()).toBe(false);
  await expect(participantAccess(sam)).rejects.toThrow();
  expect(await openStaffSession(CODE)).toEqual({ ok: true });
  expect(isStaffSessionOpen()).toBe(true);
  await closeStaffSession();
  expect(isStaffSessionOpen()).toBe(false);
  await expect(participantAccess(sam)).rejects.toThrow();
});

it('reads and writes a participant record through participantAccess, the same records the participant sees', async () => {
  await unlockWithPin(sam, '4321');
  await putRecord('answer', 'a', { text: 'van Sam' });
  await openStaffSession(CODE);
  // Opening a staff session locks the participant.
  expect(unlockedProfileId()).toBeNull();
  const access = await participantAccess(sam);
  expect(await getRecordFor(access, 'a')).toEqual({ text: 'van Sam' });
  await putRecordFor(access, 'note', 'n', { text: 'van de trainer' });
  expect(await listRecordsFor(access, 'note')).toEqual([{ text: 'van de trainer' }]);
  await deleteRecordFor(access, 'n');
  expect(await getRecordFor(access, 'n')).toBeUndefined();
  await closeStaffSession();
  await unlockWithPin(sam, '4321');
  expect(await getRecord('a')).toEqual({ text: 'van Sam' });
});

it('opens a workbook on purpose and locks it again when staff stops looking or closes', async () => {
  await openStaffSession(CODE);
  await viewParticipant(sam);
  expect(unlockedProfileId()).toBe(sam);
  expect(viewingProfileId()).toBe(sam);
  await stopViewing();
  expect(unlockedProfileId()).toBeNull();
  expect(isStaffSessionOpen()).toBe(true);
  await viewParticipant(sam);
  await closeStaffSession();
  expect(unlockedProfileId()).toBeNull();
  expect(viewingProfileId()).toBeNull();
});

it('stops viewing when the workbook is locked some other way', async () => {
  await openStaffSession(CODE);
  await viewParticipant(sam);
  await lockVault();
  expect(viewingProfileId()).toBeNull();
  expect(isStaffSessionOpen()).toBe(true);
});

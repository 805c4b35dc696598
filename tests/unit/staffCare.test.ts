/**
 * The staff care core: the SURPS profile and the participant's answers to it, notes and
 * compliments, the huiswerk status from real content and real answers, the staff rewards, and
 * the "Wat staat er over mij" listing read from the database itself. Staff write through
 * participantAccess (the staff key), the participant reads through the vault (the PIN).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { aboutMe, compareSessions } from '../../src/core/aboutMe';
import { saveAnswer } from '../../src/core/answers';
import { db } from '../../src/core/db';
import { setUpDevice } from '../../src/core/device';
import { confirmRewardFor, getGoalStepsFor, goalStepsKey, listRewardConfirmations, listRewardConfirmationsFor } from '../../src/core/goals';
import { homeworkCount, homeworkOf, loadHomework } from '../../src/core/homework';
import { saveMedia } from '../../src/core/media';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { putRecordFor, type ProfileAccess } from '../../src/core/records';
import { releaseSessions } from '../../src/core/release';
import { openWithStaffCode } from '../../src/core/staff';
import { closeStaffSession, openStaffSession, participantAccess } from '../../src/core/staffSession';
import { deleteStaffNote, listNewStaffNotes, listStaffNotes, putNoteAway, writeStaffNote } from '../../src/core/staffNotes';
import { getSurpsProfile, getSurpsRecognition, saveSurpsProfile, saveSurpsRecognition } from '../../src/core/surps';
import { lockVault, requireVault } from '../../src/core/vault';
import { loadSession } from '../../src/content/load';
import { containsText, freshDevice, rawValues } from './helpers';

// Each test derives several keys from codes and PINs (PBKDF2, 310,000 rounds): on a busy shared
// machine that alone can pass the default 5 s, so the ceiling is higher. Nothing here is timed.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CODE = 'trainer-123';
const PROGRAM = 'middelengebruik';
let sam: string;
let kim: string;

beforeEach(async () => {
  await closeStaffSession();
  await freshDevice();
  await setUpDevice({ kind: 'tablet', organisation: 'Kliniek', crisisNumbers: [], language: 'nl', staffCode: CODE });
  const staff = await openWithStaffCode(CODE);
  if (!staff.ok) throw new Error('code');
  sam = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' }, staff.staffKey);
  kim = await createProfile({ displayName: 'Kim', avatar: 'dog', pin: '8765' }, staff.staffKey);
  expect(await openStaffSession(CODE)).toEqual({ ok: true });
});

/** The participant unlocks with their own PIN, after staff closed the session. */
async function asParticipant(id = sam, pin = '4321'): Promise<ProfileAccess> {
  await closeStaffSession();
  await unlockWithPin(id, pin);
  return requireVault();
}

describe('SURPS profile', () => {
  it('is written by staff, read by the participant with their PIN, and is encrypted at rest', async () => {
    const staff = await participantAccess(sam);
    await saveSurpsProfile(staff, ['sensationSeeking', 'hopelessness'], 1_000);
    const me = await asParticipant();
    // Kept in the handbook's order, whatever order the trainer ticked.
    expect(await getSurpsProfile(me)).toEqual({ traits: ['hopelessness', 'sensationSeeking'], at: 1_000 });
    expect(containsText(await rawValues(), 'sensationSeeking')).toBe(false);
    // Another participant has none.
    await lockVault();
    await unlockWithPin(kim, '8765');
    expect(await getSurpsProfile(requireVault())).toBeUndefined();
  });

  it('keeps the participant’s answers when the trainer changes the profile, and removes the profile when emptied', async () => {
    const me = await asParticipant();
    await saveSurpsRecognition(me, 'impulsivity', 'bit');
    await openStaffSession(CODE);
    const staff = await participantAccess(sam);
    await saveSurpsProfile(staff, ['impulsivity']);
    await saveSurpsProfile(staff, ['impulsivity', 'anxietySensitivity']);
    expect(await getSurpsRecognition(staff)).toEqual({ impulsivity: 'bit' });
    expect(await saveSurpsProfile(staff, [])).toBeUndefined();
    expect(await getSurpsProfile(staff)).toBeUndefined();
  });

  it('stores quick answers in order without losing one', async () => {
    const me = await asParticipant();
    await Promise.all([
      saveSurpsRecognition(me, 'hopelessness', 'yes'),
      saveSurpsRecognition(me, 'impulsivity', 'no'),
      saveSurpsRecognition(me, 'hopelessness', 'bit'),
    ]);
    expect(await getSurpsRecognition(me)).toEqual({ hopelessness: 'bit', impulsivity: 'no' });
  });

  it('ignores damaged or unknown stored values', async () => {
    const staff = await participantAccess(sam);
    await putRecordFor(staff, 'surps', 'surps:profile', { traits: ['nonsense'] });
    expect(await getSurpsProfile(staff)).toBeUndefined();
    await putRecordFor(staff, 'surps-answer', 'surps:recognition', { hopelessness: 'maybe', impulsivity: 'yes' });
    expect(await getSurpsRecognition(staff)).toEqual({ impulsivity: 'yes' });
  });
});

describe('notes and compliments', () => {
  it('are listed newest first with who wrote them, and put away by the participant once read', async () => {
    const staff = await participantAccess(sam);
    await writeStaffNote(staff, { kind: 'note', author: 'trainer', name: ' Els ', text: ' Goed gewerkt vandaag. ' }, 1_000);
    await writeStaffNote(staff, { kind: 'compliment', author: 'begeleider', name: '', text: 'Knap dat je hulp vroeg.' }, 2_000);
    await expect(writeStaffNote(staff, { kind: 'note', author: 'trainer', name: 'Els', text: '   ' })).rejects.toThrow();

    const me = await asParticipant();
    const notes = await listNewStaffNotes(me);
    expect(notes.map((n) => [n.text, n.author, n.name, n.kind])).toEqual([
      ['Knap dat je hulp vroeg.', 'begeleider', '', 'compliment'],
      ['Goed gewerkt vandaag.', 'trainer', 'Els', 'note'],
    ]);
    expect(containsText(await rawValues(), 'Knap dat je')).toBe(false);

    await putNoteAway(me, notes[0]!.id, 3_000);
    expect((await listNewStaffNotes(me)).map((n) => n.text)).toEqual(['Goed gewerkt vandaag.']);
    // Put away, not gone: staff see it was read.
    expect((await listStaffNotes(me)).find((n) => n.id === notes[0]!.id)?.readAt).toBe(3_000);
    // Another participant sees none of them.
    await lockVault();
    await unlockWithPin(kim, '8765');
    expect(await listStaffNotes(requireVault())).toEqual([]);
  });

  it('can be taken back by staff', async () => {
    const staff = await participantAccess(sam);
    const note = await writeStaffNote(staff, { kind: 'note', author: 'trainer', name: '', text: 'Vergissing' });
    await deleteStaffNote(staff, note.id);
    expect(await listStaffNotes(staff)).toEqual([]);
    expect(() => deleteStaffNote(staff, 'answer:x')).toThrow();
  });
});

describe('huiswerk status', () => {
  it('follows the exercise model: an empty answer is open, a real one done, a screen without a form is talk', async () => {
    const session = (await loadSession(PROGRAM, '3.2'))!;
    const log = { program: PROGRAM, session: '3.2', screen: 'verlangen-log' };
    const feeling = { program: PROGRAM, session: '3.2', screen: 'verlangen-gevoel' };
    const id = (k: typeof log) => `answer:${k.program}/${k.session}/${k.screen}`;
    expect(homeworkOf(PROGRAM, session, new Map()).map((i) => [i.screen, i.state])).toEqual([
      ['verlangen-log', 'open'],
      ['verlangen-gevoel', 'open'],
    ]);
    const answers = new Map<string, unknown>([
      [id(log), { items: [{ id: 'a', values: { wanneer: '', waar: '', 'hoe-sterk': '', 'wat-deed-ik': '' } }] }], // an empty row is not done
      [id(feeling), { text: 'Ik was boos.' }],
    ]);
    const items = homeworkOf(PROGRAM, session, answers);
    expect(items.map((i) => i.state)).toEqual(['open', 'done']);
    expect(homeworkCount(items)).toEqual({ done: 1, total: 2 });
    const talk = homeworkOf(PROGRAM, (await loadSession(PROGRAM, '1.3'))!, new Map());
    expect(talk.map((i) => i.state)).toEqual(['talk']);
    expect(homeworkCount(talk)).toEqual({ done: 0, total: 0 });
  });

  it('reads the participant’s real answers through staff access, per released session', async () => {
    await releaseSessions(sam, ['3.2', '3.3']);
    await asParticipant();
    await saveAnswer({ program: PROGRAM, session: '3.2', screen: 'verlangen-gevoel' }, { text: 'Onrustig' });
    await openStaffSession(CODE);
    const homework = await loadHomework(await participantAccess(sam), PROGRAM, ['1.1', '3.2', '3.3']);
    expect(homework.map((h) => h.session)).toEqual(['1.1', '3.2', '3.3']);
    expect(homework[1]!.items.map((i) => [i.screen, i.state])).toEqual([
      ['verlangen-log', 'open'],
      ['verlangen-gevoel', 'done'],
    ]);
    expect(homework[2]!.items.every((i) => i.state === 'open')).toBe(true);
  });
});

describe('rewards from the staff area', () => {
  it('reads the steps of 2.5 and confirms a reward the participant then sees', async () => {
    await asParticipant();
    await saveAnswer(goalStepsKey(PROGRAM), { goal: 'Minder blowen', steps: [{ id: 'a', text: 'Een dag niet blowen', reward: 'Patat', done: true }] });
    await openStaffSession(CODE);
    const staff = await participantAccess(sam);
    const steps = await getGoalStepsFor(staff, PROGRAM);
    expect(steps?.goal).toBe('Minder blowen');
    await expect(confirmRewardFor(staff, steps!.steps[0]!, '  ')).rejects.toThrow();
    await confirmRewardFor(staff, steps!.steps[0]!, 'Anna', 5_000);
    expect((await listRewardConfirmationsFor(staff)).get('a')).toMatchObject({ by: 'Anna', reward: 'Patat', at: 5_000 });
    await asParticipant();
    expect((await listRewardConfirmations()).get('a')?.by).toBe('Anna');
  });
});

describe('what is stored about me', () => {
  it('lists every record by kind (answers per session), media with counts and sizes, and unknown kinds as other', async () => {
    await releaseSessions(sam, ['1.3']);
    const staff = await participantAccess(sam);
    await saveSurpsProfile(staff, ['impulsivity']);
    await writeStaffNote(staff, { kind: 'compliment', author: 'trainer', name: '', text: 'Top' });
    await writeStaffNote(staff, { kind: 'note', author: 'trainer', name: '', text: 'Tot dinsdag' });
    const me = await asParticipant();
    await saveAnswer({ program: PROGRAM, session: '1.3', screen: 'a' }, { text: 'x' });
    await saveAnswer({ program: PROGRAM, session: '1.3', screen: 'b' }, { text: 'y' });
    await saveAnswer({ program: PROGRAM, session: '1.10', screen: 'a' }, { text: 'z' });
    await saveMedia('photo', new Blob([new Uint8Array(3000)], { type: 'image/jpeg' }));
    await saveMedia('photo', new Blob([new Uint8Array(1000)], { type: 'image/jpeg' }));
    await putRecordFor(me, 'something-new', 'something-new:1', { any: 'thing' });
    // Kim's records never show up in Sam's list.
    await lockVault();
    await unlockWithPin(kim, '8765');
    await saveAnswer({ program: PROGRAM, session: '2.1', screen: 'a' }, { text: 'kim' });

    const about = (await aboutMe(sam))!;
    expect(about.profile).toMatchObject({ displayName: 'Sam', photo: false, program: PROGRAM, released: ['1.3'], allOpen: false });
    const rows = about.entries.map((e) => [e.group, e.kind, e.session ?? null, e.count]);
    expect(rows).toEqual([
      ['answers', 'answer', '1.3', 2],
      ['answers', 'answer', '1.10', 1],
      ['media', 'photo', null, 2],
      ['notes', 'staff-note', null, 2],
      ['surps', 'surps', null, 1],
      ['other', 'something-new', null, 1],
    ]);
    const photos = about.entries.find((e) => e.kind === 'photo')!;
    // Encrypted bytes: the pictures plus their type and the cipher's tag.
    expect(photos.bytes).toBeGreaterThan(4000);
    expect(photos.bytes).toBeLessThan(4200);
    expect(await aboutMe('nobody')).toBeUndefined();
    // Exactly what the database holds for Sam, nothing more or less.
    expect(about.entries.filter((e) => e.group !== 'media').reduce((n, e) => n + e.count, 0)).toBe(await db.records.where('profileId').equals(sam).count());
  });

  it('orders sessions number by number', () => {
    expect(['1.10', '2.1', '1.9', '1.2'].sort(compareSessions)).toEqual(['1.2', '1.9', '1.10', '2.1']);
  });
});

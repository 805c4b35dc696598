/** Two tabs on one profile: a guarded save never replaces a newer answer written elsewhere. */
import { beforeEach, expect, it } from 'vitest';
import { getAnswerWithRevision, saveAnswer, saveAnswerIfUnchanged } from '../../src/core/answers';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { deleteRecord, getRecordWithRevision, putRecordIfUnchanged } from '../../src/core/records';
import { freshDevice } from './helpers';

const KEY = { program: 'middelengebruik', session: '1.3', screen: 'problemen' };

beforeEach(async () => {
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  await unlockWithPin(await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' }), '4321');
});

it('refuses the save of a tab that still shows an older answer, and keeps the newer one', async () => {
  await saveAnswer(KEY, { text: 'eerste' });
  const tabA = await getAnswerWithRevision<{ text: string }>(KEY);
  const tabB = await getAnswerWithRevision<{ text: string }>(KEY);
  expect(tabB.value).toEqual({ text: 'eerste' });

  expect(await saveAnswerIfUnchanged(KEY, { text: 'nieuwer uit tab A' }, tabA.revision)).toBe(true);
  expect(await saveAnswerIfUnchanged(KEY, { text: 'ouder uit tab B' }, tabB.revision)).toBe(false);
  expect((await getAnswerWithRevision(KEY)).value).toEqual({ text: 'nieuwer uit tab A' });

  // Tab B reads again and may then save on top of the newest answer.
  const again = await getAnswerWithRevision<{ text: string }>(KEY);
  expect(await saveAnswerIfUnchanged(KEY, { text: 'verder in tab B' }, again.revision)).toBe(true);
  expect((await getAnswerWithRevision(KEY)).value).toEqual({ text: 'verder in tab B' });
  // And now tab A is the one that is behind.
  expect(await saveAnswerIfUnchanged(KEY, { text: 'tab A weer' }, tabA.revision)).toBe(false);
});

it('lets one tab save many times in a row within the same millisecond', async () => {
  const tab = await getAnswerWithRevision(KEY);
  expect(tab.revision.updatedAt).toBeNull();
  const saves = ['a', 'ab', 'abc', 'abcd'].map((text) => saveAnswerIfUnchanged(KEY, { text }, tab.revision, 1000));
  expect(await Promise.all(saves)).toEqual([true, true, true, true]);
  expect((await getAnswerWithRevision(KEY)).value).toEqual({ text: 'abcd' });
  expect(tab.revision).toEqual((await getAnswerWithRevision(KEY)).revision);
});

it('gives every write a later revision, also when the clock has not moved', async () => {
  const first = { updatedAt: null };
  await putRecordIfUnchanged('answer', 'x', 1, first);
  const before = first.updatedAt!;
  await putRecordIfUnchanged('answer', 'x', 2, first);
  expect(first.updatedAt!).toBeGreaterThan(before);
});

it('does not bring back a record another tab deleted', async () => {
  await putRecordIfUnchanged('answer', 'y', 'er was eens', { updatedAt: null });
  const tab = await getRecordWithRevision('y');
  await deleteRecord('y');
  expect(await putRecordIfUnchanged('answer', 'y', 'terug', tab.revision)).toBe(false);
  expect((await getRecordWithRevision('y')).value).toBeUndefined();
});

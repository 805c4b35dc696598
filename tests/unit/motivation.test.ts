/** Belang and vertrouwen for Mijn reis, read from the stored (encrypted) scale answers. */
import { beforeEach, expect, it } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { setUpDevice } from '../../src/core/device';
import { listMotivationScores } from '../../src/core/motivation';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { freshDevice } from './helpers';

beforeEach(async () => {
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
  await unlockWithPin(id, '4321');
});

it('lists the four middelengebruik screens in order, answered or not', async () => {
  await saveAnswer({ program: 'middelengebruik', session: '1.5', screen: 'belang' }, { value: 4, why: 'Voor mijn kinderen' });
  await saveAnswer({ program: 'middelengebruik', session: '2.9', screen: 'vertrouwen' }, { value: 'unknown' });
  const result = await listMotivationScores('middelengebruik');
  expect(result?.max).toBe(5);
  expect(result?.scores.map(({ session, measure, value }) => [session, measure, value])).toEqual([
    ['1.5', 'belang', 4],
    ['1.6', 'vertrouwen', null],
    ['2.9', 'belang', null],
    ['2.9', 'vertrouwen', 'unknown'],
  ]);
});

it('reads Stap voor Stap on its own 0-10 scale, and treats an odd stored value as not answered', async () => {
  await saveAnswer({ program: 'stap-voor-stap', session: '4', screen: 'belang' }, { value: 9 });
  await saveAnswer({ program: 'stap-voor-stap', session: '6', screen: 'vertrouwen' }, { value: 42 });
  const result = await listMotivationScores('stap-voor-stap');
  expect(result?.max).toBe(10);
  expect(result?.scores.map((score) => score.value)).toEqual([9, null, null, null]);
});

it('has nothing for a program without belang and vertrouwen', async () => {
  expect(await listMotivationScores('onbekend')).toBeUndefined();
});

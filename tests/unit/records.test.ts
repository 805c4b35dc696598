import { beforeEach, expect, it } from 'vitest';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { deleteRecord, getRecord, putRecord } from '../../src/core/records';
import { freshDevice } from './helpers';

beforeEach(async () => {
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  await unlockWithPin(await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' }), '4321');
});

it('keeps the last of quick saves to one record, even when an earlier one takes longer to seal', async () => {
  // A big value takes longer to encrypt than a small one that is saved right after it.
  const saves = [putRecord('answer', 'a', { text: 'x'.repeat(4_000_000) }), putRecord('answer', 'a', { text: 'kort' })];
  await Promise.all(saves);
  expect(await getRecord<{ text: string }>('a')).toEqual({ text: 'kort' });
});

it('lets a delete that comes after a save win', async () => {
  const save = putRecord('answer', 'b', { text: 'x'.repeat(2_000_000) });
  const remove = deleteRecord('b');
  await Promise.all([save, remove]);
  expect(await getRecord('b')).toBeUndefined();
});

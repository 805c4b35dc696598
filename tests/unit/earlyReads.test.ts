import { expect, it } from 'vitest';
import { forgetEarlyReads, readEarly, takeEarly, takeEarlyValue } from '../../src/core/earlyReads';

it('gives an early read to the first screen once, as a value once it answered', async () => {
  let answer!: (value: string[]) => void;
  const done = readEarly('profiles', () => new Promise<string[]>((resolve) => (answer = resolve)));
  expect(takeEarlyValue('profiles')).toBeUndefined(); // not answered yet: the screen loads itself
  answer(['Ali']);
  await done;
  expect(takeEarlyValue<string[]>('profiles')).toEqual(['Ali']);
  expect(takeEarlyValue('profiles')).toBeUndefined();
  expect(takeEarly('profiles')).toBeUndefined();
});

it('hands a failed early read to the screen that takes it, and forgets untaken reads', async () => {
  await readEarly('unlock:x', () => Promise.reject(new Error('kapot')));
  await expect(takeEarly('unlock:x')).rejects.toThrow('kapot');
  await readEarly('profiles', async () => ['Bo']);
  forgetEarlyReads();
  expect(takeEarlyValue('profiles')).toBeUndefined();
});

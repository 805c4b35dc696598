import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../../src/core/media';
import type { ExerciseOf } from '../../../src/exercises/model';
import { scaleKind } from '../../../src/ui/exercises/scaleKind';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { renderExercise, setUpParticipant } from './harness';

const BELANG: ExerciseOf<'scale'> = {
  type: 'scale',
  label: { nl: 'Hoe belangrijk is stoppen voor jou?', en: 'How important is stopping to you?' },
  scale: 'zeroToFive',
  low: { nl: 'Niet belangrijk', en: 'Not important' },
  high: { nl: 'Heel belangrijk', en: 'Very important' },
  why: { nl: 'Waarom koos je dit getal?', en: 'Why did you pick this number?' },
};
const THERMOMETER: ExerciseOf<'scale'> = { type: 'scale', label: { nl: 'Hoe boos ben je?', en: 'How angry are you?' }, scale: 'zeroToTen' };
const FACES: ExerciseOf<'scale'> = { type: 'scale', label: { nl: 'Hoe voel je je?', en: 'How do you feel?' }, scale: 'faces' };

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

it('picks a number by tapping, with its words at the ends, and keeps it after a reload', async () => {
  const view = await renderExercise(scaleKind, BELANG);
  const group = screen.getByRole('group', { name: 'Hoe belangrijk is stoppen voor jou?' });
  expect(group.getAttribute('aria-describedby')).toBe(screen.getByText('0 = Niet belangrijk').parentElement!.id);
  expect(screen.getByText('5 = Heel belangrijk')).toBeTruthy();
  expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['0', '1', '2', '3', '4', '5', 'unknown']);
  // Each number has a bar that grows with it, so it reads without digits.
  const bars = Array.from(document.querySelectorAll('.level-fill')).map((bar) => Number(bar.getAttribute('height')));
  expect(bars).toEqual([...bars].sort((a, b) => a - b));
  expect(bars[5]).toBeGreaterThan(bars[0]! * 5);

  fireEvent.click(screen.getByRole('radio', { name: '4' }));
  await waitFor(async () => expect(await view.stored()).toEqual({ value: 4 }));
  expect(screen.getByRole('radio', { name: '4' }).closest('label')!.className).toContain('is-chosen');

  fireEvent.input(screen.getByRole('textbox', { name: 'Schrijf je antwoord' }), { target: { value: 'Voor mijn dochter' } });
  await waitFor(async () => expect(await view.stored()).toEqual({ value: 4, why: 'Voor mijn dochter' }));

  await view.reload();
  expect(screen.getByRole('radio', { name: '4' })).toHaveProperty('checked', true);
  expect(screen.getByRole('radio', { name: '3' })).toHaveProperty('checked', false);
  expect(screen.getByRole('textbox', { name: 'Schrijf je antwoord' })).toHaveProperty('value', 'Voor mijn dochter');
  expect(scaleKind.model.describe({ value: 4, why: 'Voor mijn dochter' }, BELANG, 'nl')).toEqual([{ text: '4 van 5' }, { text: 'Voor mijn dochter' }]);
  expect(scaleKind.model.describe({ value: 4 }, BELANG, 'en')).toEqual([{ text: '4 of 5' }]);
});

it('answers the why question by voice and keeps only the media id', async () => {
  fakeMicrophone();
  const view = await renderExercise(scaleKind, BELANG);
  expect(screen.getByRole('group', { name: 'Waarom koos je dit getal?' })).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Opnemen' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
  await waitFor(async () => expect((await view.stored())?.whyRecording).toMatch(/^voice:/));
  const stored = (await view.stored())!;
  expect(await (await getMedia(stored.whyRecording!))!.blob.text()).toBe(SPOKEN);
  expect(scaleKind.model.describe(stored, BELANG, 'nl')).toEqual([{ media: stored.whyRecording }]);

  await view.reload();
  expect(await screen.findByText('Jouw opname')).toBeTruthy();
});

it('shows a thermometer from 0 to 10 and leaves out the why question when there is none', async () => {
  const view = await renderExercise(scaleKind, THERMOMETER);
  expect(screen.getAllByRole('radio')).toHaveLength(12);
  expect(document.querySelectorAll('.thermo-fill')).toHaveLength(11);
  expect(screen.queryByRole('textbox')).toBeNull();
  fireEvent.click(screen.getByRole('radio', { name: '7' }));
  await waitFor(async () => expect(await view.stored()).toEqual({ value: 7 }));
  fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
  await waitFor(async () => expect(await view.stored()).toEqual({ value: 'unknown' }));
  await view.reload();
  expect(screen.getByRole('radio', { name: 'Weet ik niet' })).toHaveProperty('checked', true);
  expect(scaleKind.model.describe({ value: 7 }, THERMOMETER, 'nl')).toEqual([{ text: '7 van 10' }]);
  expect(scaleKind.model.describe({ value: 'unknown' }, THERMOMETER, 'nl')).toEqual([{ text: 'Weet ik niet' }]);
});

it('offers five faces with words plus "Weet ik niet"', async () => {
  const view = await renderExercise(scaleKind, FACES);
  const names = screen.getAllByRole('radio').map((radio) => radio.closest('label')!.textContent);
  expect(names).toEqual(['Heel slecht', 'Slecht', 'Gaat wel', 'Goed', 'Heel goed', 'Weet ik niet']);
  expect(document.querySelectorAll('label svg')).toHaveLength(6);
  fireEvent.click(screen.getByRole('radio', { name: 'Goed' }));
  await waitFor(async () => expect(await view.stored()).toEqual({ value: 4 }));
  await view.reload();
  expect(screen.getByRole('radio', { name: 'Goed' })).toHaveProperty('checked', true);
  expect(scaleKind.model.describe({ value: 4 }, FACES, 'nl')).toEqual([{ text: 'Goed' }]);
  expect(scaleKind.model.describe({ value: null }, FACES, 'nl')).toEqual([]);
});

it('rejects damaged stored answers', () => {
  const { isValid } = scaleKind.model;
  expect(isValid({ value: null })).toBe(true);
  expect(isValid({ value: 3, why: 'ja', whyRecording: 'voice:1' })).toBe(true);
  expect(isValid({ value: 'unknown' })).toBe(true);
  expect(isValid({ value: 11 })).toBe(false);
  expect(isValid({ value: 2.5 })).toBe(false);
  expect(isValid({ value: '3' })).toBe(false);
  expect(isValid({})).toBe(false);
  expect(isValid({ value: 3, why: 4 })).toBe(false);
  expect(isValid([3])).toBe(false);
});

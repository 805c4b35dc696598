import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../../src/core/media';
import type { ExerciseOf } from '../../../src/exercises/model';
import { textKind } from '../../../src/ui/exercises/textKind';
import { containsText, rawValues } from '../../unit/helpers';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { renderExercise, setUpParticipant } from './harness';

const EXERCISE: ExerciseOf<'text'> = {
  type: 'text',
  label: { nl: 'Wat wil je veranderen?', en: 'What do you want to change?' },
  hint: { nl: 'Een zin is genoeg.', en: 'One sentence is enough.' },
};

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

it('saves typed text and shows it again after a reload', async () => {
  fakeMicrophone();
  const view = await renderExercise(textKind, EXERCISE);
  const box = screen.getByRole('textbox', { name: 'Wat wil je veranderen?' });
  expect(box.tagName).toBe('TEXTAREA');
  expect(box.getAttribute('aria-describedby')).toBe(screen.getByText('Een zin is genoeg.').id);

  fireEvent.input(box, { target: { value: 'Minder blowen <b>echt</b>' } });
  await waitFor(async () => expect(await view.stored()).toEqual({ text: 'Minder blowen <b>echt</b>' }));

  await view.reload();
  expect(screen.getByRole('textbox', { name: 'Wat wil je veranderen?' })).toHaveProperty('value', 'Minder blowen <b>echt</b>');
  expect(textKind.model.describe({ text: '  Minder blowen ' }, EXERCISE, 'nl')).toEqual([{ text: 'Minder blowen' }]);
});

it('uses one line for a short answer', async () => {
  await renderExercise(textKind, { ...EXERCISE, short: true, hint: undefined });
  expect(screen.getByRole('textbox', { name: 'Wat wil je veranderen?' }).tagName).toBe('INPUT');
});

it('records a spoken answer, stores it encrypted, plays it after a reload and deletes it', async () => {
  const microphone = fakeMicrophone();
  const view = await renderExercise(textKind, EXERCISE);
  fireEvent.click(await screen.findByRole('button', { name: 'Opnemen' }));
  const stop = await screen.findByRole('button', { name: 'Stop' });
  expect(screen.getByText('0 seconden')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('Ik neem op. Praat maar.');
  fireEvent.click(stop);

  await waitFor(async () => expect((await view.stored())?.recording).toMatch(/^voice:/));
  const id = (await view.stored())!.recording!;
  const media = await getMedia(id);
  expect(await media!.blob.text()).toBe(SPOKEN);
  expect(containsText(await rawValues(), SPOKEN)).toBe(false); // encrypted at rest
  expect(microphone.stopped()).toBe(1); // the microphone is released
  expect(textKind.model.describe((await view.stored())!, EXERCISE, 'nl')).toEqual([{ media: id }]);

  await view.reload();
  await screen.findByText('Jouw opname');
  expect(document.querySelector('audio[controls]')?.getAttribute('src')).toMatch(/^blob:/);
  expect(screen.getByRole('button', { name: 'Opnieuw' })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Weg' }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nee, bewaren' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, gooi weg' }));
  await waitFor(async () => expect(await view.stored()).toEqual({ text: '' }));
  await waitFor(async () => expect(await getMedia(id)).toBeUndefined());
  expect(await screen.findByRole('button', { name: 'Opnemen' })).toBeTruthy();
});

it('records again and drops the old recording only after the new one is stored', async () => {
  fakeMicrophone();
  const view = await renderExercise(textKind, EXERCISE);
  fireEvent.click(await screen.findByRole('button', { name: 'Opnemen' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
  await waitFor(async () => expect((await view.stored())?.recording).toBeTruthy());
  const first = (await view.stored())!.recording!;

  fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
  await waitFor(async () => expect((await view.stored())?.recording).not.toBe(first));
  expect(await getMedia((await view.stored())!.recording!)).toBeTruthy();
  await waitFor(async () => expect(await getMedia(first)).toBeUndefined());
});

it('says calmly that the microphone was refused and keeps typing available', async () => {
  fakeMicrophone('NotAllowedError');
  const view = await renderExercise(textKind, EXERCISE);
  fireEvent.click(await screen.findByRole('button', { name: 'Opnemen' }));
  expect((await screen.findByRole('alert')).textContent).toContain('De microfoon mag niet aan. Je kunt wel typen.');
  fireEvent.input(screen.getByRole('textbox', { name: 'Wat wil je veranderen?' }), { target: { value: 'Dan typ ik' } });
  await waitFor(async () => expect(await view.stored()).toEqual({ text: 'Dan typ ik' }));
});

it('explains when the device cannot record at all', async () => {
  await renderExercise(textKind, EXERCISE);
  expect(await screen.findByText('Opnemen kan niet op dit apparaat. Je kunt wel typen.')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Opnemen' })).toBeNull();
});

it('rejects damaged stored answers', () => {
  expect(textKind.model.isValid({ text: 'ja' })).toBe(true);
  expect(textKind.model.isValid({ text: 3 })).toBe(false);
  expect(textKind.model.isValid({ text: 'ja', recording: 5 })).toBe(false);
});

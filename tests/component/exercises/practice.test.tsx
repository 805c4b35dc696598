import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ExerciseOf } from '../../../src/exercises/model';
import type { PracticeAnswer } from '../../../src/exercises/practice';
import { practiceKind } from '../../../src/ui/exercises/practiceKind';
import { renderExercise, setUpParticipant } from './harness';

const BREATHING: ExerciseOf<'practice'> = { type: 'practice', label: { nl: 'Doe de ademhaling mee.', en: 'Breathe along.' }, kind: 'breathing' };
const STOP: ExerciseOf<'practice'> = {
  type: 'practice',
  label: { nl: 'Oefen STOP.', en: 'Practise STOP.' },
  kind: 'cards',
  cards: [
    { title: { nl: 'Stop', en: 'Stop' }, text: { nl: 'Zeg tegen jezelf: stop!', en: 'Tell yourself: stop!' }, pictogram: 'stop' },
    { title: { nl: 'Adem', en: 'Breathe' }, text: { nl: 'Adem rustig in en uit.', en: 'Breathe in and out calmly.' }, pictogram: 'breathe' },
    { title: { nl: 'Kracht', en: 'Strength' }, text: { nl: 'Denk aan een kracht gedachte.', en: 'Think of a strong thought.' }, pictogram: 'strength' },
  ],
};

beforeEach(setUpParticipant);
afterEach(() => vi.useRealTimers());

/** Lets the breathing guide's clock run on. */
async function wait(ms: number) {
  await act(() => {
    vi.advanceTimersByTime(ms);
  });
}

it('guides the breathing until Stop and counts it after a whole breath', async () => {
  const view = await renderExercise(practiceKind, BREATHING);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
  const circle = document.querySelector('.breath-circle')!;
  expect(screen.getByText('Adem in')).toBeTruthy();
  expect(circle.className).toContain('is-in');
  await wait(4000);
  expect(screen.getByText('Adem uit')).toBeTruthy();
  expect(circle.className).toContain('is-out');
  await wait(6000);
  expect(screen.getByText('Adem in')).toBeTruthy();
  await wait(60_000); // no time limit: it keeps going
  expect(screen.getByRole('button', { name: 'Stop' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
  vi.useRealTimers();

  expect(screen.getByRole('status').textContent).toBe('Goed gedaan! Je hebt rustig geademd.');
  await waitFor(async () => expect((await view.stored())?.timesDone).toBe(1));
  expect((await view.stored())!.lastDoneAt).toBeGreaterThan(Date.now() - 60_000);
  await view.reload();
  expect(screen.getByText('Je deed deze oefening al 1 keer.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Begin' })).toBeTruthy(); // never starts by itself
  expect(practiceKind.model.describe({ timesDone: 1 }, BREATHING, 'nl')).toEqual([{ text: '1 keer gedaan' }]);
});

it('does not count a breathing practice stopped before one whole breath', async () => {
  const view = await renderExercise(practiceKind, BREATHING);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(screen.getByRole('button', { name: 'Begin' }));
  await wait(9000);
  fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
  vi.useRealTimers();
  expect(screen.getByRole('status').textContent).toBe('Je bent gestopt. Je kunt altijd opnieuw beginnen.');
  expect(view.latest()).toBeUndefined();
  expect(await view.stored()).toBeUndefined();
});

it('shows the cards one at a time and counts reaching the last card once per time through', async () => {
  const view = await renderExercise(practiceKind, STOP);
  expect(screen.getByText('Kaart 1 van 3')).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'Stop' })).toBeTruthy();
  expect(screen.getByText('Zeg tegen jezelf: stop!')).toBeTruthy();
  expect(document.querySelector('.practice-card svg')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Vorige' })).toHaveProperty('disabled', true);

  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  expect(screen.getByText('Kaart 2 van 3')).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Adem' }));
  expect(view.latest()).toBeUndefined();
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  expect(screen.getByText('Kaart 3 van 3')).toBeTruthy();
  expect(screen.getByText('Klaar! Je hebt alle kaarten gezien.')).toBeTruthy();
  await waitFor(async () => expect((await view.stored())?.timesDone).toBe(1));

  // Back and forward again is the same time through.
  fireEvent.click(screen.getByRole('button', { name: 'Vorige' }));
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  expect(view.latest()?.timesDone).toBe(1);
  fireEvent.click(screen.getByRole('button', { name: 'Nog een keer' }));
  expect(screen.getByText('Kaart 1 van 3')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
  await waitFor(async () => expect((await view.stored())?.timesDone).toBe(2));

  await view.reload();
  expect(screen.getByText('Je deed deze oefening al 2 keer.')).toBeTruthy();
  expect(screen.getByText('Kaart 1 van 3')).toBeTruthy();
  const answer: PracticeAnswer = (await view.stored())!;
  expect(practiceKind.model.describe(answer, STOP, 'nl')).toEqual([{ text: '2 keer gedaan' }]);
  expect(practiceKind.model.describe(answer, STOP, 'en')).toEqual([{ text: 'Done 2 times' }]);
  expect(practiceKind.model.describe({ timesDone: 0 }, STOP, 'nl')).toEqual([]);
});

it('rejects damaged stored answers', () => {
  const { isValid } = practiceKind.model;
  expect(isValid({ timesDone: 0 })).toBe(true);
  expect(isValid({ timesDone: 3, lastDoneAt: 1_700_000_000_000 })).toBe(true);
  expect(isValid({ timesDone: -1 })).toBe(false);
  expect(isValid({ timesDone: 1.5 })).toBe(false);
  expect(isValid({ timesDone: '2' })).toBe(false);
  expect(isValid({ timesDone: 2, lastDoneAt: 'gisteren' })).toBe(false);
  expect(isValid(undefined)).toBe(false);
});

import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../../src/core/media';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { expectDeleted, expectPlayable, speak } from './spoken';
import type { ExerciseOf } from '../../../src/exercises/model';
import { stepsModel, type StepsAnswer } from '../../../src/exercises/steps';
import { stepsKind } from '../../../src/ui/exercises/stepsKind';
import { renderExercise, setUpParticipant } from './harness';

const exercise = {
  type: 'steps',
  label: { nl: 'Maak je doel klein.', en: 'Make your goal small.' },
  goalFrom: { session: '2.1', screen: 'doel' },
} satisfies ExerciseOf<'steps'>;

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

it('fills the goal from the earlier answer, saves steps with rewards and praises a finished step', async () => {
  const view = await renderExercise(stepsKind, exercise, { '2.1/doel': { text: 'Minder blowen' } });
  await waitFor(() => expect((screen.getByLabelText('Mijn doel') as HTMLTextAreaElement).value).toBe('Minder blowen'));

  fireEvent.input(screen.getByLabelText('Wat ga je doen?'), { target: { value: 'Een week niet blowen' } });
  fireEvent.input(screen.getByLabelText('Mijn beloning'), { target: { value: 'Naar de film' } });
  expect(screen.queryByText(/Goed gedaan/)).toBeNull();
  fireEvent.click(screen.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }));
  expect(screen.getByRole('status').textContent).toBe('Goed gedaan! Je hebt je beloning verdiend: Naar de film.');

  fireEvent.click(screen.getByRole('button', { name: 'Nog een stap toevoegen' }));
  const texts = screen.getAllByLabelText('Wat ga je doen?');
  await waitFor(() => expect(document.activeElement).toBe(texts[1]));
  fireEvent.input(texts[1]!, { target: { value: 'Een maand niet blowen' } });

  await waitFor(async () =>
    expect(await view.stored()).toMatchObject({
      goal: 'Minder blowen',
      steps: [
        { text: 'Een week niet blowen', reward: 'Naar de film', done: true },
        { text: 'Een maand niet blowen', reward: '', done: false },
      ],
    }),
  );
  await view.reload();
  expect((screen.getByLabelText('Mijn doel') as HTMLTextAreaElement).value).toBe('Minder blowen');
  expect(screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([true, false]);
  expect((screen.getAllByLabelText('Mijn beloning')[0] as HTMLInputElement).value).toBe('Naar de film');
  expect(screen.getByText('Goed gedaan! Je hebt je beloning verdiend: Naar de film.')).toBeTruthy();
});

it('keeps a goal the participant wrote and removes a step only after asking', async () => {
  const view = await renderExercise(stepsKind, exercise, { '2.1/doel': { text: 'Minder blowen' } });
  await waitFor(() => expect((screen.getByLabelText('Mijn doel') as HTMLTextAreaElement).value).toBe('Minder blowen'));
  fireEvent.input(screen.getByLabelText('Mijn doel'), { target: { value: 'Stoppen met blowen' } });
  fireEvent.input(screen.getByLabelText('Wat ga je doen?'), { target: { value: 'Vandaag niet' } });
  await view.reload();
  // The earlier answer does not overwrite what was written here.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect((screen.getByLabelText('Mijn doel') as HTMLTextAreaElement).value).toBe('Stoppen met blowen');

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Stap 1: Vandaag niet$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Nee, laten staan' }));
  expect((screen.getByLabelText('Wat ga je doen?') as HTMLTextAreaElement).value).toBe('Vandaag niet');
  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Stap 1: Vandaag niet$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  expect(screen.getByText('Nog geen stappen. Voeg een stap toe.')).toBeTruthy();
  await waitFor(async () => expect((await view.stored())?.steps).toEqual([]));
});

it('describes the goal and each step as "stap — beloning ✓" and rejects damaged answers', () => {
  const answer: StepsAnswer = {
    goal: 'Minder blowen',
    steps: [
      { id: 'a', text: 'Een week niet blowen', reward: 'Naar de film', done: true },
      { id: 'b', text: 'Een maand niet blowen', reward: '', done: false },
      { id: 'c', text: '', reward: 'Taart', done: false },
    ],
  };
  expect(stepsModel.describe(answer, exercise, 'nl')).toEqual([
    { text: 'Minder blowen' },
    { text: 'Een week niet blowen — Naar de film ✓' },
    { text: 'Een maand niet blowen' },
  ]);
  expect(stepsModel.isAnswered(answer)).toBe(true);
  expect(stepsModel.isAnswered({ goal: 'Minder blowen', steps: [] })).toBe(false);
  expect(stepsModel.isValid(answer)).toBe(true);
  for (const damaged of ['x', { goal: 'x' }, { goal: 1, steps: [] }, { goal: '', steps: [{ id: 'a', text: 'x', reward: 'y', done: 'ja' }] }]) {
    expect(stepsModel.isValid(damaged)).toBe(false);
  }
});

it('takes a spoken goal and step, plays them after a reload and deletes the recording of a removed step', async () => {
  fakeMicrophone();
  const view = await renderExercise(stepsKind, exercise);
  await speak('Mijn doel');
  await waitFor(async () => expect((await view.stored())?.goalRecording).toMatch(/^voice:/));
  expect(stepsModel.isAnswered((await view.stored())!)).toBe(false);
  await speak('Stap 1');
  await waitFor(async () => expect((await view.stored())?.steps[0]?.recording).toMatch(/^voice:/));

  const answer = (await view.stored())!;
  const goal = answer.goalRecording!;
  const step = answer.steps[0]!.recording!;
  expect(await (await getMedia(step))!.blob.text()).toBe(SPOKEN);
  expect(stepsModel.isAnswered(answer)).toBe(true);
  expect(stepsModel.describe(answer, exercise, 'nl')).toEqual([{ media: goal }, { media: step }]);
  expect(stepsModel.describe({ ...answer, steps: [{ ...answer.steps[0]!, reward: 'Film', done: true }] }, exercise, 'nl')).toEqual([
    { media: goal },
    { text: '— Film ✓' },
    { media: step },
  ]);

  await view.reload();
  await expectPlayable('Mijn doel', 2);
  await expectPlayable('Stap 1', 2);

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Stap 1$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  await waitFor(async () => expect((await view.stored())?.steps).toEqual([]));
  await expectDeleted(step);
  expect(await getMedia(goal)).toBeTruthy();
  expect((await view.stored())?.goalRecording).toBe(goal);
});

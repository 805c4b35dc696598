import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../../src/core/media';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { expectDeleted, expectPlayable, named, speak } from './spoken';
import { choiceModel } from '../../../src/exercises/choice';
import type { ExerciseOf } from '../../../src/exercises/model';
import { choiceKind } from '../../../src/ui/exercises/choiceKind';
import { renderExercise, setUpParticipant } from './harness';

const options = [
  { id: 'money', label: { nl: 'Geld kwijt', en: 'Losing money' }, pictogram: 'money' },
  { id: 'family', label: { nl: 'Ruzie thuis', en: 'Rows at home' }, pictogram: 'family' },
  { id: 'sleep', label: { nl: 'Slecht slapen', en: 'Sleeping badly' }, pictogram: 'sleep' },
];
const many = {
  type: 'choice',
  label: { nl: 'Wat zijn nadelen van gebruik?', en: 'What are the downsides of using?' },
  options,
  multiple: true,
  other: true,
} satisfies ExerciseOf<'choice'>;

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

/** Which tiles show as chosen: a real checked input and the thick frame with its tick. */
function chosenTiles(): string[] {
  return [...document.querySelectorAll<HTMLInputElement>('.choice-tile input')].filter((input) => input.checked && input.closest('.is-chosen')).map((input) => input.closest('label')!.textContent!);
}

it('chooses several tiles and own items, saves them and shows them again after a reload', async () => {
  const view = await renderExercise(choiceKind, many);
  expect(screen.getByRole('group', { name: 'Wat zijn nadelen van gebruik?' })).toBeTruthy();
  expect(document.querySelectorAll('.choice-tile svg')).toHaveLength(3); // each tile has its pictogram

  fireEvent.click(screen.getByRole('checkbox', { name: 'Slecht slapen' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Geld kwijt' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Slecht slapen' }));
  expect(chosenTiles()).toEqual(['Geld kwijt']);

  fireEvent.click(screen.getByRole('button', { name: 'Iets anders' }));
  const own = await screen.findByLabelText('Eigen antwoord 1');
  await waitFor(() => expect(document.activeElement).toBe(own));
  fireEvent.input(own, { target: { value: 'Baan kwijt' } });

  await waitFor(async () => expect(await view.stored()).toEqual({ chosen: ['money'], other: ['Baan kwijt'] }));
  await view.reload();
  expect(chosenTiles()).toEqual(['Geld kwijt']);
  expect((screen.getByLabelText('Eigen antwoord 1') as HTMLInputElement).value).toBe('Baan kwijt');
  expect(choiceModel.describe(view.latest()!, many, 'nl')).toEqual([{ text: 'Geld kwijt' }, { text: 'Baan kwijt' }]);
});

it('removes an own item only after asking, and the next one keeps its own state', async () => {
  const view = await renderExercise(choiceKind, many);
  fireEvent.click(screen.getByRole('button', { name: 'Iets anders' }));
  fireEvent.input(await screen.findByLabelText('Eigen antwoord 1'), { target: { value: 'Baan kwijt' } });
  fireEvent.click(screen.getByRole('button', { name: 'Iets anders' }));
  fireEvent.input(await screen.findByLabelText('Eigen antwoord 2'), { target: { value: 'Vrienden kwijt' } });

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Baan kwijt$/ }));
  expect(screen.getByText('Wil je „Baan kwijt” echt weghalen?')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Ja, weghalen' }));
  expect((screen.getByLabelText('Eigen antwoord 1') as HTMLInputElement).value).toBe('Vrienden kwijt');
  // The item that moved up is not left asking "Weghalen?".
  expect(screen.queryByRole('button', { name: 'Ja, weghalen' })).toBeNull();
  await waitFor(async () => expect(await view.stored()).toEqual({ chosen: [], other: ['Vrienden kwijt'] }));
});

it('offers radios when only one may be chosen, without "iets anders" when the content says so', async () => {
  const view = await renderExercise(choiceKind, { ...many, multiple: false, other: false });
  expect(screen.getByRole('group', { name: 'Wat zijn nadelen van gebruik?' })).toBeTruthy();
  expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  expect(screen.queryByRole('button', { name: 'Iets anders' })).toBeNull();
  fireEvent.click(screen.getByRole('radio', { name: 'Ruzie thuis' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Slecht slapen' }));
  expect(chosenTiles()).toEqual(['Slecht slapen']);
  await view.reload();
  expect(screen.getByRole('radio', { name: 'Slecht slapen' })).toHaveProperty('checked', true);
  expect(screen.getByRole('radio', { name: 'Ruzie thuis' })).toHaveProperty('checked', false);
  expect(await view.stored()).toEqual({ chosen: ['sleep'], other: [] });
});

it('takes an own item spoken, plays it after a reload and deletes it with the item', async () => {
  fakeMicrophone();
  const view = await renderExercise(choiceKind, many);
  fireEvent.click(screen.getByRole('button', { name: 'Iets anders' }));
  await speak('Eigen antwoord 1');
  await waitFor(async () => expect((await view.stored())?.otherRecordings?.[0]).toMatch(/^voice:/));
  fireEvent.click(screen.getByRole('button', { name: 'Iets anders' }));
  fireEvent.input(await screen.findByLabelText('Eigen antwoord 2'), { target: { value: 'Ruzie' } });

  await waitFor(async () => expect((await view.stored())?.other).toEqual(['', 'Ruzie']));
  const answer = (await view.stored())!;
  const id = answer.otherRecordings![0]!;
  expect(answer.otherRecordings).toEqual([id, '']);
  expect(await (await getMedia(id))!.blob.text()).toBe(SPOKEN);
  expect(choiceModel.isAnswered({ chosen: [], other: [''], otherRecordings: [id] })).toBe(true);
  expect(choiceModel.describe(answer, many, 'nl')).toEqual([{ media: id }, { text: 'Ruzie' }]);

  await view.reload();
  await expectPlayable('Eigen antwoord 1');
  expect(screen.getByRole('button', { name: named('Opnemen', 'Eigen antwoord 2') })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Eigen antwoord 1$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  // The item that moves up keeps its own (empty) recorder; the stored answer has no recordings left.
  await waitFor(async () => expect(await view.stored()).toEqual({ chosen: [], other: ['Ruzie'] }));
  await expectDeleted(id);
  expect(await screen.findByRole('button', { name: named('Opnemen', 'Eigen antwoord 1') })).toBeTruthy();
  expect(choiceModel.isValid({ chosen: [], other: [''], otherRecordings: [3] })).toBe(false);
});

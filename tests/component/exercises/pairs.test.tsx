import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../../src/core/media';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { expectDeleted, expectPlayable, speak } from './spoken';
import type { ExerciseOf } from '../../../src/exercises/model';
import { earlierTexts } from '../../../src/exercises/earlier';
import { pairsModel, withEarlierLefts, type PairsAnswer } from '../../../src/exercises/pairs';
import { pairsKind } from '../../../src/ui/exercises/pairsKind';
import { renderExercise, setUpParticipant } from './harness';

const exercise = {
  type: 'pairs',
  label: { nl: 'Wat wordt beter als je verandert?', en: 'What gets better when you change?' },
  left: { nl: 'Nadeel', en: 'Downside' },
  right: { nl: 'Voordeel van veranderen', en: 'Upside of changing' },
  leftFrom: { session: '1.3', screen: 'nadelen' },
} satisfies ExerciseOf<'pairs'>;

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

/** The pairs as a user reads them: the given or typed left side → the typed right side. */
function rows(): string[] {
  return within(screen.getByRole('list')).getAllByRole('group').map((row) => {
    const given = row.querySelector('.pair-given')?.textContent;
    const left = given ?? (within(row).getByLabelText('Nadeel') as HTMLTextAreaElement).value;
    return `${left} → ${(within(row).getByLabelText('Voordeel van veranderen') as HTMLTextAreaElement).value}`;
  });
}

it('starts the left column from the earlier answer, saves the right side and shows both after a reload', async () => {
  const view = await renderExercise(pairsKind, exercise, { '1.3/nadelen': { chosen: ['geld'], other: ['Geld kwijt', 'Ruzie thuis'] } });
  await waitFor(() => expect(rows()).toEqual(['Geld kwijt → ', 'Ruzie thuis → ']));
  // The left side from earlier is shown as text, not as a field that would drift from the earlier answer.
  expect(screen.queryAllByLabelText('Nadeel')).toHaveLength(0);
  expect(screen.queryByRole('button', { name: /Weghalen/ })).toBeNull();

  const [first] = screen.getAllByLabelText('Voordeel van veranderen');
  expect(first!.getAttribute('aria-describedby')).toBeTruthy();
  expect(document.getElementById(first!.getAttribute('aria-describedby')!)?.textContent).toBe('Geld kwijt');
  fireEvent.input(first!, { target: { value: 'Geld over voor leuke dingen' } });
  await waitFor(async () => expect((await view.stored())?.pairs.map(({ left, right }) => [left, right])).toEqual([
    ['Geld kwijt', 'Geld over voor leuke dingen'],
    ['Ruzie thuis', ''],
  ]));

  await view.reload();
  expect(rows()).toEqual(['Geld kwijt → Geld over voor leuke dingen', 'Ruzie thuis → ']);
});

it('adds an own pair, types both sides and removes it only after asking', async () => {
  const view = await renderExercise(pairsKind, { ...exercise, leftFrom: undefined });
  expect(rows()).toEqual([' → ']); // one empty row to start with

  fireEvent.click(screen.getByRole('button', { name: 'Nog een rij toevoegen' }));
  const lefts = screen.getAllByLabelText('Nadeel');
  await waitFor(() => expect(document.activeElement).toBe(lefts[1]));
  fireEvent.input(lefts[1]!, { target: { value: 'Slecht slapen' } });
  fireEvent.input(screen.getAllByLabelText('Voordeel van veranderen')[1]!, { target: { value: 'Uitgerust wakker worden' } });
  await view.reload();
  expect(rows()).toEqual([' → ', 'Slecht slapen → Uitgerust wakker worden']);

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Slecht slapen → Uitgerust wakker worden$/ }));
  expect(screen.getByText('Wil je „Slecht slapen → Uitgerust wakker worden” echt weghalen?')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Ja, weghalen' }));
  expect(rows()).toEqual([' → ']);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Nog een rij toevoegen' })));
  await waitFor(async () => expect((await view.stored())?.pairs).toHaveLength(1));
});

it('describes pairs as "nadeel → voordeel" and rejects damaged answers', () => {
  const answer: PairsAnswer = {
    pairs: [
      { id: 'a', left: 'Geld kwijt', right: 'Geld over' },
      { id: 'b', left: 'Ruzie thuis', right: '' },
      { id: 'c', left: ' ', right: '' },
    ],
  };
  expect(pairsModel.describe(answer, exercise, 'nl')).toEqual([{ text: 'Geld kwijt → Geld over' }, { text: 'Ruzie thuis' }]);
  expect(pairsModel.isAnswered(answer)).toBe(true);
  expect(pairsModel.isAnswered({ pairs: [{ id: 'b', left: 'Ruzie thuis', right: '' }] })).toBe(false);
  expect(pairsModel.isValid(answer)).toBe(true);
  // A later pairs exercise can start from this one: its left sides are the items.
  expect(earlierTexts(answer)).toEqual(['Geld kwijt', 'Ruzie thuis']);
  for (const damaged of [undefined, { pairs: 'x' }, { pairs: [{ id: 'a', left: 'x' }] }, { pairs: [{ id: 1, left: 'x', right: 'y' }] }]) {
    expect(pairsModel.isValid(damaged)).toBe(false);
  }
});

it('takes both sides of a pair spoken, plays them after a reload and deletes them with the pair', async () => {
  fakeMicrophone();
  const view = await renderExercise(pairsKind, exercise);
  await speak('Nummer 1, Nadeel');
  await waitFor(async () => expect((await view.stored())?.pairs[0]?.leftRecording).toMatch(/^voice:/));
  // A spoken left side alone is not an answer yet, as with typing.
  expect(pairsModel.isAnswered((await view.stored())!)).toBe(false);
  await speak('Nummer 1, Voordeel van veranderen');
  await waitFor(async () => expect((await view.stored())?.pairs[0]?.rightRecording).toMatch(/^voice:/));

  const answer = (await view.stored())!;
  const { leftRecording, rightRecording } = answer.pairs[0]!;
  expect(await (await getMedia(rightRecording!))!.blob.text()).toBe(SPOKEN);
  expect(pairsModel.isAnswered(answer)).toBe(true);
  expect(pairsModel.describe(answer, exercise, 'nl')).toEqual([{ media: leftRecording }, { media: rightRecording }]);
  // Items of an earlier answer arriving later make way for empty pairs only, never for a spoken one.
  expect(withEarlierLefts(answer, ['Geld kwijt'])?.pairs.map((pair) => pair.id)).toEqual([answer.pairs[0]!.id, expect.any(String)]);

  await view.reload();
  await expectPlayable('Nummer 1, Nadeel', 2);
  await expectPlayable('Nummer 1, Voordeel van veranderen', 2);

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Nummer 1$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  await waitFor(async () => expect((await view.stored())?.pairs).toEqual([]));
  await expectDeleted(leftRecording!);
  await expectDeleted(rightRecording!);
});

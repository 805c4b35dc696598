import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../../src/core/media';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { expectDeleted, expectPlayable, speak } from './spoken';
import type { ExerciseOf } from '../../../src/exercises/model';
import { rankingModel, type RankingAnswer } from '../../../src/exercises/ranking';
import { rankingKind } from '../../../src/ui/exercises/rankingKind';
import { renderExercise, setUpParticipant } from './harness';

const exercise = {
  type: 'ranking',
  label: { nl: 'Welke nadelen wegen het zwaarst?', en: 'Which downsides weigh the most?' },
  itemsFrom: { session: '1.3', screen: 'nadelen' },
} satisfies ExerciseOf<'ranking'>;

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

/** A button's name: its visible word, then (for screen readers) the item it acts on. */
function forItem(word: string, item: string): RegExp {
  return new RegExp(`^${word} ?: ${item}$`);
}

/** The blocks top to bottom, as their text and size in words. */
function blocks(): string[] {
  return within(screen.getByRole('list')).getAllByRole('listitem').map((block) => {
    const text = block.querySelector('.rank-text')?.textContent ?? block.querySelector('input')?.value;
    return `${text} | ${block.querySelector('.rank-size')?.textContent}`;
  });
}

it('starts from the earlier answer, grows a block by tapping, saves and shows it again biggest first', async () => {
  const earlier: Record<string, unknown> = { '1.3/nadelen': ['Geld kwijt', 'Ruzie thuis'] };
  const view = await renderExercise(rankingKind, exercise, earlier);
  await waitFor(() => expect(blocks()).toEqual(['Geld kwijt | Dit weegt: licht', 'Ruzie thuis | Dit weegt: licht']));

  const bigger = screen.getByRole('button', { name: forItem('Groter', 'Ruzie thuis') });
  fireEvent.click(bigger);
  fireEvent.click(screen.getByRole('button', { name: forItem('Groter', 'Ruzie thuis') }));
  expect(blocks()).toEqual(['Ruzie thuis | Dit weegt: zwaar', 'Geld kwijt | Dit weegt: licht']);
  expect(screen.getByRole('status').textContent).toBe('Ruzie thuis weegt nu: zwaar.');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: forItem('Groter', 'Ruzie thuis') })));

  // Earlier items cannot be removed here (they would only come back); "Kleiner" at the bottom explains itself.
  expect(screen.queryByRole('button', { name: /Weghalen/ })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: forItem('Kleiner', 'Geld kwijt') }));
  expect(screen.getByRole('status').textContent).toBe('Geld kwijt is al zo klein als het kan.');

  await waitFor(async () =>
    expect((await view.stored())?.items.map(({ text, size }) => [text, size])).toEqual([
      ['Geld kwijt', 1],
      ['Ruzie thuis', 3],
    ]),
  );

  // The earlier list grew meanwhile: the new item joins at the smallest size, the sizes given stay.
  earlier['1.3/nadelen'] = { items: [{ text: 'Geld kwijt' }, { text: 'Ruzie thuis' }, { text: 'Slecht slapen' }] };
  await view.reload();
  await waitFor(() =>
    expect(blocks()).toEqual(['Ruzie thuis | Dit weegt: zwaar', 'Geld kwijt | Dit weegt: licht', 'Slecht slapen | Dit weegt: licht']),
  );
});

it('adds an own block, makes it the biggest and removes it only after asking', async () => {
  const view = await renderExercise(rankingKind, { type: 'ranking', label: exercise.label });
  expect(screen.getByText('Nog geen blokken. Voeg zelf iets toe.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Zelf iets toevoegen' }));
  const field = await screen.findByLabelText('Wat wil je toevoegen?');
  await waitFor(() => expect(document.activeElement).toBe(field));
  fireEvent.input(field, { target: { value: 'Baan kwijt' } });
  for (let i = 0; i < 5; i++) fireEvent.click(screen.getByRole('button', { name: forItem('Groter', 'Baan kwijt') }));
  expect(blocks()).toEqual(['Baan kwijt | Dit weegt: heel zwaar']);
  expect(screen.getByRole('status').textContent).toBe('Baan kwijt is al zo groot als het kan.');
  expect(rankingModel.describe(view.latest()!, exercise, 'nl')).toEqual([{ text: 'Baan kwijt (heel zwaar)' }]);

  await view.reload();
  expect(blocks()).toEqual(['Baan kwijt | Dit weegt: heel zwaar']);

  fireEvent.click(screen.getByRole('button', { name: forItem('Weghalen', 'Baan kwijt') }));
  fireEvent.click(await screen.findByRole('button', { name: 'Nee, laten staan' }));
  expect(blocks()).toHaveLength(1);
  fireEvent.click(screen.getByRole('button', { name: forItem('Weghalen', 'Baan kwijt') }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  await waitFor(async () => expect((await view.stored())?.items).toEqual([]));
});

it('describes the blocks biggest first in words and rejects damaged answers', () => {
  const answer: RankingAnswer = {
    items: [
      { id: 'a', text: 'Geld kwijt', size: 2 },
      { id: 'b', text: 'Ruzie thuis', size: 5 },
      { id: 'c', text: '  ', size: 4 },
    ],
  };
  expect(rankingModel.describe(answer, exercise, 'nl')).toEqual([{ text: 'Ruzie thuis (heel zwaar)' }, { text: 'Geld kwijt (een beetje zwaar)' }]);
  expect(rankingModel.describe(answer, exercise, 'en')[0]).toEqual({ text: 'Ruzie thuis (extremely heavy)' });
  expect(rankingModel.isAnswered(answer)).toBe(true);
  expect(rankingModel.isAnswered({ items: [{ id: 'a', text: 'Geld kwijt', size: 1 }] })).toBe(false);
  expect(rankingModel.isValid(answer)).toBe(true);
  for (const damaged of [null, [], { items: {} }, { items: [{ id: 'a', text: 'x', size: 6 }] }, { items: [{ id: 'a', text: 'x', size: 1.5 }] }, { items: [{ id: 'a', size: 2 }] }]) {
    expect(rankingModel.isValid(damaged)).toBe(false);
  }
});

it('takes an own block spoken, counts it once it is bigger, plays it after a reload and deletes it with the block', async () => {
  fakeMicrophone();
  const view = await renderExercise(rankingKind, exercise);
  fireEvent.click(screen.getByRole('button', { name: 'Zelf iets toevoegen' }));
  await speak('nieuw blok');
  await waitFor(async () => expect((await view.stored())?.items[0]?.recording).toMatch(/^voice:/));
  expect(rankingModel.isAnswered((await view.stored())!)).toBe(false); // the smallest size is no choice yet
  fireEvent.click(screen.getByRole('button', { name: forItem('Groter', 'nieuw blok') }));
  await waitFor(async () => expect((await view.stored())?.items[0]?.size).toBe(2));

  const answer = (await view.stored())!;
  const id = answer.items[0]!.recording!;
  expect(await (await getMedia(id))!.blob.text()).toBe(SPOKEN);
  expect(rankingModel.isAnswered(answer)).toBe(true);
  expect(rankingModel.describe(answer, exercise, 'nl')).toEqual([{ text: '(een beetje zwaar)' }, { media: id }]);

  await view.reload();
  await expectPlayable('nieuw blok');

  fireEvent.click(screen.getByRole('button', { name: 'Weghalen' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  await waitFor(async () => expect((await view.stored())?.items).toEqual([]));
  await expectDeleted(id);
});

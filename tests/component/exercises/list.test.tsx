import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { db } from '../../../src/core/db';
import { getMedia } from '../../../src/core/media';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './fakeRecorder';
import { expectDeleted, expectPlayable, named, speak } from './spoken';
import { listModel, type ListAnswer } from '../../../src/exercises/list';
import type { ExerciseOf } from '../../../src/exercises/model';
import { listKind } from '../../../src/ui/exercises/listKind';
import { renderExercise, setUpParticipant } from './harness';

const exercise = {
  type: 'list',
  label: { nl: 'Wanneer ging het mis?', en: 'When did it go wrong?' },
  fields: [
    { id: 'where', label: { nl: 'Waar', en: 'Where' }, pictogram: 'home' },
    { id: 'who', label: { nl: 'Met wie', en: 'With whom' }, pictogram: 'friends' },
    { id: 'what', label: { nl: 'Wat deed je', en: 'What did you do' } },
  ],
  addLabel: { nl: 'Nog een situatie', en: 'Another situation' },
} satisfies ExerciseOf<'list'>;

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

/** The value of field `label` in every card, top to bottom. */
function values(label: string): string[] {
  return screen.getAllByLabelText(label).map((field) => (field as HTMLTextAreaElement).value);
}

it('fills in cards, adds one, saves every field and shows them again after a reload', async () => {
  const view = await renderExercise(listKind, exercise);
  const first = screen.getByRole('group', { name: 'Nummer 1' });
  // Every field has its word; a pictogram stands beside the word, never instead of it.
  expect(within(first).getByLabelText('Waar').closest('div')!.querySelector('label svg')).toBeTruthy();
  fireEvent.input(within(first).getByLabelText('Waar'), { target: { value: 'Op straat' } });
  fireEvent.input(within(first).getByLabelText('Met wie'), { target: { value: 'Vrienden' } });

  fireEvent.click(screen.getByRole('button', { name: 'Nog een situatie' }));
  const second = await screen.findByRole('group', { name: 'Nummer 2' });
  await waitFor(() => expect(document.activeElement).toBe(within(second).getByLabelText('Waar')));
  fireEvent.input(within(second).getByLabelText('Wat deed je'), { target: { value: 'Gedronken' } });

  await waitFor(async () =>
    expect((await view.stored())?.items.map((item) => item.values)).toEqual([
      { where: 'Op straat', who: 'Vrienden', what: '' },
      { where: '', who: '', what: 'Gedronken' },
    ]),
  );
  await view.reload();
  expect(values('Waar')).toEqual(['Op straat', '']);
  expect(values('Met wie')).toEqual(['Vrienden', '']);
  expect(values('Wat deed je')).toEqual(['', 'Gedronken']);
});

it('never loses a card by one tap: removing asks first', async () => {
  const view = await renderExercise(listKind, exercise);
  fireEvent.input(screen.getByLabelText('Waar'), { target: { value: 'Op straat' } });
  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Nummer 1: Op straat$/ }));
  expect(values('Waar')).toEqual(['Op straat']);
  const keep = await screen.findByRole('button', { name: 'Nee, laten staan' });
  await waitFor(() => expect(document.activeElement).toBe(keep));
  fireEvent.click(keep);
  expect(values('Waar')).toEqual(['Op straat']);

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Nummer 1: Op straat$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  expect(screen.getByText('De lijst is leeg. Voeg iets toe.')).toBeTruthy();
  await waitFor(async () => expect((await view.stored())?.items).toEqual([]));
  await view.reload();
  expect(screen.queryAllByLabelText('Waar')).toHaveLength(0);
});

it('describes each item on one line with its field words and rejects damaged answers', () => {
  const answer: ListAnswer = {
    items: [
      { id: 'a', values: { where: 'Op straat', who: 'Vrienden', what: '' } },
      { id: 'b', values: { where: ' ', who: '', what: '' } },
      { id: 'c', values: { what: 'Gedronken' } },
    ],
  };
  expect(listModel.describe(answer, exercise, 'nl')).toEqual([{ text: 'Waar: Op straat · Met wie: Vrienden' }, { text: 'Wat deed je: Gedronken' }]);
  expect(listModel.describe(answer, exercise, 'en')[0]).toEqual({ text: 'Where: Op straat · With whom: Vrienden' });
  expect(listModel.isAnswered(answer)).toBe(true);
  expect(listModel.isAnswered(listModel.empty(exercise))).toBe(false);
  expect(listModel.isValid(answer)).toBe(true);
  for (const damaged of [{}, { items: [{ id: 'a' }] }, { items: [{ id: 'a', values: { where: 3 } }] }, { items: [{ id: 'a', values: [] }] }]) {
    expect(listModel.isValid(damaged)).toBe(false);
  }
});

it('takes a spoken card instead of a typed one, plays it after a reload and deletes it with the card', async () => {
  fakeMicrophone();
  const view = await renderExercise(listKind, exercise);
  fireEvent.click(screen.getByRole('button', { name: 'Nog een situatie' }));
  const second = await screen.findByRole('group', { name: 'Nummer 2' });
  fireEvent.input(within(second).getByLabelText('Waar'), { target: { value: 'Thuis' } });
  await speak('Nummer 1');

  await waitFor(async () => expect((await view.stored())?.items[0]?.recording).toMatch(/^voice:/));
  const answer = (await view.stored())!;
  const id = answer.items[0]!.recording!;
  expect(await (await getMedia(id))!.blob.text()).toBe(SPOKEN);
  expect(answer.items[1]).not.toHaveProperty('recording');
  // Spoken only, nothing typed: still an answer, and the summary plays it where the words would be.
  expect(listModel.isAnswered({ items: [answer.items[0]!] })).toBe(true);
  expect(listModel.describe(answer, exercise, 'nl')).toEqual([{ media: id }, { text: 'Waar: Thuis' }]);

  await view.reload();
  await expectPlayable('Nummer 1');
  expect(screen.getByRole('button', { name: named('Opnemen', 'Nummer 2') })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Nummer 1$/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  await waitFor(async () => expect((await view.stored())?.items.map((item) => item.values.where)).toEqual(['Thuis']));
  await expectDeleted(id);
  expect(listModel.isValid({ items: [{ id: 'a', values: {}, recording: 5 }] })).toBe(false);
});

it('deletes a recording that is still being made when its card is removed', async () => {
  fakeMicrophone();
  const view = await renderExercise(listKind, exercise);
  const stored: string[] = [];
  const onCreate = (key: unknown) => void stored.push(String(key));
  db.media.hook('creating', onCreate);
  try {
    fireEvent.click(await screen.findByRole('button', { name: named('Opnemen', 'Nummer 1') }));
    await screen.findByRole('button', { name: named('Stop', 'Nummer 1') });
    // Removing the card stops the recording; what was said is saved, then has nothing to belong to.
    fireEvent.click(screen.getByRole('button', { name: /^Weghalen ?: Nummer 1$/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
    await waitFor(() => expect(stored).toHaveLength(1));
    await waitFor(async () => expect(await db.media.count()).toBe(0));
    await waitFor(async () => expect((await view.stored())?.items).toEqual([]));
  } finally {
    db.media.hook('creating').unsubscribe(onCreate);
  }
});

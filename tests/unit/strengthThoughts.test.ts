import { beforeEach, describe, expect, it } from 'vitest';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import {
  addOwnThought,
  gatherStrengthThoughts,
  getStrengthThoughts,
  removeOwnThought,
  setFavourite,
  thoughtKey,
  thoughtTexts,
} from '../../src/core/strengthThoughts';
import type { ChoiceExercise, ListExercise, PairsExercise } from '../../src/content/types';
import { lockVault } from '../../src/core/vault';
import { containsText, freshDevice, rawValues } from './helpers';

const text = (nl: string) => ({ nl, en: nl });

describe('gathering kracht gedachten', () => {
  it('keeps the order of the lessons, then own thoughts, and says where each came from', () => {
    const thoughts = gatherStrengthThoughts(
      [
        { session: '1.6', texts: ['Ik kan dit!', 'Stap voor stap kom ik er.'] },
        { session: '2.6', texts: ['Ik ben sterker dan mijn trek'] },
        { session: '3.3', texts: [] },
      ],
      { own: [{ id: 'a', text: 'Mijn dochter rekent op mij' }], favourites: [] },
    );
    expect(thoughts.map((t) => [t.text, t.sessions, t.ownId])).toEqual([
      ['Ik kan dit!', ['1.6'], undefined],
      ['Stap voor stap kom ik er.', ['1.6'], undefined],
      ['Ik ben sterker dan mijn trek', ['2.6'], undefined],
      ['Mijn dochter rekent op mij', [], 'a'],
    ]);
  });

  it('shows the same words once, with every lesson they came from, whatever the case or spacing', () => {
    const thoughts = gatherStrengthThoughts(
      [
        { session: '1.6', texts: ['Ik kan dit!'] },
        { session: '3.4', texts: ['  ik kan  DIT! ', 'Ik ben trots'] },
      ],
      { own: [{ id: 'b', text: 'Ik ben trots' }], favourites: [] },
    );
    expect(thoughts).toHaveLength(2);
    expect(thoughts[0]).toMatchObject({ text: 'Ik kan dit!', sessions: ['1.6', '3.4'] });
    expect(thoughts[1]).toMatchObject({ text: 'Ik ben trots', sessions: ['3.4'], ownId: 'b' });
  });

  it('marks favourites by their words and skips empty texts', () => {
    const thoughts = gatherStrengthThoughts([{ session: '2.6', texts: ['', '   ', 'Ik mag fouten maken'] }], {
      own: [],
      favourites: [thoughtKey('ik mag fouten maken ')],
    });
    expect(thoughts).toEqual([{ key: 'ik mag fouten maken', text: 'Ik mag fouten maken', sessions: ['2.6'], favourite: true }]);
  });
});

describe('reading thoughts from an answer', () => {
  const choice: ChoiceExercise = {
    type: 'choice',
    label: text('Welke gedachten?'),
    multiple: true,
    other: true,
    options: [
      { id: 'ik-kan-dit', label: { nl: 'Ik kan dit!', en: 'I can do this!' }, pictogram: 'strength' },
      { id: 'stap', label: { nl: 'Stap voor stap', en: 'Step by step' }, pictogram: 'step' },
    ],
  };
  const list: ListExercise = {
    type: 'list',
    label: text('Mijn kracht gedachten'),
    addLabel: text('Nog een'),
    fields: [{ id: 'gedachte', label: text('Kracht gedachte'), pictogram: 'strength' }],
  };
  const pairs: PairsExercise = { type: 'pairs', label: text('Wat zeg je terug?'), left: text('Het mag'), right: text('Helpende gedachte') };

  it('takes a choice by its words in the language shown, plus own items', () => {
    expect(thoughtTexts(choice, { chosen: ['ik-kan-dit'], other: ['Ik heb een plan', ' '] }, 'nl')).toEqual(['Ik kan dit!', 'Ik heb een plan']);
    expect(thoughtTexts(choice, { chosen: ['ik-kan-dit'], other: [] }, 'en')).toEqual(['I can do this!']);
  });

  it('takes the thought field of a list and the helpful (right) side of pairs', () => {
    const items = [
      { id: '1', values: { gedachte: 'Ik ben sterk' } },
      { id: '2', values: { gedachte: '' } },
    ];
    expect(thoughtTexts(list, { items }, 'nl', 'gedachte')).toEqual(['Ik ben sterk']);
    const answer = { pairs: [{ id: 'p', left: 'Eén keertje kan geen kwaad', right: 'Eén keer wordt vaak meer' }, { id: 'q', left: 'Ik verdien het', right: '' }] };
    expect(thoughtTexts(pairs, answer, 'nl')).toEqual(['Eén keer wordt vaak meer']);
  });
});

describe('own thoughts and favourites at rest', () => {
  beforeEach(async () => {
    await freshDevice();
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
    const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
    await unlockWithPin(id, '4321');
  });

  it('adds, favours and removes, and stores nothing readable', async () => {
    expect(await addOwnThought('   ')).toBeNull();
    const own = await addOwnThought(' Ik kies voor mezelf ');
    expect(own?.text).toBe('Ik kies voor mezelf');
    await setFavourite(thoughtKey('Ik kies voor mezelf'), true);
    await setFavourite('ik kan dit!', true);
    await setFavourite('ik kan dit!', false);
    expect(await getStrengthThoughts()).toEqual({ own: [own], favourites: ['ik kies voor mezelf'] });

    await lockVault();
    const raw = await rawValues();
    expect(raw.some((value) => containsText(value, 'kies voor mezelf'))).toBe(false);
  });

  it('removes only the own thought asked for', async () => {
    const a = await addOwnThought('Eerste');
    const b = await addOwnThought('Tweede');
    await removeOwnThought(a!.id);
    expect((await getStrengthThoughts()).own).toEqual([b]);
  });
});

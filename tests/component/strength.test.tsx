import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { listProfiles, type ProfileCard } from '../../src/core/profiles';
import { getSosCard, setSosField } from '../../src/core/sos';
import { getStrengthThoughts } from '../../src/core/strengthThoughts';
import type { ChoiceAnswer } from '../../src/exercises/choice';
import type { ListAnswer } from '../../src/exercises/list';
import type { PairsAnswer } from '../../src/exercises/pairs';
import { setLanguage } from '../../src/i18n';
import { StrengthThoughtsPage } from '../../src/ui/features/strength/StrengthThoughtsPage';
import { setUpParticipant } from './exercises/harness';

let profile: ProfileCard;
beforeEach(async () => {
  await setUpParticipant();
  profile = (await listProfiles())[0]!;
});

const key = (session: string, screen: string) => ({ program: 'middelengebruik', session, screen });
const thoughtList = (...texts: string[]): ListAnswer => ({ items: texts.map((gedachte, i) => ({ id: `i${i}`, values: { gedachte } })) });

/** The card of one thought, found by its words. */
function thoughtCard(text: string): HTMLElement {
  return screen.getByText(text, { selector: '.thought-text' }).closest<HTMLElement>('[role="listitem"]')!;
}

it('collects the thoughts of 1.6, 2.6, 3.3 and 3.4 in one list, each with where it came from', async () => {
  await saveAnswer<ChoiceAnswer>(key('1.6', 'kracht-gedachten'), { chosen: ['ik-kan-dit'], other: ['Ik heb een plan'] });
  await saveAnswer(key('2.6', 'eigen-kracht-gedachten'), thoughtList('Ik ben sterker dan mijn trek', ''));
  await saveAnswer<PairsAnswer>(key('3.3', 'helpende-gedachten'), { pairs: [{ id: 'p', left: 'Ik heb het verdiend', right: 'Ik verdien iets beters' }] });
  await saveAnswer(key('3.4', 'drie-kracht-gedachten'), thoughtList('Ik kan dit!', 'Ik ben trots op mezelf'));
  render(<StrengthThoughtsPage profile={profile} />);

  const list = await screen.findByRole('list', { name: 'Al mijn kracht gedachten' });
  const items = within(list).getAllByRole('listitem');
  expect(items.map((item) => item.querySelector('.thought-text')?.textContent)).toEqual([
    'Ik kan dit!',
    'Ik heb een plan',
    'Ik ben sterker dan mijn trek',
    'Ik verdien iets beters',
    'Ik ben trots op mezelf',
  ]);
  // The left side of 3.3 is the permission thought: never a kracht gedachte.
  expect(screen.queryByText('Ik heb het verdiend')).toBeNull();
  expect(within(thoughtCard('Ik kan dit!')).getByText('uit les 1.6 en 3.4')).toBeTruthy();
  expect(within(thoughtCard('Ik verdien iets beters')).getByText('uit les 3.3')).toBeTruthy();
});

it('marks a favourite with the star, and puts one favourite on the SOS-kaart', async () => {
  await saveAnswer(key('2.6', 'eigen-kracht-gedachten'), thoughtList('Ik ben sterker dan mijn trek', 'Morgen is een nieuwe dag'));
  await setSosField('strengthThought', 'Morgen is een nieuwe dag');
  render(<StrengthThoughtsPage profile={profile} />);

  const onCard = await screen.findByRole('region', { name: 'Op je SOS-kaart' });
  expect(within(onCard).getByText('Morgen is een nieuwe dag')).toBeTruthy();
  expect(within(thoughtCard('Morgen is een nieuwe dag')).getByText('Staat op mijn SOS-kaart')).toBeTruthy();

  const card = thoughtCard('Ik ben sterker dan mijn trek');
  expect(within(card).queryByRole('button', { name: /Op mijn SOS-kaart/ })).toBeNull(); // only a favourite goes on the card
  const star = within(card).getByRole('button', { name: /Favoriet/ });
  expect(star.getAttribute('aria-pressed')).toBe('false');
  fireEvent.click(star);
  await waitFor(() => expect(star.getAttribute('aria-pressed')).toBe('true'));
  expect((await getStrengthThoughts()).favourites).toEqual(['ik ben sterker dan mijn trek']);

  fireEvent.click(within(card).getByRole('button', { name: /Op mijn SOS-kaart/ }));
  await waitFor(async () => expect((await getSosCard()).strengthThought).toBe('Ik ben sterker dan mijn trek'));
  await waitFor(() => expect(within(thoughtCard('Ik ben sterker dan mijn trek')).getByText('Staat op mijn SOS-kaart')).toBeTruthy());
  expect(within(onCard).getByText('Ik ben sterker dan mijn trek')).toBeTruthy();
  expect(within(thoughtCard('Morgen is een nieuwe dag')).queryByText('Staat op mijn SOS-kaart')).toBeNull();
  expect(screen.getByText('Deze gedachte staat nu op je SOS-kaart.')).toBeTruthy();
});

it('adds an own thought, and removes it again after asking', async () => {
  render(<StrengthThoughtsPage profile={profile} />);
  expect(await screen.findByText(/Je hebt nog geen kracht gedachten/)).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  expect(await screen.findByText('Schrijf eerst een gedachte.')).toBeTruthy();

  fireEvent.input(screen.getByLabelText('Mijn kracht gedachte'), { target: { value: 'Ik kies voor mijn kinderen' } });
  fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
  await screen.findByText('Ik kies voor mijn kinderen', { selector: '.thought-text' });
  expect(within(thoughtCard('Ik kies voor mijn kinderen')).getByText('zelf bedacht')).toBeTruthy();
  expect((screen.getByLabelText('Mijn kracht gedachte') as HTMLTextAreaElement).value).toBe('');

  fireEvent.click(within(thoughtCard('Ik kies voor mijn kinderen')).getByRole('button', { name: /Weghalen/ }));
  fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
  await waitFor(() => expect(screen.queryByText('Ik kies voor mijn kinderen', { selector: '.thought-text' })).toBeNull());
  expect((await getStrengthThoughts()).own).toEqual([]);
});

it('speaks English too: the chosen options in English, the sources in English', async () => {
  await setLanguage('en');
  try {
    await saveAnswer<ChoiceAnswer>(key('1.6', 'kracht-gedachten'), { chosen: ['ik-kan-dit'], other: [] });
    render(<StrengthThoughtsPage profile={profile} />);
    await screen.findByRole('heading', { name: 'My strength thoughts' });
    expect(await screen.findByText('I can do this!', { selector: '.thought-text' })).toBeTruthy();
    expect(within(thoughtCard('I can do this!')).getByText('from lesson 1.6')).toBeTruthy();
    expect(within(thoughtCard('I can do this!')).getByRole('button', { name: /Favourite/ })).toBeTruthy();
  } finally {
    await setLanguage('nl');
  }
});

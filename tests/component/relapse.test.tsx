import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { getAnswer, saveAnswer } from '../../src/core/answers';
import { listProfiles, type ProfileCard } from '../../src/core/profiles';
import type { ListAnswer } from '../../src/exercises/list';
import type { PairsAnswer } from '../../src/exercises/pairs';
import { RelapseCardPage } from '../../src/ui/features/relapse/RelapseCardPage';
import { setUpParticipant } from './exercises/harness';

let profile: ProfileCard;
beforeEach(async () => {
  await setUpParticipant();
  profile = (await listProfiles())[0]!;
  history.replaceState(null, '', '/terugvalkaart');
});

const key = (screen: string) => ({ program: 'middelengebruik', session: '3.9', screen });
const pairs = (...rows: [string, string][]): PairsAnswer => ({ pairs: rows.map(([left, right], i) => ({ id: `p${i}`, left, right })) });

it('shows each phase with its word, and kindly says an empty phase is filled in lesson 3.9', async () => {
  await saveAnswer(key('goed'), pairs(['Ik slaap goed', 'Ik ga door met sporten']));
  render(<RelapseCardPage profile={profile} />);

  const goed = await screen.findByRole('region', { name: 'Goed' });
  expect(within(goed).getByText('Ik slaap goed')).toBeTruthy();
  expect(within(goed).getByText('Ik ga door met sporten')).toBeTruthy();
  expect(within(goed).queryByText(/les 3.9/)).toBeNull();

  const alarm = screen.getByRole('region', { name: 'Alarm' });
  expect(within(alarm).getByText(/je vult dit in bij les 3.9/)).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Let op' })).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Wie vertel ik het?' })).toBeTruthy();

  // The empty phase's button goes to its own screen of 3.9 (alarm is screen 8).
  fireEvent.click(within(alarm).getByRole('button', { name: /^Naar les 3.9\s?: Alarm$/ }));
  expect(location.pathname).toBe('/les/3.9/8');
});

it('shows for each signal its action, and who to tell', async () => {
  await saveAnswer(key('let-op'), pairs(['Ik blijf in bed', 'Ik bel Mo'], ['Ik zie oude vrienden', '']));
  await saveAnswer<ListAnswer>(key('wie-vertellen'), { items: [{ id: 'a', values: { naam: 'Mijn zus Lotte' } }, { id: 'b', values: { naam: ' ' } }] });
  render(<RelapseCardPage profile={profile} />);

  const letOp = await screen.findByRole('region', { name: 'Let op' });
  const rows = within(letOp).getAllByRole('listitem');
  expect(rows.map((row) => row.textContent)).toEqual(['Dit merk ik: Ik blijf in bedDit doe ik: Ik bel Mo', 'Dit merk ik: Ik zie oude vriendenDit doe ik: Nog geen actie.']);
  const tell = screen.getByRole('region', { name: 'Wie vertel ik het?' });
  expect(within(tell).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Mijn zus Lotte']);
});

it('edits the same answers as lesson 3.9', async () => {
  await saveAnswer(key('alarm'), pairs(['Ik heb weer gebruikt', '']));
  render(<RelapseCardPage profile={profile} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Aanpassen' }));

  const alarm = await screen.findByRole('region', { name: 'Alarm' });
  const action = await within(alarm).findByLabelText('Actie: dit doe ik');
  fireEvent.input(action, { target: { value: 'Ik bel mijn begeleider' } });
  await waitFor(async () => expect((await getAnswer<PairsAnswer>(key('alarm')))?.pairs[0]?.right).toBe('Ik bel mijn begeleider'));

  fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));
  const view = await screen.findByRole('region', { name: 'Alarm' });
  await waitFor(() => expect(within(view).getByText('Ik bel mijn begeleider')).toBeTruthy());
  expect(screen.getByRole('button', { name: /Printen/ })).toBeTruthy();
});

/** Mijn reis on real Dexie: the climb, the charts and their tables, from what the participant stored. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { saveCheckIn } from '../../src/core/checkins';
import { listProfiles, type ProfileCard } from '../../src/core/profiles';
import { markSessionDone } from '../../src/core/progress';
import { setLanguage } from '../../src/i18n';
import { JourneyPage } from '../../src/ui/features/journey/JourneyPage';
import { STRINGS } from '../../src/ui/features/journey/strings';
import { setUpParticipant } from './exercises/harness';

const DAY_MS = 86_400_000;
const MONDAY = new Date('2026-03-02T10:00:00').getTime();
let profile: ProfileCard;

beforeEach(async () => {
  await setUpParticipant();
  profile = (await listProfiles())[0]!;
  history.replaceState(null, '', '/mijn-reis');
});

it('shows where the participant is on the mountain, the way on, and every lesson in words', async () => {
  await markSessionDone('middelengebruik', '1.1');
  render(<JourneyPage profile={profile} />);
  expect(screen.getByRole('heading', { level: 1, name: 'Mijn reis' })).toBeTruthy();
  await screen.findByText('Je hebt 1 van de 30 lessen klaar.');
  expect(screen.getByText('Je bent bij les 1.2: Kennismaken.')).toBeTruthy();
  expect(screen.getByText('Een steen op het pad is een uitglijder. De reddingsboei is je SOS-kaart.')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Verder met les 1.2' }).getAttribute('href')).toBe('/les/1.2/1');

  fireEvent.click(screen.getByText('Alle lessen als lijst'));
  const details = document.querySelector('details.journey-lessons') as HTMLDetailsElement;
  await waitFor(() => expect(details.open).toBe(true));
  const lessons = within(details);
  const items = lessons.getAllByRole('listitem');
  expect(items).toHaveLength(30);
  expect(items[0]!.textContent).toBe('1.1VoorbereidenKlaar');
  expect(lessons.getByRole('link', { name: /^1\.1 .*Klaar$/ }).getAttribute('href')).toBe('/les/1.1/1');
  expect(items[29]!.textContent).toMatch(/^3\.12.*Open$/);

  // The picture says the same by shape: one done stop with a tick, the current one hidden under the avatar.
  const mountain = document.querySelector('svg.mountain-picture')!;
  expect(mountain.getAttribute('aria-hidden')).toBe('true');
  expect(mountain.querySelectorAll('.stop-done')).toHaveLength(1);
  expect(mountain.querySelectorAll('.stop-open')).toHaveLength(28);
  expect(mountain.querySelectorAll('.mountain-you')).toHaveLength(1);
});

it('draws mood and craving from the check-ins, "weet ik niet" as a gap, with the values in a table', async () => {
  await saveCheckIn({ mood: 2, craving: 7, note: '' }, MONDAY);
  await saveCheckIn({ mood: 'unknown', craving: null, note: '' }, MONDAY + DAY_MS);
  await saveCheckIn({ mood: 4, craving: 3, note: '' }, MONDAY + 2 * DAY_MS);
  render(<JourneyPage profile={profile} />);

  const mood = await screen.findByRole('img', { name: 'Grafiek van mijn gevoel: 3 keer ingevuld, van 2 maart tot 4 maart.' });
  // Two dots: the unknown mood in the middle breaks the line.
  expect(mood.querySelector('.chart-line')!.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+h0M[\d.]+ [\d.]+h0$/);
  // One path for the line and one for all markers: never an element per point.
  expect(mood.querySelectorAll('.chart-series path')).toHaveLength(2);
  expect(within(mood).getByText('Heel goed')).toBeTruthy();
  const craving = screen.getByRole('img', { name: /^Grafiek van mijn zin om te gebruiken/ });
  expect(within(craving).getByText('10 = heel veel zin')).toBeTruthy();

  const [moodToggle] = screen.getAllByRole('button', { name: 'Toon als tabel' });
  expect(moodToggle!.getAttribute('aria-expanded')).toBe('false');
  fireEvent.click(moodToggle!);
  expect(moodToggle!.getAttribute('aria-expanded')).toBe('true');
  const table = screen.getByRole('table', { name: 'Mijn gevoel, de nieuwste bovenaan' });
  expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Goed', 'Weet ik niet', 'Slecht']);
  expect(within(table).getAllByRole('rowheader')[0]!.textContent).toMatch(/4 mrt 2026/);
  fireEvent.click(screen.getByRole('button', { name: 'Verberg de tabel' }));
  expect(screen.queryByRole('table', { name: 'Mijn gevoel, de nieuwste bovenaan' })).toBeNull();

  fireEvent.click(screen.getAllByRole('button', { name: 'Toon als tabel' })[1]!);
  const cravingTable = screen.getByRole('table', { name: 'Mijn zin om te gebruiken, de nieuwste bovenaan' });
  expect(within(cravingTable).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3 van 10', 'Niet ingevuld', '7 van 10']);

  // A new check-in while the page is open shows at once.
  await saveCheckIn({ mood: 5, craving: 0, note: '' }, MONDAY + 3 * DAY_MS);
  await screen.findByRole('img', { name: 'Grafiek van mijn gevoel: 4 keer ingevuld, van 2 maart tot 5 maart.' });
});

it('offers the check-in and Mijn dagen when there is nothing yet', async () => {
  render(<JourneyPage profile={profile} />);
  await screen.findByText('Je hebt nog niets ingevuld bij Hoe gaat het?');
  await screen.findByText('Dit vul je in bij les 1.5, les 1.6 en les 2.9.');
  expect(screen.getByRole('link', { name: 'Vul nu in' }).getAttribute('href')).toBe('/hoe-gaat-het');
  fireEvent.click(screen.getByRole('link', { name: 'Mijn dagen' }));
  expect(location.pathname).toBe('/mijn-dagen');
});

it('shows belang and vertrouwen per lesson, told apart by shape and word', async () => {
  await saveAnswer({ program: 'middelengebruik', session: '1.5', screen: 'belang' }, { value: 3 });
  await saveAnswer({ program: 'middelengebruik', session: '1.6', screen: 'vertrouwen' }, { value: 2 });
  await saveAnswer({ program: 'middelengebruik', session: '2.9', screen: 'belang' }, { value: 'unknown' });
  render(<JourneyPage profile={profile} />);
  const chart = await screen.findByRole('img', { name: 'Grafiek van belang en vertrouwen bij les 1.5, les 1.6 en les 2.9.' });
  expect(chart.querySelectorAll('.chart-series')).toHaveLength(2);
  const [belang, vertrouwen] = [...chart.querySelectorAll('.chart-series')];
  expect(belang!.classList.contains('tone-first')).toBe(true);
  expect(vertrouwen!.classList.contains('tone-second')).toBe(true); // dashed, square markers (journey.css, chartGeometry)
  expect(belang!.querySelector('.chart-markers')!.getAttribute('d')).toContain('a6 6'); // circles
  expect(vertrouwen!.querySelector('.chart-markers')!.getAttribute('d')).toContain('h12v12'); // squares
  expect(screen.queryByText(/Dit vul je in bij/)).toBeNull();

  const toggles = screen.getAllByRole('button', { name: 'Toon als tabel' });
  fireEvent.click(toggles[toggles.length - 1]!);
  const table = screen.getByRole('table', { name: 'Belang en vertrouwen' });
  const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole(/cell|rowheader/).map((cell) => cell.textContent));
  expect(rows).toEqual([
    ['Les 1.5', '3 van 5', 'Niet gevraagd'],
    ['Les 1.6', 'Niet gevraagd', '2 van 5'],
    ['Les 2.9', 'Weet ik niet', 'Nog niet ingevuld'],
  ]);
});

it('speaks English when the app does', async () => {
  await setLanguage('en');
  try {
    await saveCheckIn({ mood: 3, craving: 4, note: '' }, MONDAY);
    render(<JourneyPage profile={profile} />);
    expect(screen.getByRole('heading', { level: 1, name: 'My journey' })).toBeTruthy();
    await screen.findByText('You have finished 0 of the 30 lessons.');
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Show as a table' })).toHaveLength(3));
    expect(screen.getByRole('img', { name: 'Chart of my mood: filled in once, on March 2.' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Importance and confidence' })).toBeTruthy();
  } finally {
    await setLanguage('nl');
  }
});

it('has every word in both languages', () => {
  expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.nl).sort());
});

it('waits for the trainer on a tablet before the next lesson', async () => {
  // Same device turned into a tablet: only the first lesson is open there.
  const { db } = await import('../../src/core/db');
  await db.device.update('device', { kind: 'tablet' });
  await markSessionDone('middelengebruik', '1.1');
  render(<JourneyPage profile={profile} />);
  await screen.findByText('De volgende les is nog dicht. Je trainer zet die klaar.');
  expect(screen.queryByRole('link', { name: /^Verder met les/ })).toBeNull();
  // The avatar waits at 1.1; the 29 lessons after it are padlocks.
  expect(document.querySelectorAll('svg.mountain-picture .stop-closed')).toHaveLength(29);
  expect(document.querySelectorAll('svg.mountain-picture .stop-done')).toHaveLength(0);
});

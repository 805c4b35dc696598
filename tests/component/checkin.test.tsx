import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { CheckIn } from '../../src/ui/features/checkin/CheckIn';
import { Days } from '../../src/ui/features/checkin/Days';
import { BreathingPage } from '../../src/ui/features/checkin/BreathingPage';
import { getDraft, listCheckInDays, saveCheckIn } from '../../src/core/checkins';
import { setUpDevice } from '../../src/core/device';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { initI18n } from '../../src/i18n';
import { freshDevice } from '../unit/helpers';

beforeAll(async () => {
  await initI18n('nl');
});

beforeEach(async () => {
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
  await unlockWithPin(id, '4321');
});

it('asks one question per screen and saves the check-in', async () => {
  render(<CheckIn />);
  await screen.findByRole('heading', { name: 'Hoe voel je je nu?' });

  // No mood yet: Verder explains instead of moving on.
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Kies eerst hoe je je voelt.');

  fireEvent.click(screen.getByRole('radio', { name: 'Gaat wel' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { name: 'Hoe sterk is je gevoel nu?' });
  expect(screen.getByText('Stap 2 van 4')).toBeTruthy();
  fireEvent.click(screen.getByRole('radio', { name: '6' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { name: 'Hoeveel zin heb je om te gebruiken?' });
  fireEvent.click(screen.getByRole('radio', { name: '8' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  fireEvent.input(screen.getByLabelText('Wat wil je kwijt?'), { target: { value: 'Moe na het werk' } });
  fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

  await screen.findByRole('heading', { name: 'Opgeslagen. Goed dat je dit doet!' });
  const [today] = await listCheckInDays();
  expect(today!.checkIns[0]).toMatchObject({ mood: 3, emotion: 6, craving: 8, note: 'Moe na het werk' });
});

it('lets the emotion thermometer be skipped: the check-in saves with emotion null', async () => {
  render(<CheckIn />);
  fireEvent.click(await screen.findByRole('radio', { name: 'Goed' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { name: 'Hoe sterk is je gevoel nu?' });
  // Nothing is chosen until tapped: "Weet ik niet" is the starting point, and a number can be undone.
  expect(screen.getByRole('radio', { name: 'Weet ik niet' })).toHaveProperty('checked', true);
  fireEvent.click(screen.getByRole('radio', { name: '9' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Weet ik niet' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Verder' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Opslaan' }));
  await screen.findByRole('heading', { name: 'Opgeslagen. Goed dat je dit doet!' });
  const [today] = await listCheckInDays();
  expect(today!.checkIns[0]).toMatchObject({ mood: 4, emotion: null, craving: null });
});

afterEach(() => vi.useRealTimers());

it('opens the breathing guide from a question and comes back to that same question', async () => {
  render(<CheckIn />);
  fireEvent.click(await screen.findByRole('radio', { name: 'Slecht' }));
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
  await screen.findByRole('heading', { name: 'Hoe sterk is je gevoel nu?' });
  fireEvent.click(screen.getByRole('radio', { name: '8' }));

  fireEvent.click(screen.getByRole('button', { name: 'Even rustig ademen' }));
  const title = await screen.findByRole('heading', { level: 2, name: 'Even rustig ademen' });
  await waitFor(() => expect(document.activeElement).toBe(title));
  // It never starts by itself; it starts with one tap and stops with one tap.
  const begin = await screen.findByRole('button', { name: 'Begin' });
  expect(screen.queryByText('Adem in')).toBeNull();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  fireEvent.click(begin);
  expect(screen.getByText('Adem in')).toBeTruthy();
  await act(() => {
    vi.advanceTimersByTime(4000);
  });
  expect(screen.getByText('Adem uit')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
  vi.useRealTimers();
  expect(screen.getByRole('button', { name: 'Begin' })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Terug naar de vragen' }));
  await screen.findByRole('heading', { name: 'Hoe sterk is je gevoel nu?' });
  expect(screen.getByRole('radio', { name: '8' })).toHaveProperty('checked', true);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Even rustig ademen' })));
});

it('has the breathing guide on a page of its own too', async () => {
  render(<BreathingPage />);
  await screen.findByRole('heading', { level: 1, name: 'Even rustig ademen' });
  expect(await screen.findByRole('button', { name: 'Begin' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Terug' })).toBeTruthy();
});

it('keeps an unfinished check-in when the screen closes and opens again', async () => {
  const first = render(<CheckIn />);
  await screen.findByRole('heading', { name: 'Hoe voel je je nu?' });
  fireEvent.click(screen.getByRole('radio', { name: 'Slecht' }));
  await waitFor(() => expect(screen.getByRole('radio', { name: 'Slecht' })).toHaveProperty('checked', true));
  first.unmount(); // leaving the screen flushes the draft at once
  await waitFor(async () => expect(await getDraft()).toMatchObject({ mood: 2 }));

  render(<CheckIn />);
  await waitFor(() => expect(screen.getByRole('radio', { name: 'Slecht' })).toHaveProperty('checked', true));
});

it('lists check-ins by day with the mood word and the note as text', async () => {
  await saveCheckIn({ mood: 5, emotion: 4, craving: 0, note: '<img src=x onerror=alert(1)>' });
  await saveCheckIn({ mood: 2, craving: 5, note: '' }); // no emotion: no line for it
  render(<Days />);
  expect(await screen.findByText('Heel goed')).toBeTruthy();
  expect(screen.getAllByText(/^Mijn gevoel:/).map((p) => p.textContent)).toEqual(['Mijn gevoel: 4 van 10']);
  expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  expect(screen.getByText('Zin om te gebruiken: 0 van 10')).toBeTruthy();
  expect(document.querySelector('main img, img[src="x"]')).toBeNull();
});

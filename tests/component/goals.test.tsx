import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { GoalsPage } from '../../src/ui/features/goals/GoalsPage';
import { getAnswer, saveAnswer } from '../../src/core/answers';
import { localDay } from '../../src/core/checkins';
import { setUpDevice } from '../../src/core/device';
import { dayBefore, getDayCounter, goalStepsKey, listRewardConfirmations, setDayCounter } from '../../src/core/goals';
import { createProfile, getProfile, unlockWithPin, type ProfileCard } from '../../src/core/profiles';
import type { StepsAnswer } from '../../src/exercises/steps';
import { initI18n } from '../../src/i18n';
import { freshDevice } from '../unit/helpers';
import { setUpParticipant } from './exercises/harness';

const STAFF_CODE = 'begeleider-7';
const KEY = goalStepsKey('middelengebruik');
const STEPS: StepsAnswer = {
  goal: 'Minder blowen',
  steps: [
    { id: 'a', text: 'Een dag niet blowen', reward: 'Patat halen', done: false },
    { id: 'b', text: 'Een week niet blowen', reward: 'Naar de film', done: true },
    { id: 'c', text: '', reward: '', done: false }, // an empty step from the session is not shown
  ],
};

async function theProfile(): Promise<ProfileCard> {
  const { listProfiles } = await import('../../src/core/profiles');
  const [profile] = await listProfiles();
  return (await getProfile(profile!.id))!;
}

/** A phone whose first run set a begeleider code, with one unlocked participant. */
async function setUpWithStaffCode(): Promise<void> {
  await initI18n('nl');
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl', staffCode: STAFF_CODE });
  const id = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: '4321' });
  await unlockWithPin(id, '4321');
}

async function showPage(): Promise<void> {
  render(<GoalsPage profile={await theProfile()} />);
  await screen.findByRole('heading', { level: 1, name: 'Mijn doelen en beloningen' });
}

describe('goal and steps', () => {
  beforeEach(setUpParticipant);

  it('shows the goal and steps of 2.5 and ticks a step in that same answer', async () => {
    await saveAnswer(KEY, STEPS);
    await showPage();
    expect(await screen.findByText('Minder blowen')).toBeTruthy();
    const steps = screen.getAllByRole('listitem').filter((li) => li.closest('.goal-steps'));
    expect(steps.map((li) => within(li).getByRole('heading').textContent)).toEqual(['Stap 1', 'Stap 2']);
    expect(screen.getByText('Een dag niet blowen')).toBeTruthy();
    expect(screen.getByText('Patat halen')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }));
    await waitFor(async () => expect((await getAnswer<StepsAnswer>(KEY))!.steps[0]!.done).toBe(true));
    expect(await screen.findByText('Goed gedaan! Je hebt je beloning verdiend: Patat halen.')).toBeTruthy();
    // The other steps, the goal and the empty step are kept as the session wrote them.
    expect(await getAnswer<StepsAnswer>(KEY)).toEqual({ ...STEPS, steps: [{ ...STEPS.steps[0]!, done: true }, STEPS.steps[1], STEPS.steps[2]] });

    fireEvent.click(screen.getByRole('checkbox', { name: /^Gedaan ?: Stap 1$/ }));
    await waitFor(async () => expect((await getAnswer<StepsAnswer>(KEY))!.steps[0]!.done).toBe(false));
  });

  it('sends a participant without steps to lesson 2.5', async () => {
    await showPage();
    expect(await screen.findByText('Je hebt nog geen stappen. Die maak je in les 2.5 Belonen.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Naar les 2.5' }));
    expect(location.pathname).toMatch(/^\/les\/2\.5\/\d+$/);
  });

  it('explains that a begeleider code can be set later when the device has none', async () => {
    await saveAnswer(KEY, STEPS);
    await showPage();
    expect(await screen.findByText(/Op dit apparaat is nog geen code voor een begeleider\. Die kan later worden ingesteld\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Beloning gekregen/ })).toBeNull();
  });

  it('renders what the participant wrote as text, never as markup', async () => {
    await saveAnswer(KEY, { goal: '<img src=x onerror=alert(1)>', steps: [{ id: 'x', text: '<b>vet</b>', reward: '<i>r</i>', done: true }] });
    await showPage();
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText('<b>vet</b>')).toBeTruthy();
    expect(document.querySelector('main img, img[src="x"], b, i')).toBeNull();
  });
});

describe('the begeleider confirms a reward', () => {
  beforeEach(setUpWithStaffCode);

  it('needs the right code, then stores and shows who confirmed it', async () => {
    await saveAnswer(KEY, STEPS);
    await showPage();
    // Only a done step can have its reward confirmed.
    const button = await screen.findByRole('button', { name: /^Beloning gekregen ?: Stap 2$/ });
    expect(screen.queryByRole('button', { name: /^Beloning gekregen ?: Stap 1$/ })).toBeNull();
    fireEvent.click(button);

    const form = within(await screen.findByRole('form', { name: 'Voor je begeleider' }));
    const name = form.getByLabelText('Naam van de begeleider');
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() => expect(form.getByRole('alert').textContent).toBe('Vul eerst je naam in.'));

    fireEvent.input(name, { target: { value: 'Anna' } });
    fireEvent.input(screen.getByLabelText('Code van de begeleider'), { target: { value: 'verkeerd' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() => expect(form.getByRole('alert').textContent).toContain('Deze code klopt niet.'));
    expect((await listRewardConfirmations()).size).toBe(0);

    fireEvent.input(screen.getByLabelText('Code van de begeleider'), { target: { value: STAFF_CODE } });
    fireEvent.click(screen.getByRole('button', { name: 'Bevestigen' }));
    const confirmed = await screen.findByText(/^Beloning gekregen\. Anna zette dit op \d+ \w+ \d{4}\.$/);
    await waitFor(() => expect(document.activeElement).toBe(confirmed.closest('p')));
    const stored = (await listRewardConfirmations()).get('b');
    expect(stored).toMatchObject({ stepId: 'b', by: 'Anna', reward: 'Naar de film', stepText: 'Een week niet blowen' });
    expect(stored!.at).toBeGreaterThan(Date.now() - 60_000);
    expect(screen.queryByRole('button', { name: /Beloning gekregen/ })).toBeNull();
  });
});

describe('counting good days', () => {
  beforeEach(setUpParticipant);

  it('starts counting today with an amount per day', async () => {
    await showPage();
    fireEvent.input(await screen.findByLabelText('Hoeveel geld gaf je per dag uit aan gebruiken?'), { target: { value: 'twaalf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen met tellen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Schrijf een bedrag, zoals 10 of 7,50. Of laat het leeg.');
    fireEvent.input(screen.getByLabelText('Hoeveel geld gaf je per dag uit aan gebruiken?'), { target: { value: '12,50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Beginnen met tellen' }));
    expect(await screen.findByText('Je bent vandaag begonnen. Morgen telt je eerste dag. Goed dat je dit doet!')).toBeTruthy();
    expect(await getDayCounter()).toEqual({ startDay: localDay(Date.now()), centsPerDay: 1250, slipDays: [] });
  });

  it('records a slip kindly: the total keeps every good day, only the streak starts again', async () => {
    const today = localDay(Date.now());
    await setDayCounter({ startDay: dayBefore(today, 10), centsPerDay: 1000, slipDays: [] });
    await showPage();
    expect(await screen.findByText('10')).toBeTruthy();
    expect(screen.getByText('goede dagen')).toBeTruthy();
    expect(screen.getByText(/€\s?100,00/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Ik had een uitglijder' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Gisteren' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const kind = 'Een uitglijder is een leermoment. Je begint niet bij nul. Je hebt al 9 goede dagen. Wat helpt je nu? Kijk op je SOS-kaart of praat met iemand.';
    await waitFor(() => expect(screen.getAllByRole('status').some((el) => el.textContent === kind)).toBe(true));
    expect(await screen.findByText('9')).toBeTruthy(); // not 0: only that one day is off
    expect(screen.getByText(/€\s?90,00/)).toBeTruthy();
    expect(screen.getByText('Vandaag begint een nieuwe reeks.')).toBeTruthy();
    expect((await getDayCounter())!.slipDays).toEqual([dayBefore(today)]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ik had een uitglijder' })));

    // A slip entered by mistake can be taken away again.
    fireEvent.click(screen.getByRole('button', { name: /^Weghalen/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, weghalen' }));
    await waitFor(async () => expect((await getDayCounter())!.slipDays).toEqual([]));
    expect(await screen.findByText('10')).toBeTruthy();
  });

  it('can stop counting again', async () => {
    await setDayCounter({ startDay: localDay(Date.now()), centsPerDay: null, slipDays: [] });
    await showPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Stoppen met tellen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, stoppen' }));
    expect(await screen.findByRole('button', { name: 'Beginnen met tellen' })).toBeTruthy();
    expect(await getDayCounter()).toBeUndefined();
  });
});

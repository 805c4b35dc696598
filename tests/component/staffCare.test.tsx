/**
 * The staff care screens against the real core (Dexie on fake-indexeddb, Node's WebCrypto): notes
 * on the participant's home screen, the praatkaart and its tile, "Wat staat er over mij", and the
 * staff area's SURPS form and rewards page writing through the staff session.
 */
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { getDevice, setUpDevice } from '../../src/core/device';
import { goalStepsKey, listRewardConfirmationsFor } from '../../src/core/goals';
import { createProfile, getProfile, unlockWithPin } from '../../src/core/profiles';
import { putRecordFor } from '../../src/core/records';
import { openWithStaffCode } from '../../src/core/staff';
import { closeStaffSession, openStaffSession, participantAccess } from '../../src/core/staffSession';
import { listStaffNotes, writeStaffNote } from '../../src/core/staffNotes';
import { getSurpsProfile, getSurpsRecognition, saveSurpsProfile } from '../../src/core/surps';
import { requireVault } from '../../src/core/vault';
import { initI18n } from '../../src/i18n';
import { AboutMePage } from '../../src/ui/features/aboutMe/AboutMePage';
import { CardsHub } from '../../src/ui/features/cards/CardsHub';
import { Home } from '../../src/ui/features/home/Home';
import { RewardsPage } from '../../src/ui/features/staffCare/RewardsPage';
import { SurpsStaffPage } from '../../src/ui/features/staffCare/SurpsStaffPage';
import { SurpsCardPage } from '../../src/ui/features/surps/SurpsCardPage';
import { freshDevice } from '../unit/helpers';

// The CI machine is slow and shared: wait for what a user would see, for longer than the default second.
configure({ asyncUtilTimeout: 5000 });

// Each test derives several keys from codes and PINs (PBKDF2, 310,000 rounds): on a busy shared
// machine that alone can pass the default 5 s, so the ceiling is higher. Nothing here is timed.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CODE = 'trainer-123';
const PIN = '4321';
let sam: string;

beforeEach(async () => {
  await initI18n('nl');
  await closeStaffSession();
  await freshDevice();
  await setUpDevice({ kind: 'tablet', organisation: 'Kliniek', crisisNumbers: [], language: 'nl', staffCode: CODE });
  const staff = await openWithStaffCode(CODE);
  if (!staff.ok) throw new Error('code');
  sam = await createProfile({ displayName: 'Sam', avatar: 'cat', pin: PIN }, staff.staffKey);
  await openStaffSession(CODE);
});

async function asParticipant() {
  await closeStaffSession();
  await unlockWithPin(sam, PIN);
  return (await getProfile(sam))!;
}

describe('notes on the home screen', () => {
  it('shows new notes newest first with who wrote them, and puts one away once read', async () => {
    const staff = await participantAccess(sam);
    await writeStaffNote(staff, { kind: 'note', author: 'trainer', name: 'Els', text: 'Tot dinsdag.' }, Date.UTC(2026, 2, 9, 10));
    await writeStaffNote(staff, { kind: 'compliment', author: 'begeleider', name: '', text: 'Knap gedaan!' }, Date.UTC(2026, 2, 10, 10));
    render(<Home profile={await asParticipant()} />);
    await screen.findByRole('heading', { level: 2, name: 'Berichten voor jou' });
    const cards = screen.getAllByRole('article');
    expect(cards.map((card) => card.querySelector('.staff-note-from')?.textContent)).toEqual(['Compliment van je begeleider', 'Bericht van je trainer Els']);
    expect(within(cards[0]!).getByText('Knap gedaan!')).toBeTruthy();
    expect(within(cards[0]!).getByText(/10 maart 2026/)).toBeTruthy();
    expect(within(cards[0]!).getByRole('button', { name: /^Voorlezen/ })).toBeTruthy();

    fireEvent.click(within(cards[0]!).getByRole('button', { name: /^Gelezen, wegleggen/ }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect((await listStaffNotes(requireVault())).find((n) => n.text === 'Knap gedaan!')?.readAt).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: /^Gelezen, wegleggen/ }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Berichten voor jou' })).toBeNull());
  });

  it('reads one note aloud: who wrote it and what, nothing else of the screen', async () => {
    const spoken: string[] = [];
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ lang: 'nl-NL', localService: true, name: 'Nederlands' }],
      speak(utterance: { text: string; onend?: () => void }) {
        spoken.push(utterance.text);
        setTimeout(() => utterance.onend?.(), 0);
      },
      cancel: () => undefined,
      addEventListener: () => undefined,
    });
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        voice: unknown = null;
        rate = 1;
        constructor(public text: string) {}
      },
    );
    try {
      await writeStaffNote(await participantAccess(sam), { kind: 'note', author: 'trainer', name: 'Els', text: 'Tot dinsdag.' }, Date.UTC(2026, 2, 9, 10));
      render(<Home profile={await asParticipant()} />);
      const card = await screen.findByRole('article');
      fireEvent.click(within(card).getByRole('button', { name: /^Voorlezen/ }));
      await waitFor(() => expect(spoken).toHaveLength(3));
      expect(spoken[0]).toBe('Bericht van je trainer Els');
      expect(spoken[1]).toMatch(/^9 maart 2026/);
      expect(spoken[2]).toBe('Tot dinsdag.');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('the praatkaart', () => {
  it('has a tile in Mijn kaarten only once the trainer entered a profile', async () => {
    const staff = await participantAccess(sam);
    await asParticipant();
    const { unmount, container } = render(<CardsHub />);
    // Busy until it knows whether there is a profile.
    await waitFor(() => expect(container.querySelector('.tile-grid')?.getAttribute('aria-busy')).toBe('false'));
    expect(screen.getByText('SOS-kaart')).toBeTruthy();
    expect(screen.queryByText('Mijn praatkaart')).toBeNull();
    expect(screen.getByRole('button', { name: 'Wat staat er over mij?' })).toBeTruthy();
    unmount();
    await saveSurpsProfile(staff, ['hopelessness']);
    render(<CardsHub />);
    expect(await screen.findByText('Mijn praatkaart')).toBeTruthy();
  });

  it('shows each chosen trait with what it means and what helps, and stores "herken je dit?"', async () => {
    await saveSurpsProfile(await participantAccess(sam), ['anxietySensitivity']);
    await asParticipant();
    render(<SurpsCardPage />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Angstgevoeligheid' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: 'Impulsiviteit' })).toBeNull();
    expect(screen.getByText('Die gevoelens zijn niet gevaarlijk. Ze gaan weer over.')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Een beetje' }));
    await screen.findByText('Opgeslagen.');
    expect(await getSurpsRecognition(requireVault())).toEqual({ anxietySensitivity: 'bit' });
    expect((screen.getByRole('radio', { name: 'Een beetje' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says so when there is no profile', async () => {
    await asParticipant();
    render(<SurpsCardPage />);
    expect(await screen.findByText('Je trainer heeft nog geen praatkaart voor je gemaakt.')).toBeTruthy();
  });
});

describe('what is stored about me', () => {
  it('lists the groups found in the database, an unknown kind under Overig', async () => {
    const staff = await participantAccess(sam);
    await putRecordFor(staff, 'future-thing', 'future-thing:1', { x: 1 });
    await writeStaffNote(staff, { kind: 'note', author: 'trainer', name: '', text: 'Hoi' });
    const profile = await asParticipant();
    await saveAnswer({ program: 'middelengebruik', session: '1.3', screen: 'x' }, { text: 'a' });
    render(<AboutMePage profile={profile} />);
    await screen.findByRole('heading', { level: 2, name: 'Overig' });
    expect(screen.getByText('future-thing: 1')).toBeTruthy();
    expect(screen.getByText('Les 1.3 Focussen: 1 antwoord')).toBeTruthy();
    expect(screen.getByText('1 bericht')).toBeTruthy();
    expect(screen.getByText('Naam: Sam')).toBeTruthy();
    expect(screen.getByText('Open lessen: 1.1')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Mijn praatkaart' })).toBeNull();
  });
});

describe('staff pages', () => {
  it('enters the SURPS profile: one or more traits, none asks first', async () => {
    render(<SurpsStaffPage params={{ id: sam }} device={(await getDevice())!} />);
    await screen.findByRole('heading', { level: 1, name: 'SURPS-profiel van Sam' });
    await screen.findByText('Nog geen profiel ingevuld.');
    fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    await screen.findByText('Kies minstens één profiel. Of haal het profiel weg.');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Impulsiviteit/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Hopeloosheid/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Profiel opslaan' }));
    await screen.findByText('Opgeslagen. De deelnemer ziet dit op de praatkaart.');
    expect((await getSurpsProfile(await participantAccess(sam)))?.traits).toEqual(['hopelessness', 'impulsivity']);
    await screen.findByText('Impulsiviteit: Nog niet beantwoord');
  });

  it('confirms a reward with the name only: the open staff session stands in for the code', async () => {
    await asParticipant();
    await saveAnswer(goalStepsKey('middelengebruik'), { goal: 'Minder blowen', steps: [{ id: 'a', text: 'Een dag niet blowen', reward: 'Patat', done: true }] });
    await openStaffSession(CODE);
    render(<RewardsPage params={{ id: sam }} device={(await getDevice())!} />);
    await screen.findByText('Minder blowen');
    expect(screen.getByText('Stap gedaan')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Beloning gegeven/ }));
    await screen.findByText('Vul eerst je naam in.');
    fireEvent.input(screen.getByLabelText('Je naam'), { target: { value: 'Anna' } });
    fireEvent.click(screen.getByRole('button', { name: /^Beloning gegeven/ }));
    await screen.findByText(/^Beloning gegeven\. Anna zette dit op /);
    expect((await listRewardConfirmationsFor(await participantAccess(sam))).get('a')?.by).toBe('Anna');
  });
});

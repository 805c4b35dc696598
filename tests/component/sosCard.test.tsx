/** The SOS-kaart screen on the real core: what it shows, editing in place, photos, print. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { updateDevice } from '../../src/core/device';
import { getMedia, saveMedia } from '../../src/core/media';
import { listProfiles, type ProfileCard } from '../../src/core/profiles';
import { getSosCard, setSosField } from '../../src/core/sos';
import { setLanguage } from '../../src/i18n';
import { textBlocks } from '../../src/ui/readAloud';
import { sosFieldKind } from '../../src/ui/exercises/sosFieldKind';
import { panelDensity } from '../../src/ui/features/sos/printFit';
import { SosCardPage } from '../../src/ui/features/sos/SosCardPage';
import { STRINGS } from '../../src/ui/features/sos/strings';
import { fakeCanvas } from './exercises/fakeCanvas';
import { renderExercise, setUpParticipant } from './exercises/harness';

let profile: ProfileCard;
beforeEach(async () => {
  await setUpParticipant();
  await updateDevice({ crisisNumbers: [{ label: 'Afdeling De Berk', number: '030 123 45 67' }] });
  profile = (await listProfiles())[0]!;
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await setLanguage('nl');
});

/** Renders the card screen; `ui` queries the screen part only (the print sheet holds the same words, hidden by CSS). */
async function showCard() {
  const view = render(<SosCardPage profile={profile} />);
  await screen.findByRole('button', { name: 'Aanpassen' });
  return { ...view, ui: within(document.querySelector('.sos-screen') as HTMLElement) };
}

it('shows the front as the lessons filled it, with a call button per helper and the clinic’s numbers', async () => {
  await setSosField('name', 'Samira');
  await setSosField('helpers', [
    { name: 'Mijn zus Lotte', phone: '06 1234 5678' },
    { name: 'Buurman Piet', phone: '' },
    { name: '', phone: '' },
  ]);
  await setSosField('safePlace', 'Bij opa in de tuin');
  await setSosField('reasons', ['Mijn dochter', '']);
  await setSosField('alternatives', ['Wandelen']);
  await setSosField('strengthThought', 'Ik kan dit.');
  const { ui } = await showCard();

  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mijn SOS-kaart');
  expect(ui.getByText('Samira')).toBeTruthy();
  const lotte = ui.getByRole('link', { name: /Bel Mijn zus Lotte/ });
  expect(lotte.getAttribute('href')).toBe('tel:0612345678');
  expect(lotte.textContent).toContain('06 1234 5678');
  // A helper without a number is shown, but is no call button.
  expect(ui.getByText('Buurman Piet').closest('a')).toBeNull();
  const card = document.querySelector('.sos-card') as HTMLElement;
  for (const text of ['Bij opa in de tuin', 'Mijn dochter', 'Wandelen', 'Ik kan dit.']) expect(within(card).getByText(text)).toBeTruthy();
  expect(within(card).getAllByRole('listitem').filter((item) => item.textContent === '')).toHaveLength(0);
  expect(ui.getByRole('link', { name: /Bel Afdeling De Berk/ }).getAttribute('href')).toBe('tel:0301234567');
  expect(screen.getByRole('button', { name: 'Voorkant' }).getAttribute('aria-pressed')).toBe('true');
});

it('invites to fill in an empty card', async () => {
  const { ui } = await showCard();
  const sentence = ui.getByText('Je kaart is nog leeg. Tik op Aanpassen. Dan vul je hem in.');
  // The one Aanpassen button comes right after the sentence that names it, before the card.
  expect(ui.getAllByRole('button', { name: 'Aanpassen' })).toHaveLength(1);
  expect(sentence.nextElementSibling?.contains(ui.getByRole('button', { name: 'Aanpassen' }))).toBe(true);
  // The name falls back to the profile's name.
  expect(ui.getByText('Sam')).toBeTruthy();
});

it('shows the back: the 2.9 drawing and photo, own pictures, a song as a link only when it is a web address', async () => {
  const drawing = await saveMedia('drawing', new Blob(['png'], { type: 'image/png' }));
  const lessonPhoto = await saveMedia('photo', new Blob(['jpg'], { type: 'image/jpeg' }));
  const ownPhoto = await saveMedia('photo', new Blob(['jpg 2'], { type: 'image/jpeg' }));
  await saveAnswer({ program: profile.program, session: '2.9', screen: 'sos-tekening' }, { media: drawing });
  await saveAnswer({ program: profile.program, session: '2.9', screen: 'sos-foto' }, { media: [lessonPhoto] });
  await setSosField('pictures', [ownPhoto]);
  await setSosField('song', 'https://example.org/liedje');
  await setSosField('helpText', 'Morgen is een nieuwe dag.');
  const view = await showCard();
  fireEvent.click(screen.getByRole('button', { name: 'Achterkant' }));

  expect((await view.ui.findByRole('img', { name: 'Mijn tekening' })).getAttribute('src')).toMatch(/^blob:/);
  await view.ui.findByRole('img', { name: 'Foto 2' });
  expect(view.ui.getByRole('img', { name: 'Foto 1' })).toBeTruthy();
  const listen = view.ui.getByRole('link', { name: 'Luister naar mijn liedje' });
  expect(listen.getAttribute('href')).toBe('https://example.org/liedje');
  expect(listen.getAttribute('rel')).toBe('noopener noreferrer');
  expect(view.ui.getByText('Morgen is een nieuwe dag.')).toBeTruthy();

  view.unmount();
  await setSosField('song', 'javascript:alert(1)');
  const { ui } = await showCard();
  fireEvent.click(screen.getByRole('button', { name: 'Achterkant' }));
  expect(await ui.findByText('javascript:alert(1)')).toBeTruthy();
  expect(ui.queryByRole('link', { name: 'Luister naar mijn liedje' })).toBeNull();
});

it('edits every field in place and keeps all of them, also when they change at once', async () => {
  await showCard();
  fireEvent.click(screen.getByRole('button', { name: 'Aanpassen' }));
  fireEvent.input(screen.getByLabelText('Mijn naam'), { target: { value: 'Samira' } });
  fireEvent.click(within(screen.getByRole('group', { name: 'Wie helpt mij?' })).getByRole('button', { name: 'Erbij' }));
  fireEvent.input(screen.getByLabelText('Naam'), { target: { value: 'Oom Kees' } });
  fireEvent.input(screen.getByLabelText('Telefoonnummer'), { target: { value: '06 8765 4321' } });
  fireEvent.input(screen.getByLabelText('Mijn veilige plek'), { target: { value: 'Thuis' } });
  const reasons = screen.getByRole('group', { name: 'Waarom ik niet gebruik' });
  fireEvent.click(within(reasons).getByRole('button', { name: 'Erbij' }));
  const alternatives = screen.getByRole('group', { name: 'Dit doe ik in plaats van gebruiken' });
  fireEvent.click(within(alternatives).getByRole('button', { name: 'Erbij' }));
  // Two lists on one screen: each "Nummer 1" is its own field.
  const firsts = screen.getAllByLabelText('Nummer 1');
  expect(firsts).toHaveLength(2);
  expect(reasons.contains(firsts[0]!) && alternatives.contains(firsts[1]!)).toBe(true);
  fireEvent.input(firsts[0]!, { target: { value: 'Mijn dochter' } });
  fireEvent.input(firsts[1]!, { target: { value: 'Wandelen' } });
  fireEvent.input(screen.getByLabelText('Mijn kracht gedachte'), { target: { value: 'Ik kan dit.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Achterkant' }));
  fireEvent.input(screen.getByLabelText('Mijn liedje: de naam of een link'), { target: { value: 'Hallo wereld' } });
  fireEvent.input(screen.getByLabelText('Een tekst die helpt'), { target: { value: 'Adem in, adem uit.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Klaar' }));

  await waitFor(async () =>
    expect(await getSosCard()).toEqual({
      name: 'Samira',
      helpers: [{ name: 'Oom Kees', phone: '06 8765 4321' }],
      safePlace: 'Thuis',
      reasons: ['Mijn dochter'],
      alternatives: ['Wandelen'],
      strengthThought: 'Ik kan dit.',
      song: 'Hallo wereld',
      helpText: 'Adem in, adem uit.',
      pictures: [],
    }),
  );
  expect(within(document.querySelector('.sos-card') as HTMLElement).getByText('Adem in, adem uit.')).toBeTruthy();
});

it('is one card with the lessons: an edit here shows in lesson 2.4, and the other way round', async () => {
  await setSosField('helpers', [{ name: 'Mijn zus Lotte', phone: '0612345678' }]);
  const card = await showCard();
  fireEvent.click(screen.getByRole('button', { name: 'Aanpassen' }));
  fireEvent.input(screen.getByLabelText('Naam'), { target: { value: 'Oom Kees' } });
  card.unmount(); // leaving the screen saves at once

  const lesson = { type: 'sosField', field: 'helpers', label: { nl: 'Wie kan je bellen?', en: 'Who can you call?' } } as const;
  const view = await renderExercise(sosFieldKind, lesson);
  await waitFor(() => expect(screen.getByLabelText('Naam')).toHaveProperty('value', 'Oom Kees'));
  fireEvent.input(screen.getByLabelText('Telefoonnummer'), { target: { value: '06 8765 4321' } });
  await waitFor(async () => expect((await getSosCard()).helpers[0]!.phone).toBe('06 8765 4321'));
  await view.reload();
  document.body.innerHTML = '';

  const { ui } = await showCard();
  expect(ui.getByRole('link', { name: /Bel Oom Kees/ }).getAttribute('href')).toBe('tel:0687654321');
});

it('adds a photo to the back from the gallery, shrunk and stored encrypted, and removes it after asking', async () => {
  const canvas = fakeCanvas();
  vi.stubGlobal('createImageBitmap', async () => ({ width: 4000, height: 3000, close: () => undefined }));
  await showCard();
  fireEvent.click(screen.getByRole('button', { name: 'Achterkant' }));
  fireEvent.click(screen.getByRole('button', { name: 'Aanpassen' }));
  const gallery = screen.getByLabelText('Kies een foto') as HTMLInputElement;
  Object.defineProperty(gallery, 'files', { value: [new File(['x'], 'zee.jpg', { type: 'image/jpeg' })], configurable: true });
  fireEvent.change(gallery);

  await waitFor(async () => expect((await getSosCard()).pictures).toHaveLength(1));
  expect(canvas.encoded).toEqual([{ width: 1280, height: 960, type: 'image/jpeg', quality: 0.8 }]);
  const [id] = (await getSosCard()).pictures;
  expect((await getMedia(id!))?.kind).toBe('photo');
  await screen.findByRole('img', { name: 'Jouw foto 1' });

  fireEvent.click(screen.getByRole('button', { name: 'Weg Jouw foto 1' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, gooi weg' }));
  await waitFor(async () => expect((await getSosCard()).pictures).toEqual([]));
  await waitFor(async () => expect(await getMedia(id!)).toBeUndefined());
});

it('prints with the browser; the print sheet holds the card with cut and fold lines', async () => {
  await setSosField('name', 'Samira');
  await setSosField('helpers', [{ name: 'Oom Kees', phone: '06 8765 4321' }]);
  const print = vi.fn();
  vi.stubGlobal('print', print);
  await showCard();
  fireEvent.click(screen.getByRole('button', { name: 'Printen' }));
  expect(print).toHaveBeenCalledOnce();

  const sheet = document.querySelector('.sos-print') as HTMLElement;
  expect(sheet.querySelectorAll('.sos-panel')).toHaveLength(6);
  const text = sheet.textContent ?? '';
  for (const words of ['SOS-kaart van Samira', 'Oom Kees: 06 8765 4321', 'Afdeling De Berk: 030 123 45 67', 'knippen', 'vouwen']) expect(text).toContain(words);
  // Read-aloud reads the card on the screen once, not the hidden print copy.
  const read = textBlocks(document.body).map((block) => block.textContent).join(' ');
  expect(read).toContain('Oom Kees');
  expect(read).not.toContain('knippen');
});

it('prints a full panel in smaller letters, so the card stays on one sheet', async () => {
  expect(panelDensity(['Waarom ik niet gebruik', 'Mijn dochter'])).toBe('roomy');
  expect(panelDensity(Array.from({ length: 10 }, () => 'Een reden'))).toBe('snug');
  expect(panelDensity(['Kop', 'x'.repeat(38 * 12)])).toBe('tight');
  await setSosField('reasons', Array.from({ length: 14 }, (_, n) => `Reden nummer ${n + 1}`));
  await showCard();
  const reasons = [...document.querySelectorAll('.sos-print .sos-panel')].find((panel) => panel.textContent?.includes('Reden nummer 14'));
  expect(reasons?.classList.contains('is-tight')).toBe(true);
});

it('speaks English when the app does, with every word translated', async () => {
  const keys = (language: 'nl' | 'en') => Object.keys(STRINGS[language]).sort();
  expect(keys('en')).toEqual(keys('nl'));
  await setLanguage('en');
  render(<SosCardPage profile={profile} />);
  await screen.findByRole('button', { name: 'Edit' });
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My SOS card');
  expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
});

import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { getSosCard, setSosField } from '../../../src/core/sos';
import { sosFieldKind } from '../../../src/ui/exercises/sosFieldKind';
import { renderExercise, setUpParticipant } from './harness';

beforeEach(setUpParticipant);

it('adds a helper to the SOS-kaart from a session and shows it again after a reload', async () => {
  const view = await renderExercise(sosFieldKind, { type: 'sosField', field: 'helpers', label: { nl: 'Wie kan je bellen?', en: 'Who can you call?' } });
  expect(await screen.findByText('Dit komt op je SOS-kaart.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Erbij' }));
  fireEvent.input(await screen.findByLabelText('Naam'), { target: { value: 'Mijn zus Lotte' } });
  fireEvent.input(screen.getByLabelText('Telefoonnummer'), { target: { value: '06 1234 5678' } });
  await waitFor(async () => expect((await getSosCard()).helpers).toEqual([{ name: 'Mijn zus Lotte', phone: '06 1234 5678' }]));

  await view.reload();
  await waitFor(() => expect(screen.getByLabelText('Naam')).toHaveProperty('value', 'Mijn zus Lotte'));
});

it('shows what the card already holds: one source of truth', async () => {
  await setSosField('safePlace', 'Bij opa in de tuin');
  await renderExercise(sosFieldKind, { type: 'sosField', field: 'safePlace', label: { nl: 'Mijn veilige plek', en: 'My safe place' } });
  await waitFor(() => expect(screen.getByLabelText('Mijn veilige plek')).toHaveProperty('value', 'Bij opa in de tuin'));
  fireEvent.input(screen.getByLabelText('Mijn veilige plek'), { target: { value: 'Thuis op de bank' } });
  await waitFor(async () => expect((await getSosCard()).safePlace).toBe('Thuis op de bank'));
  expect((await getSosCard()).helpers).toEqual([]);
});

it('keeps a list of reasons', async () => {
  await renderExercise(sosFieldKind, { type: 'sosField', field: 'reasons', label: { nl: 'Waarom niet gebruiken?', en: 'Why not use?' } });
  fireEvent.click(await screen.findByRole('button', { name: 'Erbij' }));
  fireEvent.input(await screen.findByLabelText('Nummer 1'), { target: { value: 'Mijn dochter' } });
  await waitFor(async () => expect((await getSosCard()).reasons).toEqual(['Mijn dochter']));
});

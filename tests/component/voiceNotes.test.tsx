/** Answers without typing: the fields outside the exercises take a recording too. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { getMedia } from '../../src/core/media';
import { getVoiceNote } from '../../src/core/voiceNotes';
import { getDraft } from '../../src/core/checkins';
import { FieldVoiceNote } from '../../src/ui/exercises/voice/FieldVoiceNote';
import { NoteField } from '../../src/ui/features/checkin/NoteField';
import { saveDraft } from '../../src/core/checkins';
import { containsText, rawValues } from '../unit/helpers';
import { fakeMicrophone, removeMicrophone, SPOKEN } from './exercises/fakeRecorder';
import { setUpParticipant } from './exercises/harness';

beforeEach(setUpParticipant);
afterEach(removeMicrophone);

async function recordOnce(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Opnemen' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Stop' }));
}

it('a SOS-kaart field keeps one encrypted recording under its own key, shown again after a reload', async () => {
  fakeMicrophone();
  render(<FieldVoiceNote field="sos/safePlace" />);
  expect(await screen.findByText('Liever praten? Neem het op.')).toBeTruthy();
  await recordOnce();
  await waitFor(async () => expect(await getVoiceNote('sos/safePlace')).toMatch(/^voice:/));
  const id = (await getVoiceNote('sos/safePlace'))!;
  expect(await (await getMedia(id))!.blob.text()).toBe(SPOKEN);
  expect(containsText(await rawValues(), SPOKEN)).toBe(false);
  expect(await getVoiceNote('sos/reasons')).toBeUndefined();

  cleanup();
  render(<FieldVoiceNote field="sos/safePlace" />);
  await screen.findByText('Jouw opname');
  fireEvent.click(screen.getByRole('button', { name: 'Weg' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, gooi weg' }));
  await waitFor(async () => expect(await getVoiceNote('sos/safePlace')).toBeUndefined());
});

it('the check-in note can be spoken instead of typed', async () => {
  fakeMicrophone();
  let recording: string | undefined;
  render(<NoteField value="" recording={undefined} onChange={() => {}} onRecording={(id) => (recording = id)} />);
  expect(screen.getByRole('textbox')).toBeTruthy();
  expect(await screen.findByText('Liever praten? Neem je bericht op.')).toBeTruthy();
  await recordOnce();
  await waitFor(() => expect(recording).toMatch(/^voice:/));
  await saveDraft({ mood: null, craving: null, note: '', recording });
  expect((await getDraft())?.recording).toBe(recording);
});

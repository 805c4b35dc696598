import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CertificatePage } from '../../src/ui/features/certificate/CertificatePage';
import { updateDevice } from '../../src/core/device';
import { markSessionDone } from '../../src/core/progress';
import { listProfiles } from '../../src/core/profiles';
import { setUpParticipant } from './exercises/harness';

beforeEach(setUpParticipant);
// Preact runs an unmounted screen's effect cleanups a moment later: wait, so the next test's
// device setup does not reach a certificate that is still listening.
afterEach(async () => {
  cleanup();
  await new Promise((resolve) => setTimeout(resolve, 50));
});

async function showCertificate(): Promise<void> {
  const [profile] = await listProfiles();
  render(<CertificatePage profile={profile!} />);
  await screen.findByRole('heading', { level: 2, name: 'Certificaat' });
}

it('shows name, program, organisation and the day 3.11 was finished', async () => {
  await updateDevice({ organisation: 'Kliniek De Berk' });
  await markSessionDone('middelengebruik', '3.11', new Date(2026, 5, 12, 11, 0).getTime());
  await showCertificate();
  expect(screen.getByText('Sam')).toBeTruthy();
  expect(screen.getByText('Behandelmodule Middelengebruik')).toBeTruthy();
  expect(screen.getByText('12 juni 2026')).toBeTruthy();
  expect(screen.getByText('Kliniek De Berk')).toBeTruthy();
  expect(screen.getByText('Gefeliciteerd! Je hebt het gehaald. Je kunt je certificaat printen.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Printen' })).toBeTruthy();
});

it('before 3.11 shows today and says when it is handed out; no organisation line when none is set', async () => {
  await showCertificate();
  const today = new Date().toLocaleDateString('nl', { day: 'numeric', month: 'long', year: 'numeric' });
  expect(screen.getByText(today)).toBeTruthy();
  expect(screen.getByText('Dit certificaat krijg je in les 3.11. Je kunt het nu al bekijken.')).toBeTruthy();
  expect(screen.queryByText('Gegeven door')).toBeNull();
});

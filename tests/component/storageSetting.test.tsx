/** Instellingen, Bewaren: the button says what it asks, "nu" before the first ask and "opnieuw" after a no. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { getDevice, setUpDevice } from '../../src/core/device';
import { initI18n } from '../../src/i18n';
import { Settings } from '../../src/ui/features/settings/Settings';
import { freshDevice } from '../unit/helpers';

let answers: boolean[];
beforeEach(async () => {
  await initI18n('nl');
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  answers = [];
  // The device's answer to "keep this storage", one per ask.
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator), { storage: { persist: vi.fn(async () => answers.shift() ?? false) } }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

it('asks now before the first ask, asks again after a no, and shows no button after a yes', async () => {
  render(<Settings />);
  const askNow = await screen.findByRole('button', { name: 'Vraag het nu' });
  expect(screen.getByTestId('storage-state').textContent).toContain('Vraag het toestel om je werkboek veilig te bewaren.');
  expect(screen.queryByRole('button', { name: 'Vraag het opnieuw' })).toBeNull();

  answers.push(false);
  fireEvent.click(askNow);
  const askAgain = await screen.findByRole('button', { name: 'Vraag het opnieuw' });
  expect(await getDevice()).toMatchObject({ persisted: false });
  expect(screen.getByTestId('storage-state').textContent).toContain('nog niet veilig bewaren');

  answers.push(true);
  fireEvent.click(askAgain);
  await waitFor(() => expect(screen.getByTestId('storage-state').textContent).toBe('Je werkboek blijft bewaard op dit toestel.'));
  expect(screen.queryByRole('button', { name: /Vraag het/ })).toBeNull();
});

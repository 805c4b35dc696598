/** Text size, contrast, hand and reading speed: chosen in Instellingen, stored on the device, put on <html>. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { getDevice, setUpDevice } from '../../src/core/device';
import { initI18n } from '../../src/i18n';
import { applyDisplay } from '../../src/ui/display';
import { Settings } from '../../src/ui/features/settings/Settings';
import { freshDevice } from '../unit/helpers';

beforeEach(async () => {
  await initI18n('nl');
  await freshDevice();
  await setUpDevice({ kind: 'tablet', organisation: 'Kliniek De Berk', crisisNumbers: [], language: 'nl', staffCode: '8642' });
});

it('starts at the defaults and stores each choice on the device', async () => {
  render(<Settings />);
  const extraLarge = await screen.findByRole('radio', { name: 'Extra groot' });
  expect(screen.getByRole('radio', { name: 'Normaal' })).toHaveProperty('checked', true);
  expect(screen.getByRole('radio', { name: 'Rechts' })).toHaveProperty('checked', true);

  fireEvent.click(extraLarge);
  fireEvent.click(screen.getByRole('radio', { name: 'Zwart en wit, sterk' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Links' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Langzaam' }));
  await waitFor(async () =>
    expect(await getDevice()).toMatchObject({ textSize: 'extraLarge', contrast: 'high', leftHanded: true, readingSpeed: 'slow' }),
  );
  await waitFor(() => expect(screen.getByRole('radio', { name: 'Extra groot' })).toHaveProperty('checked', true));
  // The hand choice says what it does.
  expect(screen.getByRole('group', { name: 'Met welke hand tik je?' }).getAttribute('aria-describedby')).toBeTruthy();
});

it('puts the settings on <html>, and the defaults when there are none', async () => {
  applyDisplay({ textSize: 'large', contrast: 'high', leftHanded: true });
  expect({ ...document.documentElement.dataset }).toMatchObject({ textSize: 'large', contrast: 'high', hand: 'left' });
  applyDisplay(undefined);
  expect({ ...document.documentElement.dataset }).toMatchObject({ textSize: 'normal', contrast: 'normal', hand: 'right' });
});

import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { db } from '../../src/core/db';
import { setUpDevice } from '../../src/core/device';
import { NEW_DEVICE_GRACE_MS, RECENT_BACKUP_MS, needsEvictionWarning } from '../../src/core/eviction';
import { initI18n } from '../../src/i18n';
import { EvictionWarning } from '../../src/ui/features/durability/EvictionWarning';
import { freshDevice } from '../unit/helpers';

const DAY = 24 * 60 * 60_000;
let persisted = false;

beforeAll(async () => {
  await initI18n('nl');
});

beforeEach(async () => {
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  // In use for a week, never backed up.
  await db.device.update('device', { createdAt: Date.now() - 7 * DAY });
  persisted = false;
  vi.stubGlobal('navigator', { ...navigator, storage: { persisted: () => Promise.resolve(persisted) } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

it('warns once, in plain words with what to do, when storage may be cleared and the workbook is nowhere else', async () => {
  const { unmount } = render(<EvictionWarning />);
  await screen.findByRole('heading', { name: 'Let op: bewaar je werkboek goed' });
  expect(screen.getByText('Je werkboek staat alleen op dit apparaat.')).toBeTruthy();
  expect(screen.getByText('Zet de app op je beginscherm. Dan blijft alles beter bewaard.')).toBeTruthy();
  expect(screen.getByText('Maak ook een reservekopie.')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: 'Begrepen' }));
  expect(screen.queryByRole('heading', { name: 'Let op: bewaar je werkboek goed' })).toBeNull();
  await waitFor(async () => expect((await db.device.get('device'))?.evictionWarnedAt).toBeTypeOf('number'));
  unmount();

  // Never again on this device.
  render(<EvictionWarning />);
  expect(await needsEvictionWarning()).toBe(false);
  expect(screen.queryByRole('heading', { name: 'Let op: bewaar je werkboek goed' })).toBeNull();
});

it('does not warn when storage is persistent, the device syncs, a backup is recent, or the device is new', async () => {
  const now = Date.now();
  expect(await needsEvictionWarning(now)).toBe(true);

  persisted = true;
  expect(await needsEvictionWarning(now)).toBe(false);
  persisted = false;

  await db.device.update('device', { syncEnabled: true });
  expect(await needsEvictionWarning(now)).toBe(false);
  await db.device.update('device', { syncEnabled: false });

  // A profile that syncs keeps its workbook on the server too.
  const sealed = { iv: new Uint8Array(12), data: new Uint8Array(16) };
  await db.syncState.put({ profileId: 'p', server: '', workbookId: 'w', deviceId: 'd', token: 't', deviceName: 'tablet', keyEpoch: 0, workbookKey: sealed, cursor: 0, nextBatch: 1, nextChange: 1, lastSyncedAt: null, lastError: null });
  expect(await needsEvictionWarning(now)).toBe(false);
  await db.syncState.clear();

  await db.device.update('device', { lastBackupAt: now - RECENT_BACKUP_MS + DAY });
  expect(await needsEvictionWarning(now)).toBe(false);
  await db.device.update('device', { lastBackupAt: now - RECENT_BACKUP_MS - DAY });
  expect(await needsEvictionWarning(now)).toBe(true);

  await db.device.update('device', { createdAt: now - NEW_DEVICE_GRACE_MS + 60_000 });
  expect(await needsEvictionWarning(now)).toBe(false);
});

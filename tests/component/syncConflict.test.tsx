/** Two versions of a SOS-kaart field after sync: both shown side by side, one kept. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, expect, it } from 'vitest';
import { open } from '../../src/core/crypto';
import { db } from '../../src/core/db';
import { listProfiles, type ProfileCard } from '../../src/core/profiles';
import { getSosCard, setSosField } from '../../src/core/sos';
import { storePulled, type SyncSession } from '../../src/core/sync/engine';
import type { Change } from '../../src/core/sync/merge';
import { encryptPayload, importWorkbookKey, newWorkbookKeyBytes, serverRecordId } from '../../src/core/sync/payload';
import { saveSyncState } from '../../src/core/sync/setup';
import { requireVault } from '../../src/core/vault';
import { SosCardPage } from '../../src/ui/features/sos/SosCardPage';
import { STRINGS } from '../../src/ui/features/sync/strings';
import { setUpParticipant } from './exercises/harness';

const s = STRINGS.nl;
let profile: ProfileCard;

beforeEach(async () => {
  await setUpParticipant();
  profile = (await listProfiles())[0]!;
});

it('shows both versions of a SOS-kaart field changed on two devices, and keeps the chosen one', async () => {
  const { profileId, key } = requireVault();
  const keyBytes = newWorkbookKeyBytes();
  const local = { db, profileId, key };
  await saveSyncState(local, { server: 'http://x', workbookId: 'w', deviceId: 'tablet', token: 't', deviceName: 'Tablet', keyEpoch: 0, keyBytes });
  await setSosField('safePlace', 'Thuis op de bank');

  // The server's log: this device's change, then the phone's change made without seeing it.
  const keys = await importWorkbookKey(keyBytes);
  const recordId = await serverRecordId(keys, 'card:sos');
  const mine = await open<Change>((await db.outbox.toArray())[0]!, key);
  const phone: Change = { id: 'phone.1', localId: 'card:sos', table: 'records', kind: 'card', device: 'Telefoon', at: Date.now(), fields: { safePlace: { value: 'Bij mijn zus', replaces: [] } } };
  const session: SyncSession = { ...local, keys, transport: () => Promise.reject(new Error('offline')) };
  const log = await Promise.all(
    [mine, phone].map(async (change, i) => ({ version: i + 1, recordId, deviceId: change.id.split('.')[0]!, deleted: false, payload: await encryptPayload(keys, change, recordId), at: new Date().toISOString() })),
  );
  await storePulled(session, { changes: log, more: false, version: 2 });

  render(<SosCardPage profile={profile} />);
  const region = await screen.findByRole('region', { name: s.otherTitle });
  const versions = within(region);
  expect(versions.getByRole('heading', { name: s.mine }).parentElement!.textContent).toContain('Thuis op de bank');
  const other = versions.getByRole('heading', { name: s.other }).parentElement!;
  expect(other.textContent).toContain('Bij mijn zus');
  expect(other.textContent).toContain('Telefoon');

  fireEvent.click(within(other).getByRole('button', { name: s.keep }));
  await waitFor(() => expect(screen.queryByRole('region', { name: s.otherTitle })).toBeNull());
  expect((await getSosCard()).safePlace).toBe('Bij mijn zus');
  // The choice is a new change waiting for the server.
  const waiting = await Promise.all((await db.outbox.toArray()).map((row) => open<Change>(row, key)));
  expect(waiting.at(-1)!.fields!.safePlace!.replaces.sort()).toEqual([mine.id, 'phone.1'].sort());
});

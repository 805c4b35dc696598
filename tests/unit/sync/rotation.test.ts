/** A lost device is unlinked and the workbook moves to a new key; the others follow by code. */
import { describe, expect, it } from 'vitest';
import { open } from '../../../src/core/crypto';
import { openSession, syncOnce, type SyncSession } from '../../../src/core/sync/engine';
import { writeRecord, type LocalProfile } from '../../../src/core/sync/local';
import { rotateKey, takeNewKey } from '../../../src/core/sync/rotation';
import { claimPairing, enableSync, offerPairing, revokeDevice, saveSyncState } from '../../../src/core/sync/setup';
import type { Transport } from '../../../src/core/sync/transport';
import { newClient, sessionOf, startServer } from './harness';

async function value(local: LocalProfile, id: string): Promise<unknown> {
  const row = await local.db.records.get([local.profileId, id]);
  return row ? open(row, local.key) : undefined;
}

async function pair(from: SyncSession, transport: Transport, name: string): Promise<SyncSession> {
  const { code } = await offerPairing(from);
  const local = await newClient(name);
  await saveSyncState(local, await claimPairing(transport, 'http://x', code, name));
  return sessionOf(local, transport);
}

describe('key rotation', () => {
  it('moves the workbook to a new key after a revoke; old and new devices read everything', { timeout: 120_000 }, async () => {
    const { transport } = await startServer();
    const a = await newClient('rot-a');
    await enableSync(a, transport, 'http://x', 'Tablet');
    let sa = await sessionOf(a, transport);
    let sb = await pair(sa, transport, 'Telefoon');
    const sc = await pair(sa, transport, 'Kwijt');
    await writeRecord(a, 'answer', 'answer:1', { text: 'voor de nieuwe sleutel' });
    for (const s of [sa, sb, sc]) await syncOnce(s);

    const lost = (await sc.db.syncState.get(sc.profileId))!.deviceId;
    await revokeDevice(sa, lost);
    sa = await rotateKey(sa);
    expect((await a.db.syncState.get(a.profileId))!.keyEpoch).toBe(1);

    // The phone wrote while the key changed: it is asked for a new code, and loses nothing.
    await writeRecord(sb, 'answer', 'answer:2', { text: 'van de telefoon' });
    await expect(syncOnce(sb)).rejects.toMatchObject({ code: 'key_rotated' });
    const { code } = await offerPairing(sa);
    await takeNewKey(sb, code);
    sb = (await openSession(sb, transport))!;
    await syncOnce(sb);
    await syncOnce(sa);
    expect(await value(a, 'answer:2')).toEqual({ text: 'van de telefoon' });
    expect(await value(sb, 'answer:1')).toEqual({ text: 'voor de nieuwe sleutel' });

    // A device that joins now has only the new key, and still gets everything.
    const sd = await pair(sa, transport, 'Nieuw');
    await syncOnce(sd);
    expect(await value(sd, 'answer:1')).toEqual({ text: 'voor de nieuwe sleutel' });
    expect(await value(sd, 'answer:2')).toEqual({ text: 'van de telefoon' });
    expect((await sd.db.syncState.get(sd.profileId))!.keyEpoch).toBe(1);

    await expect(syncOnce(sc)).rejects.toMatchObject({ code: 'revoked' });
  });
});

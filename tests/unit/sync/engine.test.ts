import { describe, expect, it } from 'vitest';
import { open } from '../../../src/core/crypto';
import { pendingCount, syncOnce } from '../../../src/core/sync/engine';
import { readShadow, viewOf, writeRecord, removeRecord, chooseVersion } from '../../../src/core/sync/local';
import { conflictsOf } from '../../../src/core/sync/merge';
import { claimPairing, enableSync, listDevices, offerPairing, revokeDevice, saveSyncState } from '../../../src/core/sync/setup';
import { newClient, sessionOf, startServer } from './harness';
import type { LocalProfile } from '../../../src/core/sync/local';

async function value(local: LocalProfile, id: string): Promise<unknown> {
  const row = await local.db.records.get([local.profileId, id]);
  return row ? open(row, local.key) : undefined;
}

describe('sync engine against the real server', () => {
  it('carries an edit from one device to another and keeps both versions of a concurrent edit', { timeout: 60_000 }, async () => {
    const server = await startServer();
    const a = await newClient('a');
    await writeRecord(a, 'answer', 'answer:x', { value: 'eerste', updatedAt: 1 });
    await enableSync(a, server.transport, 'http://x', 'Tablet');
    const sa = await sessionOf(a, server.transport);
    expect(await pendingCount(a)).toBe(1);
    const { code } = await offerPairing(sa);
    const b = await newClient('b');
    const joined = await claimPairing(server.transport, 'http://x', code, 'Telefoon');
    // The code is used: a second claim is refused.
    await expect(claimPairing(server.transport, 'http://x', code, 'Dief')).rejects.toMatchObject({ code: 'unknown_code' });
    await saveSyncState(b, joined);
    const sb = await sessionOf(b, server.transport);
    await syncOnce(sa);
    expect(await pendingCount(a)).toBe(0);
    await syncOnce(sb);
    expect(await value(b, 'answer:x')).toEqual({ value: 'eerste', updatedAt: 1 });

    await writeRecord(a, 'answer', 'answer:x', { value: 'van a', updatedAt: 2 });
    await writeRecord(b, 'answer', 'answer:x', { value: 'van b', updatedAt: 3 });
    await syncOnce(sa);
    await syncOnce(sb);
    await syncOnce(sa);
    expect(await value(a, 'answer:x')).toEqual(await value(b, 'answer:x'));
    const conflicts = conflictsOf(viewOf((await readShadow(a, 'answer:x')).shadow));
    expect(conflicts.map((c) => c.versions.map((v) => v.value))).toEqual([['van a', 'van b']]);

    await chooseVersion(a, 'answer:x', 'value', conflicts[0]!.versions[0]!.id);
    await syncOnce(sa);
    await syncOnce(sb);
    expect(await value(b, 'answer:x')).toEqual({ value: 'van a', updatedAt: 3 });
    expect(conflictsOf(viewOf((await readShadow(b, 'answer:x')).shadow))).toEqual([]);

    await removeRecord(b, 'answer:x');
    await writeRecord(a, 'answer', 'answer:x', { value: 'te laat', updatedAt: 4 });
    await syncOnce(sb);
    await syncOnce(sa);
    expect(await value(a, 'answer:x')).toBeUndefined();
    expect(await value(b, 'answer:x')).toBeUndefined();

    // A lost phone is unlinked: its next sync is refused and says why; its outbox stays.
    const phone = (await listDevices(sa)).find((d) => !d.self)!;
    expect(phone.name).toBe('');
    await revokeDevice(sa, phone.deviceId);
    await writeRecord(b, 'answer', 'answer:y', { value: 'na verlies' });
    await expect(syncOnce(sb)).rejects.toMatchObject({ code: 'revoked' });
    expect((await b.db.syncState.get(b.profileId))!.lastError).toBe('revoked');
    expect(await pendingCount(b)).toBe(1);
    expect((await listDevices(sa)).find((d) => d.deviceId === phone.deviceId)!.revoked).toBe(true);
  });
});

/** The outbox and the pull cursor: written in the same transaction as the data they belong to. */
import { describe, expect, it } from 'vitest';
import { open } from '../../../src/core/crypto';
import { pendingCount, pull, push, storePulled, syncOnce } from '../../../src/core/sync/engine';
import { writeMedia, writeRecord } from '../../../src/core/sync/local';
import { enableSync } from '../../../src/core/sync/setup';
import type { Transport } from '../../../src/core/sync/transport';
import { containsText, rawValues } from '../helpers';
import { newClient, sessionOf, startServer } from './harness';

describe('outbox and cursor', () => {
  it('a workbook without sync writes no outbox row and never calls a server', async () => {
    const local = await newClient('off');
    await writeRecord(local, 'answer', 'answer:x', { text: 'hallo' });
    await writeMedia(local, 'photo:1', 'photo', new Uint8Array([1, 2, 3]));
    expect(await local.db.outbox.count()).toBe(0);
    expect(await local.db.shadows.count()).toBe(0);
    expect(await local.db.syncState.count()).toBe(0);
  });

  it('writes the record and its sealed outbox row together, or neither', async () => {
    const server = await startServer();
    const local = await newClient('tx');
    await enableSync(local, server.transport, 'http://x', 'Tablet');
    await writeRecord(local, 'answer', 'answer:x', { text: 'KANARIE een' });
    expect(await pendingCount(local)).toBe(1);
    expect(containsText(await rawValues(local.db.name), 'KANARIE')).toBe(false);

    // A failure inside the transaction (here: the outbox refuses) leaves the record as it was.
    local.db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(writeRecord(local, 'answer', 'answer:x', { text: 'twee' })).rejects.toThrow();
    const row = await local.db.records.get([local.profileId, 'answer:x']);
    expect(await open(row!, local.key)).toEqual({ text: 'KANARIE een' });
    expect(await pendingCount(local)).toBe(1);
  });

  it('keeps an outbox row until the server acknowledged it, and a resent batch is applied once', async () => {
    const server = await startServer();
    const local = await newClient('ack');
    await enableSync(local, server.transport, 'http://x', 'Tablet');
    await writeRecord(local, 'answer', 'answer:x', { text: 'een' });
    let lose = true;
    const lossy: Transport = async (request) => {
      const answer = await server.transport(request);
      if (lose && request.path === '/api/sync/push') {
        lose = false;
        throw new Error('reply lost');
      }
      return answer;
    };
    const session = await sessionOf(local, lossy);
    await expect(push(session)).rejects.toThrow();
    expect(await pendingCount(local)).toBe(1);
    await push(session);
    expect(await pendingCount(local)).toBe(0);
    expect(await pull(session)).toBe(1);
  });

  it('stores pulled changes and the cursor together, and ignores a late copy of an answer', async () => {
    const server = await startServer();
    const a = await newClient('pa');
    await enableSync(a, server.transport, 'http://x', 'Tablet');
    await writeRecord(a, 'answer', 'answer:x', { text: 'een' });
    const session = await sessionOf(a, server.transport);
    await syncOnce(session);
    const state = await a.db.syncState.get(a.profileId);
    expect(state!.cursor).toBe(1);
    // The same page again (a duplicated reply) changes nothing.
    const page = (await server.transport({ method: 'GET', path: '/api/sync/pull?since=0&limit=10', token: state!.token })).body as Parameters<typeof storePulled>[1];
    expect(await storePulled(session, page)).toBe(0);
    expect((await a.db.syncState.get(a.profileId))!.cursor).toBe(1);
  });

  it('splits big photos over several pushes, and keeps a too big one on this device with a message', { timeout: 60_000 }, async () => {
    const server = await startServer();
    const local = await newClient('big');
    await enableSync(local, server.transport, 'http://x', 'Tablet');
    const photo = (fill: number, bytes: number) => new Uint8Array(bytes).fill(fill);
    for (let i = 1; i <= 3; i++) await writeMedia(local, `photo:${i}`, 'photo', photo(i, 2 * 1024 * 1024));
    await writeMedia(local, 'voice:long', 'voice', photo(9, 4 * 1024 * 1024));
    await writeRecord(local, 'answer', 'answer:after', { text: 'daarna' });
    const session = await sessionOf(local, server.transport);
    await expect(syncOnce(session)).rejects.toMatchObject({ code: 'too_large' });
    expect(await pendingCount(local)).toBe(0);
    expect((await local.db.syncState.get(local.profileId))!.lastError).toBe('too_large');
    // Everything else reached the server: 3 photos and the answer (plus nothing for the recording).
    const state = (await local.db.syncState.get(local.profileId))!;
    let since = 0;
    let count = 0;
    for (let more = true; more; ) {
      const page = (await server.transport({ method: 'GET', path: `/api/sync/pull?since=${since}&limit=500`, token: state.token })).body as { changes: unknown[]; more: boolean; version: number };
      count += page.changes.length;
      since = page.version;
      more = page.more;
    }
    expect(count).toBe(4);
    expect(await local.db.media.count()).toBe(4);
  });
});

/**
 * A new workbook key after a lost device was unlinked (PROTOCOL.md "Key rotation"). The
 * rotating device first sends and fetches everything, moves the server to the next key epoch,
 * fetches what others sent meanwhile (the server refuses older keys from then on), and puts the
 * merged state of every record under the new key, so a device that joins later can read it.
 * The other devices keep their data and changes, and get the new key by a code.
 */
import { openBytes, seal, sealBytes } from '../crypto';
import { pull, push, type SyncSession } from './engine';
import { readShadow } from './local';
import type { Change } from './merge';
import { importWorkbookKey, newWorkbookKeyBytes } from './payload';
import { claimNewKey } from './setup';
import { call, SyncError } from './transport';

/** Moves the workbook to a new key; returns the session that uses it. */
export async function rotateKey(session: SyncSession): Promise<SyncSession> {
  const { db, profileId, key } = session;
  await push(session);
  await pull(session);
  const state = await db.syncState.get(profileId);
  if (!state) throw new SyncError('not_syncing');
  const next = state.keyEpoch + 1;
  await call(session.transport, { method: 'POST', path: '/api/sync/rotate', token: state.token, body: { keyEpoch: next } });
  await pull(session, { duringRotation: true });

  const keyBytes = newWorkbookKeyBytes();
  const keys = await importWorkbookKey(keyBytes);
  const now = (await db.syncState.get(profileId))!;
  const snapshots: Change[] = [];
  let counter = now.nextChange;
  for (const row of await db.shadows.where('profileId').equals(profileId).toArray()) {
    const { shadow } = await readShadow(session, row.id);
    if (!shadow.server) continue;
    const change: Change = { id: `${now.deviceId}.${counter++}`, localId: row.id, table: shadow.server.table, kind: shadow.server.kind, device: now.deviceName, at: Date.now(), snapshot: shadow.server };
    if (shadow.server.table === 'media' && !shadow.server.deleted) {
      const media = await db.media.get([profileId, row.id]);
      if (media) change.bytes = toBase64(await openBytes(media, key));
    }
    snapshots.push(change);
  }
  const [sealedKey, oldKey, sealedChanges] = await Promise.all([
    sealBytes(keyBytes, key),
    Promise.resolve({ epoch: now.keyEpoch, ...now.workbookKey }),
    Promise.all(snapshots.map((change) => seal(change, key))),
  ]);
  await db.transaction('rw', [db.syncState, db.outbox], async () => {
    // An edit made meanwhile took a change number: start again rather than reuse it.
    if ((await db.syncState.get(profileId))?.nextChange !== now.nextChange) throw new SyncError('busy');
    await db.syncState.update(profileId, {
      workbookKey: sealedKey,
      keyEpoch: next,
      oldKeys: [...(now.oldKeys ?? []), oldKey],
      nextChange: counter,
    });
    for (const [i, change] of snapshots.entries()) await db.outbox.add({ profileId, localId: change.localId, ...sealedChanges[i]! });
  });
  const oldKeys = new Map(session.oldKeys);
  oldKeys.set(now.keyEpoch, session.keys);
  const rotated = { ...session, keys, oldKeys };
  await push(rotated);
  return rotated;
}

/** Takes the workbook's new key from a code shown on the device that rotated it. */
export async function takeNewKey(session: SyncSession, code: string): Promise<void> {
  const { db, profileId, key } = session;
  const state = await db.syncState.get(profileId);
  if (!state) throw new SyncError('not_syncing');
  const { keyBytes, keyEpoch } = await claimNewKey(session.transport, state.token, code);
  const sealedKey = await sealBytes(keyBytes, key);
  await db.syncState.update(profileId, {
    workbookKey: sealedKey,
    keyEpoch,
    oldKeys: [...(state.oldKeys ?? []), { epoch: state.keyEpoch, ...state.workbookKey }],
    lastError: null,
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

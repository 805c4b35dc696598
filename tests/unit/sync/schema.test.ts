/** Schema v2 (sync) upgrades a v1 database and keeps everything in it. */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { WorkbookDb } from '../../../src/core/db';

describe('schema v2', () => {
  it('opens a version 1 database with its rows intact and the sync tables empty', async () => {
    const name = 'schema-v1-fixture';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      device: 'id',
      profiles: 'id, createdAt',
      records: '[profileId+id], [profileId+kind], profileId',
      media: '[profileId+id], profileId',
    });
    const record = { profileId: 'p1', id: 'answer:x', kind: 'answer', updatedAt: 1, iv: new Uint8Array(12), data: new Uint8Array([1, 2, 3]) };
    await v1.table('records').put(record);
    await v1.table('media').put({ profileId: 'p1', id: 'photo:1', kind: 'photo', createdAt: 1, iv: new Uint8Array(12), data: new Uint8Array([4]) });
    v1.close();

    const v2 = new WorkbookDb(name);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.records.get(['p1', 'answer:x'])).toEqual(record);
    expect(await v2.media.count()).toBe(1);
    expect(await v2.outbox.count()).toBe(0);
    expect(await v2.syncState.count()).toBe(0);
    expect(await v2.shadows.count()).toBe(0);
    v2.close();
  });
});

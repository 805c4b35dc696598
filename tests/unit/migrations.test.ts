/**
 * Every earlier schema version upgrades: a committed database that the app wrote at that version
 * (tests/fixtures/db/vN.json, see make-v1.ts) is loaded into raw IndexedDB exactly as it was,
 * the current WorkbookDb opens it, and every participant's data is found again.
 * A new schema version adds one line to FIXTURES.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { getAnswer } from '../../src/core/answers';
import { getDraft, listCheckInDays } from '../../src/core/checkins';
import { db } from '../../src/core/db';
import { getDevice } from '../../src/core/device';
import { getMedia } from '../../src/core/media';
import { listProfiles, unlockWithPin, unlockWithStaffCode } from '../../src/core/profiles';
import { getSosCard } from '../../src/core/sos';
import { lockVault } from '../../src/core/vault';
import { loadDatabase } from '../fixtures/db/dump';
import type { DbFixture } from '../fixtures/db/fixture';

/** Every earlier schema version, oldest first. */
const FIXTURES = ['v1.json'];

function readFixture(file: string): DbFixture {
  return JSON.parse(readFileSync(new URL(`../fixtures/db/${file}`, import.meta.url), 'utf8')) as DbFixture;
}

/** Replaces the app's database with the fixture's and opens it with the current schema. */
async function openFixture(fixture: DbFixture): Promise<void> {
  await lockVault();
  db.close({ disableAutoOpen: false });
  await loadDatabase(fixture.database, db.name);
  await db.open();
}

afterAll(async () => {
  await lockVault();
  await db.delete({ disableAutoOpen: false });
});

describe.each(FIXTURES)('a database written by schema %s', (file) => {
  const fixture = readFixture(file);

  it('is an earlier IndexedDB version than the current schema, or the same', () => {
    expect(fixture.database.version).toBe(fixture.schemaVersion * 10);
    expect(fixture.schemaVersion).toBeLessThanOrEqual(db.verno);
  });

  it('opens with the current schema and keeps the device, profiles and release state', async () => {
    await openFixture(fixture);
    expect(db.verno).toBeGreaterThanOrEqual(fixture.schemaVersion);
    const device = await getDevice();
    expect(device?.kind).toBe(fixture.expected.device.kind);
    expect(device?.organisation).toBe(fixture.expected.device.organisation);
    const profiles = await listProfiles();
    expect(profiles.map((p) => p.displayName).sort()).toEqual(fixture.expected.profiles.map((p) => p.displayName).sort());
    for (const expected of fixture.expected.profiles) {
      const card = profiles.find((p) => p.id === expected.id);
      expect(card?.program).toBe(expected.program);
      expect(card?.released).toEqual(expected.released);
    }
  });

  it.each(readFixture(file).expected.profiles.map((p) => [p.displayName, p] as const))('unlocks %s with the PIN and reads every answer, check-in, draft, card and media item', async (_name, expected) => {
    await openFixture(fixture);
    expect(await unlockWithPin(expected.id, expected.pin)).toEqual({ ok: true });
    for (const answer of expected.answers) expect(await getAnswer(answer.key)).toEqual(answer.value);
    const checkIns = (await listCheckInDays()).flatMap((day) => day.checkIns);
    expect(checkIns.map(({ mood, craving, note }) => ({ mood, craving, note })).sort((a, b) => a.note.localeCompare(b.note))).toEqual(
      [...expected.checkIns].sort((a, b) => a.note.localeCompare(b.note)),
    );
    if (expected.draft) expect(await getDraft()).toEqual(expected.draft);
    const sos = await getSosCard();
    expect(sos.safePlace).toBe(expected.sos.safePlace);
    expect(sos.reasons).toEqual(expected.sos.reasons);
    for (const item of expected.media) {
      const media = await getMedia(item.id);
      expect(media?.kind).toBe(item.kind);
      expect(media?.type).toBe(item.type);
      expect(Buffer.from(await media!.blob.arrayBuffer()).toString('base64')).toBe(item.base64);
    }
  });

  it('still lets the trainer code open every profile', async () => {
    await openFixture(fixture);
    for (const expected of fixture.expected.profiles) {
      expect(await unlockWithStaffCode(expected.id, fixture.expected.device.staffCode)).toEqual({ ok: true });
      expect(await getAnswer(expected.answers[0]!.key)).toEqual(expected.answers[0]!.value);
    }
  });
});

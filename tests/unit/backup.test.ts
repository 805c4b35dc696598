/**
 * Backup round trip on real Dexie: a workbook exported from one device and imported on a fresh
 * one comes back complete — every record value, every media blob, the profile card — under a
 * new profile with a new PIN (and the staff key on a tablet); a second import is noticed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/core/answers';
import { AlreadyPresentError, exportWorkbook, openBackup, readBackupFile, restoreBackup, backupFileName } from '../../src/core/backup';
import { decodeBackup } from '../../src/core/backupFormat';
import { saveCheckIn, saveDraft } from '../../src/core/checkins';
import { db } from '../../src/core/db';
import { getDevice, setUpDevice } from '../../src/core/device';
import { confirmReward, setDayCounter } from '../../src/core/goals';
import { getMedia, saveMedia } from '../../src/core/media';
import { markSessionDone } from '../../src/core/progress';
import { createProfile, getProfile, unlockWithPin, unlockWithStaffCode } from '../../src/core/profiles';
import { getRecord } from '../../src/core/records';
import { setSosField } from '../../src/core/sos';
import { openWithStaffCode } from '../../src/core/staff';
import { addOwnThought } from '../../src/core/strengthThoughts';
import { lockVault, requireVault } from '../../src/core/vault';
import { freshDevice, rawValues } from './helpers';

const PASSWORD = 'fiets boom koffie';
const CLINIC_NUMBERS = [
  { label: 'Afdeling De Berk', number: '030 123 45 67' },
  { label: 'Alarmnummer', number: '112' },
];

/** Every record and media item of one profile, decrypted through the app's own functions. */
async function snapshot(profileId: string) {
  const recordRows = await db.records.where('profileId').equals(profileId).sortBy('id');
  const mediaRows = await db.media.where('profileId').equals(profileId).sortBy('id');
  const records = await Promise.all(recordRows.map(async (row) => ({ id: row.id, kind: row.kind, updatedAt: row.updatedAt, value: await getRecord(row.id) })));
  const media = await Promise.all(
    mediaRows.map(async (row) => {
      const item = (await getMedia(row.id))!;
      return { id: row.id, kind: row.kind, createdAt: row.createdAt, type: item.type, bytes: new Uint8Array(await item.blob.arrayBuffer()) };
    }),
  );
  return { records, media };
}

function bytesOf(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed * 7 + (i >> 8)) & 0xff;
  return bytes;
}

/** A participant with something of every kind: answers, check-ins, a draft, the SOS-kaart, goals, media. */
async function fillWorkbook(): Promise<string> {
  await setUpDevice({ kind: 'tablet', organisation: 'De Berk', crisisNumbers: CLINIC_NUMBERS, language: 'nl', staffCode: 'trainer-123' });
  const staff = await openWithStaffCode('trainer-123');
  if (!staff.ok) throw new Error('staff code');
  const photo = { type: 'image/jpeg', bytes: bytesOf(3000, 1) };
  const id = await createProfile({ displayName: 'Samira é', avatar: 'cat', photo, pin: '2468' }, staff.staffKey);
  await db.profiles.update(id, { released: ['1.1', '1.2', '2.4'] });
  await unlockWithPin(id, '2468');
  const drawing = await saveMedia('drawing', new Blob([bytesOf(40_000, 2)], { type: 'image/png' }));
  const picture = await saveMedia('photo', new Blob([bytesOf(120_000, 3)], { type: 'image/jpeg' }));
  const voice = await saveMedia('voice', new Blob([bytesOf(9_000, 4)], { type: 'audio/webm;codecs=opus' }));
  const empty = await saveMedia('photo', new Blob([], { type: '' }));
  await saveAnswer({ program: 'middelengebruik', session: '1.3', screen: 'nadelen' }, { chosen: ['geld'], own: ['Ruzie met mijn broer'] }, 1_700_000_000_000);
  await saveAnswer({ program: 'middelengebruik', session: '1.6', screen: 'vertrouwen-tekening' }, { media: drawing });
  await saveAnswer({ program: 'middelengebruik', session: '1.5', screen: 'belang' }, { level: 4, why: { text: '', voice } });
  await saveAnswer({ program: 'middelengebruik', session: '2.9', screen: 'foto' }, { photos: [picture, empty], emoji: 'Zo voelt het 😊 “goed”' });
  await saveCheckIn({ mood: 4, emotion: 6, craving: 3, note: 'Rustige dag.\nMet een tweede regel.' }, 1_700_000_100_000);
  await saveCheckIn({ mood: 'unknown', craving: null, note: '' }, 1_700_000_200_000);
  await saveDraft({ mood: 2, craving: 7, note: 'half af' });
  await setSosField('name', 'Samira');
  await setSosField('helpers', [{ name: 'Lotte', phone: '06 1234 5678' }]);
  await setSosField('pictures', [picture]);
  await confirmReward({ id: 'stap-1', text: 'Een dag niet', reward: 'Film' }, 'Kees', 1_700_000_300_000);
  await setDayCounter({ startDay: '2026-01-05', centsPerDay: 750, slipDays: ['2026-02-01'] });
  await addOwnThought('Ik kan dit');
  await markSessionDone('middelengebruik', '1.1');
  return id;
}

// Several PBKDF2 derivations per test (600,000 and 310,000 iterations): slow on a busy 2-core machine.
describe('backup and move', { timeout: 60_000 }, () => {
  beforeEach(freshDevice);

  it('restores every record, every media blob and the profile card on a fresh device', async () => {
    const sourceId = await fillWorkbook();
    const before = await snapshot(sourceId);
    const card = (await getProfile(sourceId))!;
    expect(before.records.length).toBeGreaterThanOrEqual(10);
    expect(before.media).toHaveLength(4);

    const { blob, fileName } = await exportWorkbook(PASSWORD);
    expect(fileName).toMatch(/^mijn-werkboek-samira-e-\d{4}-\d{2}-\d{2}\.mwb$/);
    expect((await db.device.get('device'))?.lastBackupAt).toBeGreaterThan(0);
    const file = await readBackupFile(blob);
    // Nothing of the workbook is readable in the file.
    const asText = new TextDecoder('latin1').decode(file);
    for (const secret of ['Samira', 'Rustige dag', 'Lotte', 'geld', 'answer:', 'checkin']) expect(asText).not.toContain(secret);

    // A new device: nothing there yet, not even the device settings.
    await freshDevice();
    expect(await rawValues()).toEqual([]);
    const opened = await openBackup(file, PASSWORD);
    expect(opened.present).toBeUndefined();
    expect(await rawValues()).toEqual([]); // opening writes nothing
    const newId = await restoreBackup(opened, { pin: '13579', language: 'en' });
    expect(newId).not.toBe(sourceId);

    // The device is set up as an own phone with the clinic's crisis numbers.
    expect(await getDevice()).toMatchObject({ kind: 'phone', crisisNumbers: CLINIC_NUMBERS, language: 'en' });
    // The profile card.
    const restored = (await getProfile(newId))!;
    expect({ ...restored, id: sourceId }).toEqual(card);
    expect(restored.photo!.bytes).toEqual(card.photo!.bytes);

    // The new PIN opens it, the old one does not.
    expect(await unlockWithPin(newId, '2468')).toMatchObject({ ok: false });
    expect(await unlockWithPin(newId, '13579')).toEqual({ ok: true });
    const after = await snapshot(newId);
    expect(after.records).toEqual(before.records);
    expect(after.media.map(({ bytes, ...rest }) => rest)).toEqual(before.media.map(({ bytes, ...rest }) => rest));
    after.media.forEach((item, i) => expect(Buffer.from(item.bytes).equals(Buffer.from(before.media[i]!.bytes)), item.id).toBe(true));
  });

  it('keeps the workbook id across moves, so a second import is noticed and never merged', async () => {
    await fillWorkbook();
    const file = await readBackupFile((await exportWorkbook(PASSWORD)).blob);
    await lockVault();
    // On the same device the workbook is already there.
    const again = await openBackup(file, PASSWORD);
    expect(again.present?.displayName).toBe('Samira é');
    const raw = await rawValues();
    await expect(restoreBackup(again, { pin: '1111' })).rejects.toBeInstanceOf(AlreadyPresentError);
    expect(await rawValues()).toEqual(raw);

    // Asked for, it is added as a second, separate profile.
    const second = await restoreBackup(again, { pin: '1111', alongside: true });
    expect(await db.profiles.count()).toBe(2);
    await unlockWithPin(second, '1111');
    // Exported from the copy, the workbook id stays the same.
    const fromCopy = await decodeBackup(await readBackupFile((await exportWorkbook(PASSWORD)).blob), PASSWORD);
    const original = await decodeBackup(file, PASSWORD);
    expect(fromCopy.document.workbookId).toBe(original.document.workbookId);
    expect(fromCopy.document.records).toEqual(original.document.records);
  });

  it('wraps the restored key with the staff key on a tablet, so the trainer code opens it', async () => {
    await fillWorkbook();
    const file = await readBackupFile((await exportWorkbook(PASSWORD)).blob);
    await lockVault();
    await db.profiles.clear();
    await db.records.clear();
    await db.media.clear();
    const staff = await openWithStaffCode('trainer-123');
    if (!staff.ok) throw new Error('staff code');
    const id = await restoreBackup(await openBackup(file, PASSWORD), { pin: '8080', staffKey: staff.staffKey });
    expect(await unlockWithStaffCode(id, 'trainer-123')).toEqual({ ok: true });
    expect(requireVault().profileId).toBe(id);
    expect((await getRecord<{ name: string }>('card:sos'))?.name).toBe('Samira');
  });

  it('refuses a short password and names the file after the participant and the day', async () => {
    await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
    await unlockWithPin(await createProfile({ displayName: 'Jo', avatar: 'sun', pin: '1234' }), '1234');
    await expect(exportWorkbook('kort')).rejects.toThrow();
    expect(backupFileName('  Ölaf van der Berg! ', new Date(2026, 10, 3, 12).getTime())).toBe('mijn-werkboek-olaf-van-der-berg-2026-11-03.mwb');
    expect(backupFileName('***', new Date(2026, 0, 9).getTime())).toBe('mijn-werkboek-deelnemer-2026-01-09.mwb');
  });
});

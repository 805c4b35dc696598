/**
 * Backup and move: one participant's whole workbook in one password-encrypted file, and back.
 *
 * Export (`exportWorkbook`) reads the profile card (name, picture, program, opened sessions),
 * every record (decrypted: kind, id, updatedAt, value) and every media item (decrypted bytes and
 * MIME type) of one profile, plus the device's crisis numbers, and encrypts them with a password
 * the person chooses. The file format is described in backupFormat.ts.
 *
 * Import has three steps, and nothing is written before the last:
 * 1. `readBackupFile` refuses a file over BACKUP_MAX_BYTES before reading it into memory.
 * 2. `openBackup` checks format, version and integrity, then the password, then every field of
 *    the document (backupFormat.ts), and tells whether this workbook is already on the device
 *    (same workbook id: a profile's `workbookId`, or its `id` if it was made here).
 * 3. `restoreBackup` makes a NEW profile: new id, new data key wrapped by the new PIN and, when
 *    given, by the staff key. Every record and media item is sealed under the new key first;
 *    then one Dexie transaction writes the profile, the records, the media and (on a device that
 *    was never set up) the device row as an own phone. A failure anywhere leaves the database
 *    as it was. Nothing is ever merged into an existing profile. The new profile's `createdAt`
 *    is the time of the restore (it orders the grid on this device); the profile card, records
 *    and media keep their ids and times.
 *
 * The functions take an explicit `{ profileId, key }` so they do not depend on the vault; the
 * default is the unlocked profile.
 */
import { newKey, open, openBytes, seal, sealBytes, wrapKey, wrapKeyWithSecret } from './crypto';
import { db, type DeviceRow, type MediaRow, type ProfileRow, type RecordRow } from './db';
import { DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_CRISIS_NUMBERS } from './device';
import { flushDrafts } from './drafts';
import { packMedia, unpackMedia } from './media';
import { isValidPin } from './profiles';
import { requireVault } from './vault';
import {
  BACKUP_MAX_BYTES,
  BackupError,
  decodeBackup,
  encodeBackup,
  isValidBackupPassword,
  type BackupContents,
  type BackupDocument,
  type BackupMedia,
} from './backupFormat';

export { BACKUP_PASSWORD_MIN_LENGTH, BackupError, isValidBackupPassword, type BackupProblem } from './backupFormat';

/** Whose data: a profile and its (unwrapped) data key. */
export interface ProfileAccess {
  profileId: string;
  key: CryptoKey;
}

/** A finished export. */
export interface ExportedWorkbook {
  blob: Blob;
  fileName: string;
}

/** Exports one profile's workbook, encrypted with `password`. */
export async function exportWorkbook(password: string, access: ProfileAccess = requireVault(), now = Date.now()): Promise<ExportedWorkbook> {
  if (!isValidBackupPassword(password)) throw new Error('Backup password too short');
  await flushDrafts();
  const contents = await collectWorkbook(access, now);
  const blob = await encodeBackup(contents, password);
  // A recent backup means the warning about storage the browser may clear is not needed.
  await db.device.update('device', { lastBackupAt: now });
  return { blob, fileName: backupFileName(contents.document.profile.displayName, now) };
}

/** Reads one profile's workbook from the database, decrypted, as it goes into the file. */
export async function collectWorkbook({ profileId, key }: ProfileAccess, now = Date.now()): Promise<BackupContents> {
  const [row, device, recordRows, mediaRows] = await db.transaction('r', [db.profiles, db.device, db.records, db.media], () =>
    Promise.all([db.profiles.get(profileId), db.device.get('device'), db.records.where('profileId').equals(profileId).toArray(), db.media.where('profileId').equals(profileId).toArray()]),
  );
  if (!row) throw new Error('Unknown profile');
  const records = await Promise.all(recordRows.map(async (r) => ({ id: r.id, kind: r.kind, updatedAt: r.updatedAt, value: await open<unknown>(r, key) })));
  const media: BackupMedia[] = [];
  const bytes: Uint8Array[] = [];
  for (const m of mediaRows) {
    const { type, bytes: body } = unpackMedia(await openBytes(m, key));
    media.push({ id: m.id, kind: m.kind, createdAt: m.createdAt, type, size: body.length });
    bytes.push(body);
  }
  const document: BackupDocument = {
    format: 'mijn-werkboek',
    version: 1,
    workbookId: workbookIdOf(row),
    exportedAt: now,
    profile: {
      displayName: row.displayName,
      avatar: row.avatar,
      photo: row.photo ? { type: row.photo.type, base64: toBase64(row.photo.bytes) } : null,
      program: row.program,
      createdAt: row.createdAt,
      released: [...row.released],
    },
    crisisNumbers: device?.crisisNumbers ?? [],
    records,
    media,
  };
  return { document, media: bytes };
}

/** `mijn-werkboek-<name>-<YYYY-MM-DD>.mwb`, with the name in plain letters and digits. */
export function backupFileName(displayName: string, now = Date.now()): string {
  const name =
    displayName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30)
      .replace(/-+$/, '') || 'deelnemer';
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `mijn-werkboek-${name}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.mwb`;
}

/** Reads a picked file into memory, refusing one that is too big before reading it. */
export async function readBackupFile(file: Blob): Promise<Uint8Array> {
  if (file.size > BACKUP_MAX_BYTES) throw new BackupError('tooBig', `${file.size} bytes`);
  if (file.size === 0) throw new BackupError('empty', 'no bytes');
  return new Uint8Array(await file.arrayBuffer());
}

/** A checked, decrypted backup, ready to restore. */
export interface OpenedBackup extends BackupContents {
  /** The profile on this device that holds the same workbook, if any. */
  present?: { id: string; displayName: string };
}

/** Checks and decrypts a backup file; throws a BackupError naming the first problem. Writes nothing. */
export async function openBackup(file: Uint8Array, password: string): Promise<OpenedBackup> {
  const contents = await decodeBackup(file, password);
  return { ...contents, present: await findWorkbook(contents.document.workbookId) };
}

/** The profile that holds this workbook on this device, if any. */
async function findWorkbook(workbookId: string): Promise<OpenedBackup['present']> {
  const rows = await db.profiles.toArray();
  const row = rows.find((r) => workbookIdOf(r) === workbookId);
  return row && { id: row.id, displayName: row.displayName };
}

function workbookIdOf(row: ProfileRow): string {
  return row.workbookId ?? row.id;
}

/** How to restore. */
export interface RestoreOptions {
  /** The new PIN, 4-6 digits. */
  pin: string;
  /** The device's staff key, so a trainer or begeleider can help unlock the new profile. */
  staffKey?: CryptoKey;
  /** Must be true when the workbook is already on this device: it is then added as another profile. */
  alongside?: boolean;
  /** Language of the device row, when this restore also sets up a new device. */
  language?: string;
}

/** The workbook is on the device already and `alongside` was not given. */
export class AlreadyPresentError extends Error {
  constructor(readonly displayName: string) {
    super('This workbook is already on this device');
    this.name = 'AlreadyPresentError';
  }
}

/** Writes a checked backup as a new profile, all at once; returns the new profile id. */
export async function restoreBackup(backup: OpenedBackup, options: RestoreOptions, now = Date.now()): Promise<string> {
  if (!isValidPin(options.pin)) throw new Error('PIN must be 4-6 digits');
  const { document, media } = backup;
  // Everything is sealed before the transaction opens: awaiting WebCrypto inside it would let
  // IndexedDB commit the transaction early.
  const dataKey = await newKey('data');
  const profileId = crypto.randomUUID();
  const profile: ProfileRow = {
    id: profileId,
    displayName: document.profile.displayName.trim(),
    avatar: document.profile.photo ? 'photo' : document.profile.avatar,
    photo: document.profile.photo ? { type: document.profile.photo.type, bytes: fromBase64(document.profile.photo.base64) } : undefined,
    program: document.profile.program,
    createdAt: now,
    pinKey: await wrapKeyWithSecret(dataKey, options.pin),
    staffKey: options.staffKey ? await wrapKey(dataKey, options.staffKey) : undefined,
    failedTries: 0,
    nextTryAt: 0,
    released: [...document.profile.released],
    workbookId: document.workbookId,
  };
  const records: RecordRow[] = [];
  for (const r of document.records) records.push({ profileId, id: r.id, kind: r.kind, updatedAt: r.updatedAt, ...(await seal(r.value, dataKey)) });
  const mediaRows: MediaRow[] = [];
  for (const [i, m] of document.media.entries()) mediaRows.push({ profileId, id: m.id, kind: m.kind, createdAt: m.createdAt, ...(await sealBytes(packMedia(m.type, media[i]!), dataKey)) });
  const newDevice: DeviceRow = {
    id: 'device',
    kind: 'phone',
    organisation: '',
    crisisNumbers: document.crisisNumbers.length ? document.crisisNumbers : [...DEFAULT_CRISIS_NUMBERS],
    language: options.language ?? 'nl',
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES.phone,
    persisted: null,
    staffFailedTries: 0,
    staffNextTryAt: 0,
    createdAt: now,
  };

  await db.transaction('rw', [db.device, db.profiles, db.records, db.media], async () => {
    // Checked again inside the transaction: another tab may have restored it meanwhile.
    const present = (await db.profiles.toArray()).find((r) => workbookIdOf(r) === document.workbookId);
    if (present && !options.alongside) throw new AlreadyPresentError(present.displayName);
    if (!(await db.device.get('device'))) await db.device.add(newDevice);
    await db.profiles.add(profile);
    await db.records.bulkAdd(records);
    await db.media.bulkAdd(mediaRows);
  });
  return profileId;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

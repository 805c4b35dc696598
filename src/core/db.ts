/**
 * All IndexedDB access of the app goes through this module's Dexie database "mijn-werkboek".
 *
 * Schema v1 — what lives where:
 * - `device`   key `id` = 'device'. Plain (needed before anyone unlocks): device kind
 *              (phone / tablet), organisation name, crisis numbers, language, auto-lock minutes,
 *              display settings (text size, contrast, left-handed, reading speed; optional fields),
 *              whether storage is persistent, and the staff key wrapped by a key derived from the
 *              trainer code (the code itself is never stored), plus staff-code throttling.
 * - `profiles` key `id` (random UUID). Plain: display name (or initials) and avatar (a pictogram
 *              id, or 'photo' with a small JPEG in `photo`) shown on the locked grid, program, creation time, PIN throttling,
 *              and for a profile restored from a backup the `workbookId` it came from. Encrypted: nothing, but it
 *              holds the participant's data key twice in wrapped form (PIN-wrapped and
 *              staff-wrapped); see crypto.ts.
 * - `records`  key [profileId+id]. Encrypted: `iv` + `data` are an AES-GCM ciphertext of the
 *              record's JSON under that participant's data key. Plain: `kind` (e.g. 'checkin',
 *              'draft') and `updatedAt`, so a list can be read without decrypting everything.
 * - `media`    key [profileId+id]. Encrypted: `iv` + `data` are an AES-GCM ciphertext of the bytes
 *              of a drawing, photo or voice recording. Plain: `kind`, `createdAt`.
 *
 * Release state (which sessions a trainer has opened) lives in `profiles.released`, in the clear,
 * because the trainer sets it without the participant's key.
 *
 * Schema v2 adds optional sync (src/core/sync/; nothing is written to these tables until a
 * workbook's sync is turned on):
 * - `syncState` key `profileId`. Plain: server origin, workbook id, this device's id and token,
 *              key epoch, pull cursor, batch and change counters, last result. Encrypted: the
 *              workbook key (raw bytes sealed with the participant's data key).
 * - `shadows`  key [profileId+id] (the local record or media id). Encrypted: the merged server
 *              state of the record (every field with its open versions) and this device's
 *              changes not yet seen back from the server. Plain: nothing else.
 * - `outbox`   key `seq` (auto-increment). Plain: `profileId`, `localId`, the push batch it was
 *              put in (`batch`, absent until sent). Encrypted: the change itself (`iv` + `data`,
 *              under the data key). Written in the same transaction as the edit; deleted only
 *              after the server acknowledged its batch.
 *
 * Schema changes only append a new `version(n)`; never edit an earlier one.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { SecretWrappedKey, WrappedKey } from './crypto';

/** What kind of device this is, chosen at first run. */
export type DeviceKind = 'phone' | 'tablet';

/** A phone number the clinic wants shown on every screen. */
export interface CrisisNumber {
  label: string;
  number: string;
}

/** Device-wide settings (one row). */
export interface DeviceRow {
  id: 'device';
  kind: DeviceKind;
  organisation: string;
  crisisNumbers: CrisisNumber[];
  language: string;
  autoLockMinutes: number;
  /** Result of navigator.storage.persist(); null until first asked. */
  persisted: boolean | null;
  /** The staff key wrapped with the trainer code; absent on a phone without a helper code. */
  staffKey?: SecretWrappedKey;
  staffFailedTries: number;
  staffNextTryAt: number;
  createdAt: number;
  /**
   * Plain, optional, not indexed (no schema version needed). When the last backup of this
   * device's workbooks was made; set by the backup feature (see eviction.ts).
   */
  lastBackupAt?: number;
  /** True while this device syncs its workbooks with a server; set by the sync feature. */
  syncEnabled?: boolean;
  /** When the person was told that the browser may clear the workbook (shown once). */
  evictionWarnedAt?: number;
  /** How the screen looks and reads (plain, optional: absent means the default). */
  textSize?: TextSize;
  contrast?: Contrast;
  /** Main Terug / Verder buttons mirrored for use with the left thumb. */
  leftHanded?: boolean;
  readingSpeed?: ReadingSpeed;
}

/** Text size setting: the whole layout scales with it. */
export type TextSize = 'normal' | 'large' | 'extraLarge';
/** Colour theme setting. */
export type Contrast = 'normal' | 'high';
/** Read-aloud speed setting. */
export type ReadingSpeed = 'slow' | 'normal';

/** A small square photo used as a profile picture (bytes, not a Blob, so any IndexedDB can clone it). */
export interface ProfilePhoto {
  type: string;
  bytes: Uint8Array;
}

/** A participant profile on this device. */
export interface ProfileRow {
  id: string;
  displayName: string;
  /** A pictogram id, or 'photo' when `photo` holds the picture. */
  avatar: string;
  photo?: ProfilePhoto;
  program: string;
  createdAt: number;
  pinKey: SecretWrappedKey;
  staffKey?: WrappedKey;
  failedTries: number;
  nextTryAt: number;
  /** Session ids opened for this participant (on a group tablet; a phone opens everything). */
  released: string[];
  /** Hidden from the grid by the trainer; restorable (a plain field, no index). */
  archived?: boolean;
  /**
   * Set on a profile restored from a backup: the id of the workbook it came from, kept across
   * moves so a second import of the same workbook is noticed. Absent: the workbook id is `id`.
   */
  workbookId?: string;
}

/** One encrypted record of one participant. */
export interface RecordRow {
  profileId: string;
  id: string;
  kind: string;
  updatedAt: number;
  iv: Uint8Array;
  data: Uint8Array;
}

/** One encrypted media blob (drawing, photo, recording) of one participant. */
export interface MediaRow {
  profileId: string;
  id: string;
  kind: 'drawing' | 'photo' | 'voice';
  createdAt: number;
  iv: Uint8Array;
  data: Uint8Array;
}

/** Sync settings and progress of one profile (schema v2). */
export interface SyncStateRow {
  profileId: string;
  server: string;
  workbookId: string;
  deviceId: string;
  token: string;
  deviceName: string;
  keyEpoch: number;
  /** The workbook key's raw bytes sealed with the participant's data key. */
  workbookKey: { iv: Uint8Array; data: Uint8Array };
  /** Earlier workbook keys (after a rotation), sealed the same way, to read older changes. */
  oldKeys?: { epoch: number; iv: Uint8Array; data: Uint8Array }[];
  /** Highest server version stored on this device. */
  cursor: number;
  /** Number of the next push batch. */
  nextBatch: number;
  /** Number of the next change made on this device. */
  nextChange: number;
  lastSyncedAt: number | null;
  /** The last refusal or failure, as an error code (null after a good sync). */
  lastError: string | null;
}

/** The merged sync state of one record or media item (schema v2). */
export interface ShadowRow {
  profileId: string;
  id: string;
  iv: Uint8Array;
  data: Uint8Array;
}

/** One change waiting for the server (schema v2). */
export interface OutboxRow {
  seq?: number;
  profileId: string;
  localId: string;
  batch?: number;
  iv: Uint8Array;
  data: Uint8Array;
}

/** Name of the IndexedDB database. */
export const DB_NAME = 'mijn-werkboek';

/** The app's Dexie database. */
export class WorkbookDb extends Dexie {
  device!: EntityTable<DeviceRow, 'id'>;
  profiles!: EntityTable<ProfileRow, 'id'>;
  records!: Dexie.Table<RecordRow, [string, string]>;
  media!: Dexie.Table<MediaRow, [string, string]>;
  syncState!: EntityTable<SyncStateRow, 'profileId'>;
  shadows!: Dexie.Table<ShadowRow, [string, string]>;
  outbox!: Dexie.Table<OutboxRow, number>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      device: 'id',
      profiles: 'id, createdAt',
      records: '[profileId+id], [profileId+kind], profileId',
      media: '[profileId+id], profileId',
    });
    this.version(2).stores({
      syncState: 'profileId',
      shadows: '[profileId+id], profileId',
      outbox: '++seq, profileId',
    });
  }
}

/** The single database instance of the app. */
export const db = new WorkbookDb();

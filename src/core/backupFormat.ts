/**
 * The backup file (`.mwb`): one participant's workbook in one password-encrypted file. This
 * module only turns a document into bytes and back; backup.ts reads and writes the database.
 *
 * Layout (all integers big-endian):
 *
 *   prefix  magic "MWBK\r\n\x1a\n" (8) | format version u16 | header length u16 | header
 *   check   SHA-256 of the prefix (32)
 *   body    AES-GCM-256 ciphertext (tag included); additional authenticated data = prefix + check
 *   end     SHA-256 of everything before it (32)
 *
 *   header of version 1 (41 bytes):
 *           kdf u8 (1 = PBKDF2-SHA-256) | iterations u32 | salt (16) | iv (12) | body length u64
 *
 *   plaintext of the body: document length u32 | document (JSON, UTF-8) | media bytes, one after
 *   another in the order of `document.media`, each `size` bytes long.
 *
 * The magic, version, header length and check are frozen for every future version, so an old
 * app can always tell "made by a newer version" from "damaged". Reading checks, in this order
 * and before any password is used: size, magic, the prefix check, version, header fields, the
 * file's exact length and the end hash. Any bit flip or truncation is therefore found (and named
 * "damaged") without the password, and an AES-GCM failure after that can only mean a wrong
 * password. The GCM tag (with the whole prefix as additional data) still authenticates
 * everything. Then the document is validated strictly: exact keys, types, lengths, id and kind
 * patterns, unique ids, counts, and media sizes that add up to the bytes present.
 *
 * Key: PBKDF2-SHA-256 over the password with a random 16-byte salt and BACKUP_KDF_ITERATIONS
 * (more than the PIN keys: this file can leave the device, and the password is longer).
 */
import { PIN_KDF_ITERATIONS } from './crypto';
import type { CrisisNumber, MediaRow } from './db';

/** The first eight bytes of every backup file. */
export const BACKUP_MAGIC = new Uint8Array([0x4d, 0x57, 0x42, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The format version this app writes and the newest it reads. */
export const BACKUP_FORMAT_VERSION = 1;
/** The largest file this app writes or reads (bytes). */
export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;
/** PBKDF2 iterations for a backup password. */
export const BACKUP_KDF_ITERATIONS = 600_000;
/** Iteration counts a file may ask for; more would freeze the device. */
const KDF_ITERATIONS_RANGE = [PIN_KDF_ITERATIONS, 5_000_000] as const;
/** Shortest backup password. */
export const BACKUP_PASSWORD_MIN_LENGTH = 10;

/** Most records and media items one file may hold. */
export const BACKUP_MAX_RECORDS = 50_000;
export const BACKUP_MAX_MEDIA = 5_000;

const PREFIX_FIXED_BYTES = 12;
const CHECK_BYTES = 32;
const HEADER_V1_BYTES = 41;
const END_BYTES = 32;
const MAX_HEADER_BYTES = 4096;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const GCM_TAG_BYTES = 16;
const KDF_PBKDF2_SHA256 = 1;

/** Why a file cannot be restored; the UI shows one plain sentence per problem. */
export type BackupProblem = 'empty' | 'foreign' | 'damaged' | 'newer' | 'tooBig' | 'wrongPassword' | 'invalid';

/** A file that cannot be restored; `problem` says why, the message is for developers only. */
export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'BackupError';
  }
}

/** The profile card of the participant, as it travels in the file. */
export interface BackupProfile {
  displayName: string;
  avatar: string;
  /** The profile picture, base64; null when a pictogram is used. */
  photo: { type: string; base64: string } | null;
  program: string;
  createdAt: number;
  released: string[];
}

/** One decrypted record. */
export interface BackupRecord {
  id: string;
  kind: string;
  updatedAt: number;
  value: unknown;
}

/** One media item; its bytes follow the document in the plaintext. */
export interface BackupMedia {
  id: string;
  kind: MediaRow['kind'];
  createdAt: number;
  /** MIME type, at most 255 bytes (media.ts keeps it in one length byte). */
  type: string;
  size: number;
}

/** Everything in a backup besides the media bytes. */
export interface BackupDocument {
  format: 'mijn-werkboek';
  version: 1;
  /** Stays the same across export and import, so a second import of one workbook is noticed. */
  workbookId: string;
  exportedAt: number;
  profile: BackupProfile;
  /** The crisis numbers of the device it came from (a new phone starts with them). */
  crisisNumbers: CrisisNumber[];
  records: BackupRecord[];
  media: BackupMedia[];
}

/** A document with its media bytes (same order as `document.media`). */
export interface BackupContents {
  document: BackupDocument;
  media: Uint8Array[];
}

/** What the plain header says. */
export interface BackupHeader {
  version: number;
  iterations: number;
  salt: Uint8Array;
  iv: Uint8Array;
  /** prefix + check: the additional authenticated data of the body. */
  aad: Uint8Array;
  body: Uint8Array;
}

const encoder = new TextEncoder();

/** Whether a password is long enough for a backup. */
export function isValidBackupPassword(password: string): boolean {
  return [...password].length >= BACKUP_PASSWORD_MIN_LENGTH;
}

/** Encrypts a document and its media into the bytes of one backup file. */
export async function encodeBackup(contents: BackupContents, password: string, iterations = BACKUP_KDF_ITERATIONS): Promise<Blob> {
  const json = encoder.encode(JSON.stringify(contents.document));
  const mediaBytes = contents.media.reduce((sum, m) => sum + m.length, 0);
  const plain = new Uint8Array(4 + json.length + mediaBytes);
  new DataView(plain.buffer).setUint32(0, json.length);
  plain.set(json, 4);
  let at = 4 + json.length;
  for (const bytes of contents.media) {
    plain.set(bytes, at);
    at += bytes.length;
  }
  return sealBackupPlaintext(plain, password, iterations);
}

/**
 * Encrypts any plaintext into a version-1 file. encodeBackup is the normal way in; this lower
 * step is exported so tests can make well-encrypted files with wrong contents.
 */
export async function sealBackupPlaintext(plain: Uint8Array, password: string, iterations = BACKUP_KDF_ITERATIONS): Promise<Blob> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveBackupKey(password, salt, iterations);
  const bodyLength = plain.length + GCM_TAG_BYTES;
  if (PREFIX_FIXED_BYTES + HEADER_V1_BYTES + CHECK_BYTES + bodyLength + END_BYTES > BACKUP_MAX_BYTES) {
    throw new BackupError('tooBig', `${bodyLength} bytes of body`);
  }
  const header = new Uint8Array(HEADER_V1_BYTES);
  const view = new DataView(header.buffer);
  view.setUint8(0, KDF_PBKDF2_SHA256);
  view.setUint32(1, iterations);
  header.set(salt, 5);
  header.set(iv, 21);
  view.setUint32(33, Math.floor(bodyLength / 2 ** 32));
  view.setUint32(37, bodyLength >>> 0);
  const prefix = prefixOf(BACKUP_FORMAT_VERSION, header);
  const aad = join([prefix, await sha256(prefix)]);
  const body = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, copy(plain)));
  const file = join([aad, body]);
  return new Blob([file, copy(await sha256(file))]);
}

/** Checks everything that needs no password; throws a BackupError naming the first problem. */
export async function readBackupHeader(file: Uint8Array): Promise<BackupHeader> {
  if (file.length === 0) throw new BackupError('empty', 'no bytes');
  if (file.length > BACKUP_MAX_BYTES) throw new BackupError('tooBig', `${file.length} bytes`);
  const magicPart = file.subarray(0, BACKUP_MAGIC.length);
  if (!magicPart.every((byte, i) => byte === BACKUP_MAGIC[i])) throw new BackupError('foreign', 'no magic');
  if (file.length < PREFIX_FIXED_BYTES) throw new BackupError('damaged', 'cut off in the magic or version');
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const version = view.getUint16(8);
  const headerLength = view.getUint16(10);
  if (headerLength > MAX_HEADER_BYTES) throw new BackupError('damaged', `header length ${headerLength}`);
  const bodyOffset = PREFIX_FIXED_BYTES + headerLength + CHECK_BYTES;
  if (file.length < bodyOffset) throw new BackupError('damaged', 'cut off in the header');
  const prefix = file.subarray(0, PREFIX_FIXED_BYTES + headerLength);
  if (!equalBytes(await sha256(prefix), file.subarray(prefix.length, bodyOffset))) throw new BackupError('damaged', 'header check differs');
  if (version === 0) throw new BackupError('damaged', 'version 0');
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer', `version ${version}`);
  if (headerLength !== HEADER_V1_BYTES) throw new BackupError('damaged', `header length ${headerLength} for version 1`);
  const header = file.subarray(PREFIX_FIXED_BYTES, PREFIX_FIXED_BYTES + headerLength);
  const kdf = view.getUint8(PREFIX_FIXED_BYTES);
  const iterations = view.getUint32(PREFIX_FIXED_BYTES + 1);
  if (kdf !== KDF_PBKDF2_SHA256) throw new BackupError('damaged', `kdf ${kdf}`);
  if (iterations < KDF_ITERATIONS_RANGE[0] || iterations > KDF_ITERATIONS_RANGE[1]) throw new BackupError('damaged', `${iterations} iterations`);
  const bodyLength = view.getUint32(PREFIX_FIXED_BYTES + 33) * 2 ** 32 + view.getUint32(PREFIX_FIXED_BYTES + 37);
  if (bodyLength > BACKUP_MAX_BYTES) throw new BackupError('tooBig', `declared body of ${bodyLength} bytes`);
  if (bodyLength < GCM_TAG_BYTES + 4) throw new BackupError('damaged', `declared body of ${bodyLength} bytes`);
  const endOffset = bodyOffset + bodyLength;
  if (file.length < endOffset + END_BYTES) throw new BackupError('damaged', `incomplete: ${file.length} of ${endOffset + END_BYTES} bytes`);
  if (file.length > endOffset + END_BYTES) throw new BackupError('damaged', `${file.length - endOffset - END_BYTES} bytes too many`);
  if (!equalBytes(await sha256(file.subarray(0, endOffset)), file.subarray(endOffset))) throw new BackupError('damaged', 'end hash differs');
  return {
    version,
    iterations,
    salt: header.subarray(5, 21),
    iv: header.subarray(21, 33),
    aad: file.subarray(0, bodyOffset),
    body: file.subarray(bodyOffset, endOffset),
  };
}

/** Checks, decrypts and validates a backup file; throws a BackupError naming the first problem. */
export async function decodeBackup(file: Uint8Array, password: string): Promise<BackupContents> {
  const header = await readBackupHeader(file);
  const key = await deriveBackupKey(password, header.salt, header.iterations);
  let plain: Uint8Array;
  try {
    const body = copy(header.body);
    plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: copy(header.iv), additionalData: copy(header.aad) }, key, body));
  } catch {
    // The end hash matched, so the bytes are as written: the key is wrong.
    throw new BackupError('wrongPassword', 'GCM tag check failed');
  }
  return parsePlaintext(plain);
}

function parsePlaintext(plain: Uint8Array): BackupContents {
  if (plain.length < 4) throw new BackupError('invalid', 'plaintext shorter than its length field');
  const jsonLength = new DataView(plain.buffer, plain.byteOffset, plain.byteLength).getUint32(0);
  if (jsonLength > plain.length - 4) throw new BackupError('invalid', `document length ${jsonLength} beyond the plaintext`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain.subarray(4, 4 + jsonLength)));
  } catch {
    throw new BackupError('invalid', 'document is not JSON');
  }
  const document = validateDocument(json);
  const media: Uint8Array[] = [];
  let at = 4 + jsonLength;
  for (const item of document.media) {
    if (item.size > plain.length - at) throw new BackupError('invalid', `media ${item.id} runs past the end`);
    media.push(plain.subarray(at, at + item.size));
    at += item.size;
  }
  if (at !== plain.length) throw new BackupError('invalid', `${plain.length - at} bytes after the last media item`);
  return { document, media };
}

/** Derives the file key from the password. */
async function deriveBackupKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: copy(salt), iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

function prefixOf(version: number, header: Uint8Array): Uint8Array {
  const prefix = new Uint8Array(PREFIX_FIXED_BYTES + header.length);
  prefix.set(BACKUP_MAGIC, 0);
  const view = new DataView(prefix.buffer);
  view.setUint16(8, version);
  view.setUint16(10, header.length);
  prefix.set(header, PREFIX_FIXED_BYTES);
  return prefix;
}

function join(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', copy(bytes)));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** A fresh ArrayBuffer-backed copy, as WebCrypto's typings require. */
function copy(view: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(view);
}

// ---- strict validation of the decrypted document ----

const ID_PATTERN = /^[\w:./@+-]{1,300}$/;
const KIND_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
const WORD_PATTERN = /^[a-z0-9][a-z0-9.-]{0,79}$/i;
const WORKBOOK_ID_PATTERN = /^[A-Za-z0-9-]{1,100}$/;
const MIME_PATTERN = /^([a-z0-9.+-]+\/[a-z0-9.+-]+(;[ -~]{0,200})?)?$/i;
const BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const MAX_VALUE_DEPTH = 64;
const MEDIA_KINDS: readonly MediaRow['kind'][] = ['drawing', 'photo', 'voice'];

function invalid(path: string, what: string): never {
  throw new BackupError('invalid', `${path}: ${what}`);
}

function object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(path, 'not an object');
  const have = Object.keys(value);
  const extra = have.filter((key) => !keys.includes(key));
  const missing = keys.filter((key) => !have.includes(key));
  if (extra.length || missing.length) invalid(path, `keys differ (extra: ${extra.join(',')}; missing: ${missing.join(',')})`);
  return value as Record<string, unknown>;
}

function text(value: unknown, path: string, pattern?: RegExp, max = 1000, min = 0): string {
  if (typeof value !== 'string') invalid(path, 'not a string');
  if (value.length < min || value.length > max) invalid(path, `length ${value.length}`);
  if (pattern && !pattern.test(value)) invalid(path, 'wrong form');
  return value;
}

function time(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 8.64e15) invalid(path, 'not a time');
  return value;
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) invalid(path, 'not a list');
  if (value.length > max) throw new BackupError('tooBig', `${path}: ${value.length} items`);
  return value;
}

function unique(ids: string[], path: string): void {
  if (new Set(ids).size !== ids.length) invalid(path, 'ids repeat');
}

/** Any JSON value, but not nested deeper than MAX_VALUE_DEPTH (sealing walks it again). */
function jsonValue(value: unknown, path: string, depth = 0): unknown {
  if (depth > MAX_VALUE_DEPTH) invalid(path, 'nested too deep');
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : invalid(path, 'not a finite number');
  if (Array.isArray(value)) {
    value.forEach((item) => jsonValue(item, path, depth + 1));
    return value;
  }
  if (typeof value === 'object') {
    Object.values(value).forEach((item) => jsonValue(item, path, depth + 1));
    return value;
  }
  return invalid(path, 'not JSON');
}

/** Checks a parsed document field by field; throws BackupError 'invalid' or 'tooBig'. */
export function validateDocument(json: unknown): BackupDocument {
  const doc = object(json, 'document', ['format', 'version', 'workbookId', 'exportedAt', 'profile', 'crisisNumbers', 'records', 'media']);
  if (doc.format !== 'mijn-werkboek') invalid('format', 'not mijn-werkboek');
  if (doc.version !== 1) {
    if (typeof doc.version === 'number' && doc.version > 1) throw new BackupError('newer', `document version ${doc.version}`);
    invalid('version', 'not 1');
  }
  const profile = object(doc.profile, 'profile', ['displayName', 'avatar', 'photo', 'program', 'createdAt', 'released']);
  const displayName = text(profile.displayName, 'profile.displayName', undefined, 100, 1);
  if (displayName.trim() === '') invalid('profile.displayName', 'empty');
  let photo: BackupProfile['photo'] = null;
  if (profile.photo !== null) {
    const p = object(profile.photo, 'profile.photo', ['type', 'base64']);
    const base64 = text(p.base64, 'profile.photo.base64', BASE64_PATTERN, Math.ceil(MAX_PHOTO_BYTES / 3) * 4, 4);
    if (base64.length % 4 !== 0) invalid('profile.photo.base64', 'not base64');
    try {
      atob(base64);
    } catch {
      invalid('profile.photo.base64', 'not base64');
    }
    photo = { type: text(p.type, 'profile.photo.type', /^image\/[a-z0-9.+-]{1,40}$/), base64 };
  }
  const released = list(profile.released, 'profile.released', 1000).map((id, i) => text(id, `profile.released[${i}]`, ID_PATTERN, 100, 1));
  const crisisNumbers = list(doc.crisisNumbers, 'crisisNumbers', 20).map((entry, i) => {
    const n = object(entry, `crisisNumbers[${i}]`, ['label', 'number']);
    return { label: text(n.label, `crisisNumbers[${i}].label`, undefined, 100, 1), number: text(n.number, `crisisNumbers[${i}].number`, /^[\d +()-]{1,40}$/) };
  });
  const records = list(doc.records, 'records', BACKUP_MAX_RECORDS).map((entry, i): BackupRecord => {
    const r = object(entry, `records[${i}]`, ['id', 'kind', 'updatedAt', 'value']);
    return {
      id: text(r.id, `records[${i}].id`, ID_PATTERN, 300, 1),
      kind: text(r.kind, `records[${i}].kind`, KIND_PATTERN),
      updatedAt: time(r.updatedAt, `records[${i}].updatedAt`),
      value: jsonValue(r.value, `records[${i}].value`),
    };
  });
  unique(records.map((r) => r.id), 'records');
  const media = list(doc.media, 'media', BACKUP_MAX_MEDIA).map((entry, i): BackupMedia => {
    const m = object(entry, `media[${i}]`, ['id', 'kind', 'createdAt', 'type', 'size']);
    const kind = MEDIA_KINDS.find((k) => k === m.kind) ?? invalid(`media[${i}].kind`, 'unknown kind');
    const type = text(m.type, `media[${i}].type`, MIME_PATTERN, 255);
    if (encoder.encode(type).length > 255) invalid(`media[${i}].type`, 'too long');
    if (typeof m.size !== 'number' || !Number.isInteger(m.size) || m.size < 0 || m.size > BACKUP_MAX_BYTES) invalid(`media[${i}].size`, 'not a size');
    return { id: text(m.id, `media[${i}].id`, ID_PATTERN, 300, 1), kind, createdAt: time(m.createdAt, `media[${i}].createdAt`), type, size: m.size };
  });
  unique(media.map((m) => m.id), 'media');
  const avatar = text(profile.avatar, 'profile.avatar', WORD_PATTERN);
  if (avatar === 'photo' && !photo) invalid('profile.avatar', 'a photo avatar without a photo');
  return {
    format: 'mijn-werkboek',
    version: 1,
    workbookId: text(doc.workbookId, 'workbookId', WORKBOOK_ID_PATTERN),
    exportedAt: time(doc.exportedAt, 'exportedAt'),
    profile: {
      displayName,
      avatar,
      photo,
      program: text(profile.program, 'profile.program', WORD_PATTERN),
      createdAt: time(profile.createdAt, 'profile.createdAt'),
      released,
    },
    crisisNumbers,
    records,
    media,
  };
}

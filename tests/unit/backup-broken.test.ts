/**
 * Broken backup files: truncated, bit-flipped, foreign, empty, random, from a newer version,
 * too big, with a wrong password, or well encrypted around contents that are wrong. For each
 * one the import stops with the right problem (which has its own plain sentence in Dutch and
 * English) and the raw IndexedDB is exactly as before.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportWorkbook, openBackup, readBackupFile, restoreBackup } from '../../src/core/backup';
import { BACKUP_MAX_BYTES, BACKUP_MAX_MEDIA, BACKUP_MAX_RECORDS, BackupError, sealBackupPlaintext, type BackupProblem } from '../../src/core/backupFormat';
import { PIN_KDF_ITERATIONS } from '../../src/core/crypto';
import { setUpDevice } from '../../src/core/device';
import { saveAnswer } from '../../src/core/answers';
import { saveCheckIn } from '../../src/core/checkins';
import { saveMedia } from '../../src/core/media';
import { createProfile, unlockWithPin } from '../../src/core/profiles';
import { lockVault } from '../../src/core/vault';
import { STRINGS } from '../../src/ui/features/backup/strings';
import { freshDevice, rawValues } from './helpers';

const PASSWORD = 'drie woorden hier';
const HEADER_END = 12 + 41 + 32; // prefix, check: where the body starts

/** A broken file and what the importer must say about it. */
interface Case {
  name: string;
  file: () => Uint8Array | Blob | Promise<Uint8Array>;
  password?: string;
  expected: BackupProblem;
}

let valid: Uint8Array;
let before: unknown[];

beforeAll(async () => {
  // A device with a participant: the database every broken import must leave exactly as it is.
  await freshDevice();
  await setUpDevice({ kind: 'phone', organisation: '', crisisNumbers: [], language: 'nl' });
  await unlockWithPin(await createProfile({ displayName: 'Noor', avatar: 'sun', pin: '1357' }), '1357');
  await saveAnswer({ program: 'middelengebruik', session: '1.3', screen: 'nadelen' }, { chosen: ['geld'] });
  await saveCheckIn({ mood: 3, craving: 2, note: 'oké' });
  await saveMedia('drawing', new Blob([new Uint8Array(5000).fill(7)], { type: 'image/png' }));
  valid = await readBackupFile((await exportWorkbook(PASSWORD)).blob);
  await lockVault();
  before = await rawValues();
}, 60_000);

// ---- ways to break a file ----

function flipBit(position: number, bit: number): () => Uint8Array {
  return () => {
    const copy = new Uint8Array(valid);
    copy[position]! ^= 1 << bit;
    return copy;
  };
}

/** A seeded generator, so a failing case can be repeated. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed * 2654435761;
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** The valid file with its version and/or header changed, and the prefix check made right again. */
async function reframed(change: (view: DataView) => void): Promise<Uint8Array> {
  const copy = new Uint8Array(valid);
  change(new DataView(copy.buffer));
  const check = new Uint8Array(await crypto.subtle.digest('SHA-256', copy.slice(0, 12 + 41)));
  copy.set(check, 12 + 41);
  return copy;
}

/** A well-encrypted file around any plaintext (fewer iterations keep the test quick; still allowed). */
async function sealed(plain: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await (await sealBackupPlaintext(plain, PASSWORD, PIN_KDF_ITERATIONS)).arrayBuffer());
}

/** A plaintext: the document as JSON text, then media bytes. */
function plaintext(json: string, media: Uint8Array = new Uint8Array()): Uint8Array {
  const body = new TextEncoder().encode(json);
  const plain = new Uint8Array(4 + body.length + media.length);
  new DataView(plain.buffer).setUint32(0, body.length);
  plain.set(body, 4);
  plain.set(media, 4 + body.length);
  return plain;
}

/** A valid document, to change one thing at a time. */
function doc(change: (d: Record<string, any>) => void = () => {}): string {
  const d: Record<string, any> = {
    format: 'mijn-werkboek',
    version: 1,
    workbookId: 'a1b2c3',
    exportedAt: 1_700_000_000_000,
    profile: { displayName: 'Noor', avatar: 'sun', photo: null, program: 'middelengebruik', createdAt: 1, released: [] },
    crisisNumbers: [{ label: 'Alarmnummer', number: '112' }],
    records: [{ id: 'answer:x/1.1/a', kind: 'answer', updatedAt: 5, value: { text: 'hoi' } }],
    media: [{ id: 'drawing:1', kind: 'drawing', createdAt: 5, type: 'image/png', size: 3 }],
  };
  change(d);
  return JSON.stringify(d);
}

const THREE = new Uint8Array([1, 2, 3]);
const contents = (name: string, expected: BackupProblem, plain: () => Uint8Array): Case => ({ name, file: () => sealed(plain()), expected });

const truncations: Case[] = [];
const flips: Case[] = [];
const LAST = () => valid.length;
// Every cut in the plain header, then cuts spread over the body and at its very end.
for (let at = 0; at <= HEADER_END + 2; at++) truncations.push({ name: `cut after ${at} bytes`, file: () => valid.slice(0, at), expected: at === 0 ? 'empty' : 'damaged' });
for (const fraction of [0.1, 0.25, 0.33, 0.5, 0.66, 0.75, 0.9, 0.99]) truncations.push({ name: `cut at ${fraction} of the file`, file: () => valid.slice(0, Math.floor(LAST() * fraction)), expected: 'damaged' });
for (const fromEnd of [1, 2, 16, 31, 32, 33, 48]) truncations.push({ name: `last ${fromEnd} bytes cut`, file: () => valid.slice(0, LAST() - fromEnd), expected: 'damaged' });
truncations.push({ name: 'one byte too many', file: () => new Uint8Array([...valid, 0]), expected: 'damaged' });
truncations.push({ name: 'the file twice', file: () => new Uint8Array([...valid, ...valid]), expected: 'damaged' });

// A bit flip in each byte of the header (a different bit each time), then across the body and its end.
for (let at = 0; at < HEADER_END; at++) flips.push({ name: `bit ${at % 8} of header byte ${at}`, file: flipBit(at, at % 8), expected: at < 8 ? 'foreign' : 'damaged' });
const bodyPositions = (): number[] => Array.from({ length: 40 }, (_, i) => HEADER_END + Math.floor(((LAST() - HEADER_END) * i) / 40));
for (let i = 0; i < 40; i++) flips.push({ name: `bit ${(i * 3) % 8} of body position ${i}/40`, file: () => flipBit(bodyPositions()[i]!, (i * 3) % 8)(), expected: 'damaged' });
for (const fromEnd of [1, 8, 20, 32, 33, 40]) flips.push({ name: `bit 5 of byte ${fromEnd} from the end`, file: () => flipBit(LAST() - fromEnd, 5)(), expected: 'damaged' });

const foreign: Case[] = [
  { name: 'empty file', file: () => new Uint8Array(), expected: 'empty' },
  { name: 'a PNG picture', file: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(200, 1)]), expected: 'foreign' },
  { name: 'a ZIP file', file: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(300, 2)]), expected: 'foreign' },
  { name: 'a PDF', file: () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), expected: 'foreign' },
  { name: 'a plain text note', file: () => new TextEncoder().encode('Mijn werkboek\nboodschappen: brood, melk'), expected: 'foreign' },
  { name: 'the document as plain JSON', file: () => new TextEncoder().encode(doc()), expected: 'foreign' },
  { name: 'magic with a lower-case letter', file: () => new Uint8Array([0x6d, ...valid.slice(1)]), expected: 'foreign' },
  { name: 'the magic only', file: () => valid.slice(0, 8), expected: 'damaged' },
  { name: 'the magic, then random bytes', file: () => new Uint8Array([...valid.slice(0, 8), ...randomBytes(500, 3)]), expected: 'damaged' },
  { name: 'the header of a valid file, then random bytes', file: () => new Uint8Array([...valid.slice(0, HEADER_END), ...randomBytes(valid.length - HEADER_END, 4)]), expected: 'damaged' },
  { name: 'two valid files spliced', file: async () => new Uint8Array([...valid.slice(0, HEADER_END), ...(await other()).slice(HEADER_END)]), expected: 'damaged' },
  ...Array.from({ length: 20 }, (_, i): Case => ({ name: `random bytes #${i} (${[1, 5, 11, 12, 100, 4096][i % 6]! + i} bytes)`, file: () => randomBytes([1, 5, 11, 12, 100, 4096][i % 6]! + i, 100 + i), expected: 'foreign' })),
];

let otherFile: Uint8Array | undefined;
async function other(): Promise<Uint8Array> {
  otherFile ??= await sealed(plaintext(doc(), THREE));
  return otherFile;
}

const versions: Case[] = [
  ...[2, 3, 17, 255, 65535].map((version): Case => ({ name: `format version ${version}`, file: () => reframed((v) => v.setUint16(8, version)), expected: 'newer' })),
  { name: 'format version 0', file: () => reframed((v) => v.setUint16(8, 0)), expected: 'damaged' },
  { name: 'document version 2 inside a version 1 file', file: () => sealed(plaintext(doc((d) => (d.version = 2)), THREE)), expected: 'newer' },
];

const sizes: Case[] = [
  { name: 'declares a body of 10 GB', file: () => reframed((v) => (v.setUint32(12 + 33, 2), v.setUint32(12 + 37, 0x80000000))), expected: 'tooBig' },
  { name: 'declares the largest possible body', file: () => reframed((v) => (v.setUint32(12 + 33, 0xffffffff), v.setUint32(12 + 37, 0xffffffff))), expected: 'tooBig' },
  { name: 'declares one byte over the limit', file: () => reframed((v) => (v.setUint32(12 + 33, 0), v.setUint32(12 + 37, BACKUP_MAX_BYTES + 1))), expected: 'tooBig' },
  { name: 'declares a body one byte longer than it is', file: () => reframed((v) => v.setUint32(12 + 37, v.getUint32(12 + 37) + 1)), expected: 'damaged' },
  { name: 'declares a body of 3 bytes', file: () => reframed((v) => v.setUint32(12 + 37, 3)), expected: 'damaged' },
  { name: 'asks for 4 billion key iterations', file: () => reframed((v) => v.setUint32(12 + 1, 0xffffffff)), expected: 'damaged' },
  { name: 'asks for 1,000 key iterations', file: () => reframed((v) => v.setUint32(12 + 1, 1000)), expected: 'damaged' },
  { name: 'names an unknown key function', file: () => reframed((v) => v.setUint8(12, 2)), expected: 'damaged' },
  // Refused by its size alone: reading it would fail this case.
  { name: 'a file over 200 MB', file: () => ({ size: BACKUP_MAX_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('read a file that is too big')) }) as unknown as Blob, expected: 'tooBig' },
];

const passwords: Case[] = ['', 'x', 'drie woorden hie', 'drie woorden hier ', 'Drie woorden hier', 'DRIE WOORDEN HIER', 'drie  woorden hier', 'ḋrie woorden hier', 'drie woorden hier'.repeat(50)].map(
  (password): Case => ({ name: `wrong password ${JSON.stringify(password.slice(0, 24))}`, file: () => valid, password, expected: 'wrongPassword' }),
);

const wrongContents: Case[] = [
  // Bodies too short for any real file: found from the header, before the password.
  contents('nothing at all', 'damaged', () => new Uint8Array()),
  contents('three bytes', 'damaged', () => new Uint8Array([0, 0, 1])),
  contents('a document length beyond the end', 'invalid', () => {
    const plain = plaintext(doc(), THREE);
    new DataView(plain.buffer).setUint32(0, plain.length);
    return plain;
  }),
  contents('not JSON', 'invalid', () => plaintext('{"format": "mijn-werkboek", ', THREE)),
  contents('not UTF-8', 'invalid', () => {
    const plain = plaintext(doc(), THREE);
    plain[10] = 0xff;
    return plain;
  }),
  contents('JSON null', 'invalid', () => plaintext('null')),
  contents('a JSON list', 'invalid', () => plaintext('[1,2,3]')),
  contents('a JSON string', 'invalid', () => plaintext('"mijn-werkboek"')),
  contents('another format', 'invalid', () => plaintext(doc((d) => (d.format = 'ander-werkboek')), THREE)),
  contents('version as text', 'invalid', () => plaintext(doc((d) => (d.version = '1')), THREE)),
  contents('a missing field', 'invalid', () => plaintext(doc((d) => delete d.profile), THREE)),
  contents('an extra field', 'invalid', () => plaintext(doc((d) => (d.extra = true)), THREE)),
  contents('a bad workbook id', 'invalid', () => plaintext(doc((d) => (d.workbookId = '../../etc')), THREE)),
  contents('an empty name', 'invalid', () => plaintext(doc((d) => (d.profile.displayName = '   ')), THREE)),
  contents('a name of 5,000 letters', 'invalid', () => plaintext(doc((d) => (d.profile.displayName = 'a'.repeat(5000))), THREE)),
  contents('a photo that is not base64', 'invalid', () => plaintext(doc((d) => (d.profile.photo = { type: 'image/jpeg', base64: '!!!!' })), THREE)),
  contents('a photo avatar without a photo', 'invalid', () => plaintext(doc((d) => (d.profile.avatar = 'photo')), THREE)),
  contents('an opened session that is a number', 'invalid', () => plaintext(doc((d) => (d.profile.released = [12])), THREE)),
  contents('a crisis number with letters', 'invalid', () => plaintext(doc((d) => (d.crisisNumbers = [{ label: 'x', number: 'bel mij' }])), THREE)),
  contents('records that are not a list', 'invalid', () => plaintext(doc((d) => (d.records = {})), THREE)),
  contents('a record id that is a number', 'invalid', () => plaintext(doc((d) => (d.records[0].id = 7)), THREE)),
  contents('a record id of 1,000 characters', 'invalid', () => plaintext(doc((d) => (d.records[0].id = 'a'.repeat(1000))), THREE)),
  contents('a record kind with capitals', 'invalid', () => plaintext(doc((d) => (d.records[0].kind = 'Answer')), THREE)),
  contents('a negative time', 'invalid', () => plaintext(doc((d) => (d.records[0].updatedAt = -1)), THREE)),
  contents('an endless time', 'invalid', () => plaintext(doc().replace('"updatedAt":5', '"updatedAt":1e999'), THREE)),
  contents('a record without a value', 'invalid', () => plaintext(doc((d) => delete d.records[0].value), THREE)),
  contents('two records with one id', 'invalid', () => plaintext(doc((d) => d.records.push({ ...d.records[0] })), THREE)),
  contents('a value nested 200 deep', 'invalid', () => plaintext(doc((d) => (d.records[0].value = JSON.parse('['.repeat(200) + ']'.repeat(200)))), THREE)),
  contents('a media kind "video"', 'invalid', () => plaintext(doc((d) => (d.media[0].kind = 'video')), THREE)),
  contents('a media size of -1', 'invalid', () => plaintext(doc((d) => (d.media[0].size = -1)), THREE)),
  contents('a media size of 1.5', 'invalid', () => plaintext(doc((d) => (d.media[0].size = 1.5)), THREE)),
  contents('a media type of 300 characters', 'invalid', () => plaintext(doc((d) => (d.media[0].type = `image/${'x'.repeat(294)}`)), THREE)),
  contents('media bytes missing', 'invalid', () => plaintext(doc(), new Uint8Array([1, 2]))),
  contents('media bytes left over', 'invalid', () => plaintext(doc(), new Uint8Array([1, 2, 3, 4]))),
  contents('two media items with one id', 'invalid', () => plaintext(doc((d) => d.media.push({ ...d.media[0] })), new Uint8Array(6))),
  contents(`${BACKUP_MAX_RECORDS + 1} records`, 'tooBig', () =>
    plaintext(doc((d) => (d.records = Array.from({ length: BACKUP_MAX_RECORDS + 1 }, (_, i) => ({ id: `r${i}`, kind: 'answer', updatedAt: 1, value: 0 })))), THREE),
  ),
  contents(`${BACKUP_MAX_MEDIA + 1} media items`, 'tooBig', () =>
    plaintext(doc((d) => (d.media = Array.from({ length: BACKUP_MAX_MEDIA + 1 }, (_, i) => ({ id: `m${i}`, kind: 'photo', createdAt: 1, type: '', size: 0 })))), THREE),
  ),
  contents('2,000 opened sessions', 'tooBig', () => plaintext(doc((d) => (d.profile.released = Array.from({ length: 2000 }, (_, i) => `s${i}`))), THREE)),
];

/** Runs the whole import as the screen does: read, open, and (only if that passed) restore. */
async function importFile(file: Uint8Array | Blob, password: string): Promise<BackupProblem | 'restored'> {
  try {
    const bytes = await readBackupFile(file instanceof Uint8Array ? new Blob([new Uint8Array(file)]) : file);
    const opened = await openBackup(bytes, password);
    await restoreBackup(opened, { pin: '2468', alongside: true });
    return 'restored';
  } catch (error) {
    if (error instanceof BackupError) return error.problem;
    throw error;
  }
}

// Cases with a password run PBKDF2 (up to twice): slow on a busy 2-core machine.
describe('broken backup files', { timeout: 60_000 }, () => {
  it('the valid file itself imports (so the cases below break something that worked)', async () => {
    const opened = await openBackup(valid, PASSWORD);
    expect(opened.document.records.length).toBeGreaterThan(0);
    expect(opened.media[0]).toHaveLength(5000);
    expect(await openBackup(await other(), PASSWORD)).toMatchObject({ document: { workbookId: 'a1b2c3' } });
  });

  it('has a plain sentence for every problem, in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [problem, sentence] of Object.entries(STRINGS[lang].problems)) {
        expect(sentence, `${lang} ${problem}`).toMatch(/^[A-Z][^{}]{8,90}[.!]$/);
        expect(sentence, `${lang} ${problem}`).not.toMatch(/GCM|JSON|hash|byte|header|error/i);
      }
      expect(new Set(Object.values(STRINGS[lang].problems)).size).toBe(Object.keys(STRINGS[lang].problems).length);
    }
  });

  beforeEach(async () => {
    expect(await rawValues()).toEqual(before);
  });

  const all = [
    ...truncations.map((c) => ({ category: 'truncated', ...c })),
    ...flips.map((c) => ({ category: 'bit flip', ...c })),
    ...foreign.map((c) => ({ category: 'foreign or random', ...c })),
    ...versions.map((c) => ({ category: 'version', ...c })),
    ...sizes.map((c) => ({ category: 'size', ...c })),
    ...passwords.map((c) => ({ category: 'password', ...c })),
    ...wrongContents.map((c) => ({ category: 'contents', ...c })),
  ];

  it.each(all)('$category: $name', async (c) => {
    const problem = await importFile(await c.file(), c.password ?? PASSWORD);
    expect(problem, c.name).toBe(c.expected);
    expect(STRINGS.nl.problems[c.expected]).toBeTruthy();
    expect(await rawValues(), `${c.name}: the database changed`).toEqual(before);
  });
});

/**
 * Notes and compliments from the trainer or begeleider to a participant.
 *
 * Stored as encrypted records of the participant (records.ts, AES-GCM under their data key):
 * kind 'staff-note', id `staff-note:<time>:<uuid>`, value a StaffNote. Staff write them through
 * the staff key (participantAccess); the participant reads them on the home screen and puts a
 * note away once read (`readAt`), which keeps it for "Wat staat er over mij".
 */
import { deleteRecordFor, getRecordFor, listRecordsFor, putRecordFor, type ProfileAccess } from './records';

/** Who wrote the note. */
export const NOTE_AUTHORS = ['trainer', 'begeleider'] as const;
export type NoteAuthor = (typeof NOTE_AUTHORS)[number];

/** A plain note, or a compliment (shown with a star). */
export const NOTE_KINDS = ['note', 'compliment'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Longest note text: a few short sentences, not a report. */
export const NOTE_MAX_CHARS = 600;

/** One note as stored. */
export interface StaffNote {
  id: string;
  kind: NoteKind;
  author: NoteAuthor;
  /** The writer's name, may be empty. */
  name: string;
  text: string;
  /** Epoch milliseconds of writing. */
  at: number;
  /** When the participant put it away as read; null while new. */
  readAt: number | null;
}

/** What staff fill in. */
export interface NewStaffNote {
  kind: NoteKind;
  author: NoteAuthor;
  name: string;
  text: string;
}

const KIND = 'staff-note';

/** Writes a note for the participant; throws on an empty text. */
export async function writeStaffNote(access: ProfileAccess, note: NewStaffNote, now = Date.now()): Promise<StaffNote> {
  const text = note.text.trim().slice(0, NOTE_MAX_CHARS);
  if (!text) throw new Error('A note needs a text');
  if (!NOTE_AUTHORS.includes(note.author) || !NOTE_KINDS.includes(note.kind)) throw new Error('Unknown author or kind');
  const stored: StaffNote = {
    id: `${KIND}:${now}:${crypto.randomUUID()}`,
    kind: note.kind,
    author: note.author,
    name: note.name.trim().slice(0, 100),
    text,
    at: now,
    readAt: null,
  };
  await putRecordFor(access, KIND, stored.id, stored);
  return stored;
}

/** Every note of the participant, newest first. */
export async function listStaffNotes(access: ProfileAccess): Promise<StaffNote[]> {
  const all = await listRecordsFor<StaffNote>(access, KIND);
  return all.map(normalise).sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}

/** The notes the participant has not put away yet, newest first. */
export async function listNewStaffNotes(access: ProfileAccess): Promise<StaffNote[]> {
  return (await listStaffNotes(access)).filter((note) => note.readAt === null);
}

/** The participant has read the note and puts it away from the home screen. */
export async function putNoteAway(access: ProfileAccess, id: string, now = Date.now()): Promise<void> {
  const note = await getRecordFor<StaffNote>(access, id);
  if (!note) return;
  await putRecordFor(access, KIND, id, { ...normalise(note), readAt: now } satisfies StaffNote);
}

/** Staff take back a note written by mistake. */
export function deleteStaffNote(access: ProfileAccess, id: string): Promise<void> {
  if (!id.startsWith(`${KIND}:`)) throw new Error('Not a note');
  return deleteRecordFor(access, id);
}

function normalise(note: StaffNote): StaffNote {
  return { ...note, name: note.name ?? '', readAt: note.readAt ?? null, kind: note.kind === 'compliment' ? 'compliment' : 'note' };
}

/**
 * "Hoe gaat het?": the quick daily check-in (mood, emotion strength, craving, optional note
 * typed or spoken: a spoken note is a media id in `recording`),
 * encrypted per participant: kind 'checkin', id `checkin:<time>:<uuid>`; the unfinished one as
 * kind 'draft', id 'draft:checkin'. Check-ins stored before the emotion thermometer have no
 * `emotion`; they load with `emotion: null`.
 */
import { deleteRecord, getRecord, listRecords, putRecord } from './records';

/** Mood on five faces, or "weet ik niet". */
export type Mood = 1 | 2 | 3 | 4 | 5 | 'unknown';

/** The five moods in order, then "weet ik niet". */
export const MOODS: readonly Mood[] = [1, 2, 3, 4, 5, 'unknown'];

/** Craving is 0 (none) to 10 (very strong). */
export const CRAVING_MAX = 10;

/** The emotion thermometer (3.5) runs from 0 (calm) to 10 (very strong). */
export const EMOTION_MAX = 10;

/** One check-in. */
export interface CheckIn {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  mood: Mood;
  /** How strong the feeling is, 0-10; null when skipped (or stored before the thermometer). */
  emotion: number | null;
  craving: number | null;
  note: string;
  /** Media id of a spoken note, instead of or next to the typed one. */
  recording?: string;
}

/** A check-in being filled in (every part may still be empty). */
export interface CheckInDraft {
  mood: Mood | null;
  emotion: number | null;
  craving: number | null;
  note: string;
  /** Media id of a spoken note. */
  recording?: string;
}

/** What saveCheckIn and saveDraft take: callers from before the thermometer may leave `emotion` out. */
export type CheckInInput = Omit<CheckInDraft, 'emotion'> & { emotion?: number | null };

/** Check-ins of one calendar day. */
export interface CheckInDay {
  /** Local date as YYYY-MM-DD. */
  day: string;
  checkIns: CheckIn[];
}

const KIND = 'checkin';
const DRAFT_ID = 'draft:checkin';

/** An empty draft. */
export const EMPTY_DRAFT: CheckInDraft = { mood: null, emotion: null, craving: null, note: '' };

/** Whether a draft may be saved: a mood is chosen; craving and emotion, if set, are 0-10. */
export function isComplete(draft: CheckInInput): draft is CheckInInput & { mood: Mood } {
  return draft.mood !== null && isLevel(draft.craving, CRAVING_MAX) && isLevel(draft.emotion ?? null, EMOTION_MAX);
}

function isLevel(value: number | null, max: number): boolean {
  return value === null || (Number.isInteger(value) && value >= 0 && value <= max);
}

/** Saves a finished check-in and clears the draft. */
export async function saveCheckIn(draft: CheckInInput, now = Date.now()): Promise<CheckIn> {
  if (!isComplete(draft)) throw new Error('A check-in needs a mood');
  const checkIn: CheckIn = { id: `${KIND}:${now}:${crypto.randomUUID()}`, at: now, mood: draft.mood, emotion: draft.emotion ?? null, craving: draft.craving, note: draft.note.trim(), ...(draft.recording ? { recording: draft.recording } : {}) };
  await putRecord(KIND, checkIn.id, checkIn);
  await deleteRecord(DRAFT_ID);
  return checkIn;
}

/** Every check-in grouped by local day, newest first. */
export async function listCheckInDays(): Promise<CheckInDay[]> {
  const all = (await listRecords<StoredCheckIn>(KIND)).map(withEmotion);
  all.sort((a, b) => b.at - a.at);
  const days = new Map<string, CheckIn[]>();
  for (const checkIn of all) {
    const day = localDay(checkIn.at);
    const list = days.get(day);
    if (list) list.push(checkIn);
    else days.set(day, [checkIn]);
  }
  return [...days].map(([day, checkIns]) => ({ day, checkIns }));
}

/** The unfinished check-in, if any. */
export async function getDraft(): Promise<CheckInDraft | undefined> {
  const draft = await getRecord<Partial<CheckInDraft>>(DRAFT_ID);
  return draft && { ...EMPTY_DRAFT, ...draft };
}

/** A check-in as stored: older ones have no `emotion`. */
type StoredCheckIn = Omit<CheckIn, 'emotion'> & { emotion?: number | null };

function withEmotion(stored: StoredCheckIn): CheckIn {
  return { ...stored, emotion: stored.emotion ?? null };
}

/** Keeps the unfinished check-in, encrypted like everything else. */
export function saveDraft(draft: CheckInInput): Promise<void> {
  return putRecord('draft', DRAFT_ID, { ...EMPTY_DRAFT, ...draft } satisfies CheckInDraft);
}

/** Local calendar date YYYY-MM-DD of an epoch time. */
export function localDay(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

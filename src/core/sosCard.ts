/**
 * What the SOS-kaart screen needs besides the card itself (sos.ts). Stores nothing of its own:
 * edits go through `setSosField` into the one card record (kind `card`, id `card:sos`), and the
 * drawing and photo of lesson 2.9 are read from their answers (kind `answer`, ids
 * `answer:<program>/2.9/sos-tekening` and `…/sos-foto`). Both are encrypted per participant by
 * records.ts, like every record.
 */
import { getAnswer } from './answers';
import { setSosField, type SosCard } from './sos';

/** Where lesson 2.9 keeps the drawing and the photo for the back of the card. */
export const SOS_LESSON_MEDIA = { session: '2.9', drawing: 'sos-tekening', photo: 'sos-foto' } as const;

/** The drawing and photos made for the card in lesson 2.9 (media ids). */
export interface SosLessonMedia {
  drawing?: string;
  photos: string[];
}

/** The 2.9 drawing and photos of the unlocked participant; a damaged answer counts as none. */
export async function getSosLessonMedia(program: string): Promise<SosLessonMedia> {
  const key = (screen: string) => ({ program, session: SOS_LESSON_MEDIA.session, screen });
  const [drawing, photo] = await Promise.all([getAnswer<unknown>(key(SOS_LESSON_MEDIA.drawing)), getAnswer<unknown>(key(SOS_LESSON_MEDIA.photo))]);
  const drawingId = isObject(drawing) && typeof drawing.media === 'string' ? drawing.media : undefined;
  const photos = isObject(photo) && Array.isArray(photo.media) ? photo.media.filter((id): id is string => typeof id === 'string') : [];
  return { drawing: drawingId, photos };
}

/** The song as a web address to open, only when it is an http(s) URL; otherwise it is a title. */
export function songLink(song: string): string | undefined {
  const text = song.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Whether nothing at all is on the card yet. */
export function isSosCardEmpty(card: SosCard): boolean {
  return Object.values(card).every((value) => (Array.isArray(value) ? value.every((item) => isBlank(item)) : isBlank(value)));
}

/** Every field that the card screen edits, the pictures included. */
const CARD_FIELDS: readonly (keyof SosCard)[] = ['name', 'helpers', 'safePlace', 'reasons', 'alternatives', 'strengthThought', 'helpText', 'song', 'pictures'];

/** Writes the fields that differ between `before` and `after` (setSosField keeps the writes in order). */
export async function saveSosChanges(before: SosCard, after: SosCard): Promise<void> {
  const changed = CARD_FIELDS.filter((field) => before[field] !== after[field]);
  await Promise.all(changed.map((field) => setSosField(field, after[field])));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (isObject(value)) return Object.values(value).every(isBlank);
  return value === undefined || value === null;
}

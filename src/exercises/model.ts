/**
 * The non-visual half of every exercise type's contract: its answer type, its empty answer, when
 * it counts as answered, a shape check for stored answers, and how it reads in a summary. The
 * visual half (the component) lives in src/ui/exercises/.
 */
import type { Exercise, ExerciseType } from '../content/types';
import type { Language } from '../i18n';

/** One line of a summary: words, or a stored drawing/photo. */
export type SummaryPart = { text: string } | { media: string };

/** What every exercise type provides besides its component. */
export interface ExerciseModel<E extends Exercise, A> {
  /** The answer before anything is done. */
  empty(exercise: E): A;
  /** Whether the participant has answered (for "done" marks and huiswerk overviews). */
  isAnswered(answer: A): boolean;
  /** Whether a stored value has the answer's shape (stored data may be old or damaged). */
  isValid(value: unknown): value is A;
  /** The answer as lines for summaries and cards. */
  describe(answer: A, exercise: E, language: Language): SummaryPart[];
}

/** The exercise definition of one type. */
export type ExerciseOf<T extends ExerciseType> = Extract<Exercise, { type: T }>;

/** A plain object check used by the shape checks. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` is an array whose items all pass `item`. */
export function isArrayOf<T>(value: unknown, item: (v: unknown) => v is T): value is T[] {
  return Array.isArray(value) && value.every(item);
}

/** Whether `value` is a string. */
export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** A new id for an item the participant adds. */
export function newItemId(): string {
  return crypto.randomUUID().slice(0, 8);
}

/** Whether `value` is a string or absent (optional fields such as a recording's media id). */
export function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || isString(value);
}

/** `item` with a recording's media id under `key`, or without the key at all (the stored shape stays valid). */
export function withRecording<T extends object, K extends keyof T>(item: T, key: K, mediaId: string | undefined): T {
  const { [key]: _old, ...rest } = item;
  return (mediaId ? { ...rest, [key]: mediaId } : rest) as T;
}

/** Answers to the workbook's exercises, one encrypted record per screen of a session. */
import { getRecord, getRecordWithRevision, listRecords, putRecord, putRecordIfUnchanged, type Revision } from './records';

/** Where an answer belongs: program, session, screen. */
export interface AnswerKey {
  program: string;
  session: string;
  screen: string;
}

/** A stored answer with what it answers. */
export interface StoredAnswer<T = unknown> extends AnswerKey {
  value: T;
  updatedAt: number;
}

const KIND = 'answer';

/** The record id of an answer. */
export function answerId({ program, session, screen }: AnswerKey): string {
  return `${KIND}:${program}/${session}/${screen}`;
}

/** Saves (replaces) the answer of one screen. */
export async function saveAnswer<T>(key: AnswerKey, value: T, now = Date.now()): Promise<void> {
  const stored: StoredAnswer<T> = { ...key, value, updatedAt: now };
  await putRecord(KIND, answerId(key), stored);
}

/** The answer of one screen, if any. */
export async function getAnswer<T>(key: AnswerKey): Promise<T | undefined> {
  return (await getRecord<StoredAnswer<T>>(answerId(key)))?.value;
}

/** Every answer of the unlocked participant (for overviews and cards). */
export function listAnswers(): Promise<StoredAnswer[]> {
  return listRecords<StoredAnswer>(KIND);
}

/** The answer of one screen with the revision a guarded save needs (see records.ts). */
export async function getAnswerWithRevision<T>(key: AnswerKey): Promise<{ value: T | undefined; revision: Revision }> {
  const { value, revision } = await getRecordWithRevision<StoredAnswer<T>>(answerId(key));
  return { value: value?.value, revision };
}

/** Saves an answer unless another tab stored a newer one since `revision`; false when it did. */
export function saveAnswerIfUnchanged<T>(key: AnswerKey, value: T, revision: Revision, now = Date.now()): Promise<boolean> {
  const stored: StoredAnswer<T> = { ...key, value, updatedAt: now };
  return putRecordIfUnchanged(KIND, answerId(key), stored, revision);
}

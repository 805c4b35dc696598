/**
 * Kracht gedachten: the participant's own thoughts added on the "Mijn kracht gedachten" page and
 * which thoughts are favourites. One record per participant: kind `strength`, id
 * `strength:thoughts`, encrypted like every record (records.ts). The thoughts written in the
 * sessions (1.6, 2.6, 3.3, 3.4) stay in their answers; `gatherStrengthThoughts` puts them
 * together with the own ones. A favourite is remembered by its text, so a thought chosen in two
 * lessons is one favourite.
 */
import type { Exercise } from '../content/types';
import { choiceLabels, type ChoiceAnswer } from '../exercises/choice';
import type { ListAnswer } from '../exercises/list';
import type { PairsAnswer } from '../exercises/pairs';
import { getRecord, putRecord } from './records';

/** Where the sessions collect kracht gedachten; `field` is the list field that holds the thought. */
export const STRENGTH_SOURCES = [
  { session: '1.6', screen: 'kracht-gedachten' },
  { session: '2.6', screen: 'eigen-kracht-gedachten', field: 'gedachte' },
  { session: '3.3', screen: 'helpende-gedachten' },
  { session: '3.4', screen: 'drie-kracht-gedachten', field: 'gedachte' },
] as const satisfies readonly { session: string; screen: string; field?: string }[];

/** A thought the participant added on the page itself. */
export interface OwnThought {
  id: string;
  text: string;
}

/** What is stored: own thoughts and the keys (see `thoughtKey`) of the favourites. */
export interface StrengthThoughtsRecord {
  own: OwnThought[];
  favourites: string[];
}

/** Thoughts found in one session's answer. */
export interface FoundThoughts {
  session: string;
  texts: string[];
}

/** One thought in the collected list. */
export interface StrengthThought {
  /** The same for the same words, whatever the case or spacing. */
  key: string;
  text: string;
  /** Sessions it came from, in the order found; empty for a thought only added here. */
  sessions: string[];
  /** Set when the participant added it here (it can be removed here). */
  ownId?: string;
  favourite: boolean;
}

const KIND = 'strength';
const ID = 'strength:thoughts';

/** The key of a thought's text: trimmed, spaces collapsed, lower case. */
export function thoughtKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/**
 * The thoughts in one (already validated) answer: a choice's labels and own items, a list's
 * `field`, the right side of pairs (the helpful thought).
 */
export function thoughtTexts(exercise: Exercise, answer: unknown, language: 'nl' | 'en', field = 'gedachte'): string[] {
  let texts: string[] = [];
  if (exercise.type === 'choice') texts = choiceLabels(answer as ChoiceAnswer, exercise, language);
  else if (exercise.type === 'list') texts = (answer as ListAnswer).items.map((item) => item.values[field] ?? '');
  else if (exercise.type === 'pairs') texts = (answer as PairsAnswer).pairs.map((pair) => pair.right);
  return texts.map((text) => text.trim()).filter(Boolean);
}

/** All thoughts in one list: sessions in the order given, then own ones; the same words only once. */
export function gatherStrengthThoughts(found: readonly FoundThoughts[], saved: StrengthThoughtsRecord): StrengthThought[] {
  const byKey = new Map<string, StrengthThought>();
  const favourites = new Set(saved.favourites);
  const add = (text: string, session?: string, ownId?: string) => {
    const key = thoughtKey(text);
    if (!key) return;
    const thought = byKey.get(key) ?? { key, text: text.trim().replace(/\s+/g, ' '), sessions: [], favourite: favourites.has(key) };
    if (session && !thought.sessions.includes(session)) thought.sessions.push(session);
    if (ownId && !thought.ownId) thought.ownId = ownId;
    byKey.set(key, thought);
  };
  for (const { session, texts } of found) texts.forEach((text) => add(text, session));
  for (const own of saved.own) add(own.text, undefined, own.id);
  return [...byKey.values()];
}

function emptyRecord(): StrengthThoughtsRecord {
  return { own: [], favourites: [] };
}

/** The stored own thoughts and favourites of the unlocked participant. */
export async function getStrengthThoughts(): Promise<StrengthThoughtsRecord> {
  const stored = await getRecord<Partial<StrengthThoughtsRecord>>(ID);
  return { ...emptyRecord(), ...stored };
}

async function change(update: (record: StrengthThoughtsRecord) => StrengthThoughtsRecord): Promise<void> {
  await putRecord(KIND, ID, update(await getStrengthThoughts()));
}

/** Adds an own thought; returns it, or null when the text is empty. */
export async function addOwnThought(text: string): Promise<OwnThought | null> {
  const clean = text.trim();
  if (!clean) return null;
  const thought: OwnThought = { id: crypto.randomUUID(), text: clean };
  await change((record) => ({ ...record, own: [...record.own, thought] }));
  return thought;
}

/** Removes an own thought (a thought from a session stays in its answer). */
export async function removeOwnThought(id: string): Promise<void> {
  await change((record) => ({ ...record, own: record.own.filter((thought) => thought.id !== id) }));
}

/** Marks a thought as favourite, or not. */
export async function setFavourite(key: string, favourite: boolean): Promise<void> {
  await change((record) => {
    const others = record.favourites.filter((k) => k !== key);
    return { ...record, favourites: favourite ? [...others, key] : others };
  });
}

/**
 * Reads the items of an earlier answer so a later exercise can start from them (ranking items,
 * the left column of pairs). The player hands over what it stored or already described, so
 * several shapes are accepted; anything else gives no items rather than an error.
 */
import { isRecord, isString, newItemId } from './model';

/** The text of one entry of an earlier answer, if it has one. */
function entryText(entry: unknown): string | undefined {
  if (isString(entry)) return entry;
  if (!isRecord(entry)) return undefined;
  if (isString(entry.text)) return entry.text; // list items with text, or summary lines { text }
  if (isString(entry.left)) return entry.left; // pairs: their left side
  return undefined;
}

/** The item texts of an earlier answer: strings, `{ text }` lines, `{ items }`, `{ pairs }` or own items of a choice. */
export function earlierTexts(value: unknown): string[] {
  let entries: unknown[] = [];
  if (Array.isArray(value)) entries = value;
  else if (isRecord(value) && Array.isArray(value.items)) entries = value.items;
  else if (isRecord(value) && Array.isArray(value.pairs)) entries = value.pairs;
  // A raw choice answer: its option labels are unknown here, so only its own items can be shown.
  else if (isRecord(value) && Array.isArray(value.other)) entries = value.other;
  const texts: string[] = [];
  for (const entry of entries) {
    const text = entryText(entry)?.trim();
    if (text && !texts.some((seen) => sameText(seen, text))) texts.push(text);
  }
  return texts;
}

/**
 * Items copied from an earlier answer carry this id prefix. The answer shapes have no room for a
 * flag, and the screen must know them: their text stays as it was given earlier and they cannot
 * be removed here, or the next visit would copy them in again.
 */
const EARLIER_ID_PREFIX = 'earlier-';

/** A new id for an item copied from an earlier answer. */
export function earlierItemId(): string {
  return EARLIER_ID_PREFIX + newItemId();
}

/** Whether an item was copied from an earlier answer. */
export function isEarlierItem(id: string): boolean {
  return id.startsWith(EARLIER_ID_PREFIX);
}

/** Whether two item texts are the same item (case and outer spaces do not count). */
export function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

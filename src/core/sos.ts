/**
 * The SOS-kaart: one encrypted record per participant, the single source of truth for the card
 * and for the session exercises that fill it (2.4, 2.6, 2.7, 2.9).
 */
import type { SosField } from '../content/types';
import { getRecord, putRecord } from './records';

/** A person to call. */
export interface SosHelper {
  name: string;
  phone: string;
}

/** Everything on the SOS-kaart. */
export interface SosCard {
  name: string;
  helpers: SosHelper[];
  safePlace: string;
  reasons: string[];
  alternatives: string[];
  strengthThought: string;
  helpText: string;
  song: string;
  /** Media ids of pictures and photos on the back. */
  pictures: string[];
}

const ID = 'card:sos';

/** An empty card. */
export function emptySosCard(): SosCard {
  return { name: '', helpers: [], safePlace: '', reasons: [], alternatives: [], strengthThought: '', helpText: '', song: '', pictures: [] };
}

// A field is saved by reading the whole card and writing it back. Writes therefore wait in one
// line (two fields saved at once never undo each other), and a read waits for the writes already
// asked for (the card opened right after a lesson screen closes shows what was typed there).
let writes: Promise<void> = Promise.resolve();

/** The unlocked participant's SOS-kaart (empty fields until filled). */
export async function getSosCard(): Promise<SosCard> {
  await writes;
  return readCard();
}

/** Changes one field of the card (the pictures too), keeping the others. */
export function setSosField<F extends keyof SosCard>(field: F, value: SosCard[F]): Promise<void> {
  const write = async () => {
    const card = await readCard();
    await putRecord('card', ID, { ...card, [field]: value });
  };
  const done = writes.then(write, write);
  writes = done.catch(() => undefined);
  return done;
}

async function readCard(): Promise<SosCard> {
  return { ...emptySosCard(), ...(await getRecord<Partial<SosCard>>(ID)) };
}

/** A field of the card as lines of text (a helper as "name: phone"). */
export function sosFieldLines(card: SosCard, field: SosField): string[] {
  const value = card[field];
  if (field === 'helpers') return card.helpers.filter((h) => h.name || h.phone).map((h) => [h.name, h.phone].filter(Boolean).join(': '));
  if (Array.isArray(value)) return value.filter((line): line is string => typeof line === 'string' && line.trim() !== '');
  return typeof value === 'string' && value.trim() ? [value.trim()] : [];
}

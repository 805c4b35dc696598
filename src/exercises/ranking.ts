import { isArrayOf, isOptionalString, isRecord, isString, type ExerciseModel, type ExerciseOf, type SummaryPart } from './model';
import { earlierItemId, sameText } from './earlier';
import type { Language } from '../i18n';

/** The smallest and biggest block size. */
export const RANK_SIZE_MIN = 1;
export const RANK_SIZE_MAX = 5;

/** One block: an item and how heavy it weighs (1 small … 5 biggest). */
export interface RankingItem {
  id: string;
  text: string;
  size: number;
  /** Media id of an own item told in the participant's own voice, instead of or besides typing. */
  recording?: string;
}

/** Items with a size each; the biggest nadeel is the biggest block. */
export interface RankingAnswer {
  items: RankingItem[];
}

/** Each size in words, smallest first, so size is never shown by the block alone. */
export const RANK_SIZE_WORDS: Record<Language, readonly string[]> = {
  nl: ['licht', 'een beetje zwaar', 'zwaar', 'erg zwaar', 'heel zwaar'],
  en: ['light', 'a bit heavy', 'heavy', 'very heavy', 'extremely heavy'],
};

/** The word for a block size. */
export function rankSizeWord(size: number, language: Language): string {
  return RANK_SIZE_WORDS[language][size - RANK_SIZE_MIN] ?? '';
}

/** The items biggest first; equal sizes keep the order they were added in. */
export function biggestFirst(items: readonly RankingItem[]): RankingItem[] {
  return items.map((item, index) => ({ item, index })).sort((a, b) => b.item.size - a.item.size || a.index - b.index).map(({ item }) => item);
}

/** Whether an item is written or spoken. */
function isGiven(item: RankingItem): boolean {
  return item.text.trim() !== '' || Boolean(item.recording);
}

/** An item as summary lines: its words and weight, then its recording. */
function describeItem(item: RankingItem, language: Language): SummaryPart[] {
  const word = rankSizeWord(item.size, language);
  const text = item.text.trim();
  return [{ text: text ? `${text} (${word})` : `(${word})` }, ...(item.recording ? [{ media: item.recording }] : [])];
}

function isRankingItem(value: unknown): value is RankingItem {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.text) &&
    Number.isInteger(value.size) &&
    (value.size as number) >= RANK_SIZE_MIN &&
    (value.size as number) <= RANK_SIZE_MAX &&
    isOptionalString(value.recording)
  );
}

/** Blocks that grow by tapping. */
export const rankingModel: ExerciseModel<ExerciseOf<'ranking'>, RankingAnswer> = {
  empty: () => ({ items: [] }),
  // Items from an earlier answer arrive at the smallest size by themselves; a bigger block is a choice.
  isAnswered: (answer) => answer.items.some((item) => item.size > RANK_SIZE_MIN && isGiven(item)),
  isValid: (value): value is RankingAnswer => isRecord(value) && isArrayOf(value.items, isRankingItem),
  describe: (answer, _exercise, language) => biggestFirst(answer.items.filter(isGiven)).flatMap((item) => describeItem(item, language)),
};

/** The answer with every earlier item it lacks added at the smallest size, or null when none is new. */
export function withEarlierItems(answer: RankingAnswer, texts: readonly string[]): RankingAnswer | null {
  const missing = texts.filter((text) => !answer.items.some((item) => sameText(item.text, text)));
  if (missing.length === 0) return null;
  return { items: [...answer.items, ...missing.map((text) => ({ id: earlierItemId(), text, size: RANK_SIZE_MIN }))] };
}

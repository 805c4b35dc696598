import { isArrayOf, isOptionalString, isRecord, isString, newItemId, type ExerciseModel, type ExerciseOf, type SummaryPart } from './model';
import { earlierItemId, sameText } from './earlier';

/** One pair: nadeel → voordeel, signaal → actie, toestemmingsgedachte → helpende gedachte. */
export interface Pair {
  id: string;
  left: string;
  right: string;
  /** Media ids of a side told in the participant's own voice, instead of or besides typing. */
  leftRecording?: string;
  rightRecording?: string;
}

/** Pairs of a left and a right text. */
export interface PairsAnswer {
  pairs: Pair[];
}

/** A new pair, empty or with its left side given. */
export function newPair(left = ''): Pair {
  return { id: newItemId(), left, right: '' };
}

/** A pair as one line; an empty side is left out. */
export function pairLine(pair: Pair): string {
  const left = pair.left.trim();
  const right = pair.right.trim();
  if (left && right) return `${left} → ${right}`;
  return left || `→ ${right}`;
}

/** Whether a pair holds anything: typed words or a recording on either side. */
export function pairHasContent(pair: Pair): boolean {
  return pair.left.trim() !== '' || pair.right.trim() !== '' || Boolean(pair.leftRecording || pair.rightRecording);
}

/** A pair as summary lines: its words, then what was spoken on each side. */
function describePair(pair: Pair): SummaryPart[] {
  return [
    ...(pair.left.trim() || pair.right.trim() ? [{ text: pairLine(pair) }] : []),
    ...(pair.leftRecording ? [{ media: pair.leftRecording }] : []),
    ...(pair.rightRecording ? [{ media: pair.rightRecording }] : []),
  ];
}

function isPair(value: unknown): value is Pair {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.left) &&
    isString(value.right) &&
    isOptionalString(value.leftRecording) &&
    isOptionalString(value.rightRecording)
  );
}

/** Two columns that belong together, left → right. */
export const pairsModel: ExerciseModel<ExerciseOf<'pairs'>, PairsAnswer> = {
  // One empty pair to start with; the component swaps it for items of an earlier answer.
  empty: () => ({ pairs: [newPair()] }),
  // The left side may come from an earlier answer by itself; answering means writing a right side.
  isAnswered: (answer) => answer.pairs.some((pair) => pair.right.trim() !== '' || Boolean(pair.rightRecording)),
  isValid: (value): value is PairsAnswer => isRecord(value) && isArrayOf(value.pairs, isPair),
  describe: (answer) => answer.pairs.flatMap(describePair),
};

/** The answer with a pair for every earlier item it lacks (empty pairs make way), or null when none is new. */
export function withEarlierLefts(answer: PairsAnswer, texts: readonly string[]): PairsAnswer | null {
  const missing = texts.filter((text) => !answer.pairs.some((pair) => sameText(pair.left, text)));
  if (missing.length === 0) return null;
  const kept = answer.pairs.filter(pairHasContent);
  return { pairs: [...kept, ...missing.map((left) => ({ id: earlierItemId(), left, right: '' }))] };
}

import { isArrayOf, isRecord, isString, type ExerciseModel, type ExerciseOf, type SummaryPart } from './model';

/** Chosen option ids plus own items ("iets anders"). */
export interface ChoiceAnswer {
  chosen: string[];
  other: string[];
  /**
   * Media ids of own items told in the participant's own voice, by the index of the item in
   * `other` ('' where an item has none). Absent when no own item is spoken.
   */
  otherRecordings?: string[];
}

/** The recording of own item `index`, if it has one. */
export function ownRecording(answer: ChoiceAnswer, index: number): string | undefined {
  return answer.otherRecordings?.[index] || undefined;
}

/** The answer with these recordings for its own items, one per item; without the field when none is spoken. */
export function withOwnRecordings(answer: ChoiceAnswer, recordings: readonly (string | undefined)[]): ChoiceAnswer {
  const { otherRecordings: _old, ...rest } = answer;
  const aligned = answer.other.map((_, i) => recordings[i] ?? '');
  return aligned.some(Boolean) ? { ...rest, otherRecordings: aligned } : rest;
}

/** The chosen options' labels and own items, in the order of the list. */
export function choiceLabels(answer: ChoiceAnswer, exercise: ExerciseOf<'choice'>, language: 'nl' | 'en'): string[] {
  const options = exercise.options.filter((option) => answer.chosen.includes(option.id)).map((option) => option.label[language]);
  return [...options, ...answer.other.filter((item) => item.trim() !== '')];
}

/** Pick one or more options, or add own items. */
export const choiceModel: ExerciseModel<ExerciseOf<'choice'>, ChoiceAnswer> = {
  empty: () => ({ chosen: [], other: [] }),
  isAnswered: (answer) =>
    answer.chosen.length > 0 || answer.other.some((item) => item.trim() !== '') || answer.other.some((_, i) => Boolean(ownRecording(answer, i))),
  isValid: (value): value is ChoiceAnswer =>
    isRecord(value) &&
    isArrayOf(value.chosen, isString) &&
    isArrayOf(value.other, isString) &&
    (value.otherRecordings === undefined || isArrayOf(value.otherRecordings, isString)),
  describe: (answer, exercise, language) => [
    ...exercise.options.filter((option) => answer.chosen.includes(option.id)).map((option) => ({ text: option.label[language] })),
    ...answer.other.flatMap((item, i): SummaryPart[] => {
      const spoken = ownRecording(answer, i);
      return [...(item.trim() ? [{ text: item }] : []), ...(spoken ? [{ media: spoken }] : [])];
    }),
  ],
};

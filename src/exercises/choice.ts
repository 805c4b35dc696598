import { isArrayOf, isRecord, isString, type ExerciseModel, type ExerciseOf } from './model';

/** Chosen option ids plus own items ("iets anders"). */
export interface ChoiceAnswer {
  chosen: string[];
  other: string[];
}

/** The chosen options' labels and own items, in the order of the list. */
export function choiceLabels(answer: ChoiceAnswer, exercise: ExerciseOf<'choice'>, language: 'nl' | 'en'): string[] {
  const options = exercise.options.filter((option) => answer.chosen.includes(option.id)).map((option) => option.label[language]);
  return [...options, ...answer.other.filter((item) => item.trim() !== '')];
}

/** Pick one or more options, or add own items. */
export const choiceModel: ExerciseModel<ExerciseOf<'choice'>, ChoiceAnswer> = {
  empty: () => ({ chosen: [], other: [] }),
  isAnswered: (answer) => answer.chosen.length > 0 || answer.other.some((item) => item.trim() !== ''),
  isValid: (value): value is ChoiceAnswer => isRecord(value) && isArrayOf(value.chosen, isString) && isArrayOf(value.other, isString),
  describe: (answer, exercise, language) => choiceLabels(answer, exercise, language).map((text) => ({ text })),
};

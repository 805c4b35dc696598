import { isRecord, isString, type ExerciseModel, type ExerciseOf } from './model';

/** A typed answer, a spoken one (a voice recording), or both. */
export interface TextAnswer {
  text: string;
  /** Media id of a voice recording. */
  recording?: string;
}

/** Free text, typed or spoken. */
export const textModel: ExerciseModel<ExerciseOf<'text'>, TextAnswer> = {
  empty: () => ({ text: '' }),
  isAnswered: (answer) => answer.text.trim() !== '' || Boolean(answer.recording),
  isValid: (value): value is TextAnswer => isRecord(value) && isString(value.text) && (value.recording === undefined || isString(value.recording)),
  describe: (answer) => [...(answer.text.trim() ? [{ text: answer.text.trim() }] : []), ...(answer.recording ? [{ media: answer.recording }] : [])],
};

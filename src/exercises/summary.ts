import type { ExerciseModel, ExerciseOf } from './model';

/** A summary stores nothing: it shows earlier answers. */
export const summaryModel: ExerciseModel<ExerciseOf<'summary'>, null> = {
  empty: () => null,
  isAnswered: () => true,
  isValid: (value): value is null => value === null,
  describe: () => [],
};

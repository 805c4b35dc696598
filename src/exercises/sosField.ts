import type { ExerciseModel, ExerciseOf } from './model';

/** An SOS-kaart field stores into the card itself (core/sos.ts), not as a session answer. */
export const sosFieldModel: ExerciseModel<ExerciseOf<'sosField'>, null> = {
  empty: () => null,
  isAnswered: () => true,
  isValid: (value): value is null => value === null,
  describe: () => [],
};

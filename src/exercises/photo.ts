import { isArrayOf, isRecord, isString, type ExerciseModel, type ExerciseOf } from './model';

/** One or more photos, stored shrunk in core/media. */
export interface PhotoAnswer {
  /** Media ids, in the order the photos were added. */
  media: string[];
}

/** Photos from the camera or the gallery. */
export const photoModel: ExerciseModel<ExerciseOf<'photo'>, PhotoAnswer> = {
  empty: () => ({ media: [] }),
  isAnswered: (answer) => answer.media.length > 0,
  isValid: (value): value is PhotoAnswer => isRecord(value) && isArrayOf(value.media, isString),
  describe: (answer) => answer.media.map((media) => ({ media })),
};

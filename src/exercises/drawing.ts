import { isRecord, isString, type ExerciseModel, type ExerciseOf } from './model';

/** A finger drawing, stored as a PNG in core/media. */
export interface DrawingAnswer {
  /** Media id of the drawing; absent while the canvas is empty. */
  media?: string;
}

/** A drawing with the finger, mouse or pen. */
export const drawingModel: ExerciseModel<ExerciseOf<'drawing'>, DrawingAnswer> = {
  empty: () => ({}),
  isAnswered: (answer) => Boolean(answer.media),
  isValid: (value): value is DrawingAnswer => isRecord(value) && (value.media === undefined || isString(value.media)),
  describe: (answer) => (answer.media ? [{ media: answer.media }] : []),
};

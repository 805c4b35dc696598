/** The non-visual model of every exercise type by name (for overviews that need no component). */
import type { ExerciseType } from '../content/types';
import { choiceModel } from './choice';
import { drawingModel } from './drawing';
import { listModel } from './list';
import type { ExerciseModel, ExerciseOf } from './model';
import { pairsModel } from './pairs';
import { photoModel } from './photo';
import { practiceModel } from './practice';
import { rankingModel } from './ranking';
import { scaleModel } from './scale';
import { sosFieldModel } from './sosField';
import { stepsModel } from './steps';
import { summaryModel } from './summary';
import { textModel } from './text';

/** Each type's model; a type missing here fails the type check. */
export const EXERCISE_MODELS: { [T in ExerciseType]: ExerciseModel<ExerciseOf<T>, any> } = {
  text: textModel,
  choice: choiceModel,
  scale: scaleModel,
  ranking: rankingModel,
  list: listModel,
  pairs: pairsModel,
  drawing: drawingModel,
  photo: photoModel,
  steps: stepsModel,
  practice: practiceModel,
  summary: summaryModel,
  sosField: sosFieldModel,
};

/** Whether a stored value answers `exercise`: it has the answer's shape and counts as answered. */
export function isStoredAnswerDone(type: ExerciseType, stored: unknown): boolean {
  const model = EXERCISE_MODELS[type];
  return stored !== undefined && model.isValid(stored) && model.isAnswered(stored);
}

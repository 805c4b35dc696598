import { summaryModel } from '../../exercises/summary';
import type { ExerciseKind } from './contract';

/** Gathers earlier answers; the participant never retypes them. */
export const summaryKind: ExerciseKind<'summary', null> = {
  model: summaryModel,
  load: () => import('./SummaryExercise').then((m) => m.SummaryExercise),
  selfStored: true,
};

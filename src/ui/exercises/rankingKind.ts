import { rankingModel, type RankingAnswer } from '../../exercises/ranking';
import type { ExerciseKind } from './contract';

/** The ranking exercise: blocks that grow by tapping. */
export const rankingKind: ExerciseKind<'ranking', RankingAnswer> = { model: rankingModel, load: () => import('./RankingExercise').then((m) => m.RankingExercise) };

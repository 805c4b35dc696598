import { pairsModel, type PairsAnswer } from '../../exercises/pairs';
import type { ExerciseKind } from './contract';

/** The pairs exercise: left → right in two columns. */
export const pairsKind: ExerciseKind<'pairs', PairsAnswer> = { model: pairsModel, load: () => import('./PairsExercise').then((m) => m.PairsExercise) };

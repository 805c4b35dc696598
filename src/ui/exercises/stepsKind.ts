import { stepsModel, type StepsAnswer } from '../../exercises/steps';
import type { ExerciseKind } from './contract';

/** The steps exercise: a goal, small steps, a reward for each. */
export const stepsKind: ExerciseKind<'steps', StepsAnswer> = { model: stepsModel, load: () => import('./StepsExercise').then((m) => m.StepsExercise) };

import { choiceModel, type ChoiceAnswer } from '../../exercises/choice';
import type { ExerciseKind } from './contract';

/** The choice exercise: tiles with pictograms, and "iets anders". */
export const choiceKind: ExerciseKind<'choice', ChoiceAnswer> = { model: choiceModel, load: () => import('./ChoiceExercise').then((m) => m.ChoiceExercise) };

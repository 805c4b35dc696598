import { practiceModel, type PracticeAnswer } from '../../exercises/practice';
import type { ExerciseKind } from './contract';

/** Guided practice: breathing with an animated guide, or cards one at a time. */
export const practiceKind: ExerciseKind<'practice', PracticeAnswer> = { model: practiceModel, load: () => import('./PracticeExercise').then((m) => m.PracticeExercise) };

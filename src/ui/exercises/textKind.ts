import { textModel, type TextAnswer } from '../../exercises/text';
import type { ExerciseKind } from './contract';

/** Free text, typed or spoken; the recorder comes in its own chunk. */
export const textKind: ExerciseKind<'text', TextAnswer> = { model: textModel, load: () => import('./TextExercise').then((m) => m.TextExercise) };

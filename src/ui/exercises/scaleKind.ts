import { scaleModel, type ScaleAnswer } from '../../exercises/scale';
import type { ExerciseKind } from './contract';

/** belang 0-5, emotie-thermometer 0-10 or five faces, with an optional spoken or typed "waarom?". */
export const scaleKind: ExerciseKind<'scale', ScaleAnswer> = { model: scaleModel, load: () => import('./ScaleExercise').then((m) => m.ScaleExercise) };

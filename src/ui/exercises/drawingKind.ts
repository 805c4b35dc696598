import { drawingModel, type DrawingAnswer } from '../../exercises/drawing';
import type { ExerciseKind } from './contract';

/** A finger drawing, stored as a PNG; the canvas code comes in its own chunk. */
export const drawingKind: ExerciseKind<'drawing', DrawingAnswer> = { model: drawingModel, load: () => import('./DrawingExercise').then((m) => m.DrawingExercise) };

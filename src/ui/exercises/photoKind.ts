import { photoModel, type PhotoAnswer } from '../../exercises/photo';
import type { ExerciseKind } from './contract';

/** Photos from the camera or the gallery, shrunk before storing. */
export const photoKind: ExerciseKind<'photo', PhotoAnswer> = { model: photoModel, load: () => import('./PhotoExercise').then((m) => m.PhotoExercise) };

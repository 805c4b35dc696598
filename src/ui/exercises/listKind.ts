import { listModel, type ListAnswer } from '../../exercises/list';
import type { ExerciseKind } from './contract';

/** The list exercise: items with sub-fields, as cards. */
export const listKind: ExerciseKind<'list', ListAnswer> = { model: listModel, load: () => import('./ListExercise').then((m) => m.ListExercise) };

import { sosFieldModel } from '../../exercises/sosField';
import type { ExerciseKind } from './contract';

/** Fills a field of the SOS-kaart from inside a session. */
export const sosFieldKind: ExerciseKind<'sosField', null> = {
  model: sosFieldModel,
  load: () => import('./SosFieldExercise').then((m) => m.SosFieldExercise),
  selfStored: true,
};

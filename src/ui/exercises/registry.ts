/** Every exercise type by name: its model and its component loader. */
import type { ExerciseType } from '../../content/types';
import type { ExerciseKind } from './contract';
import { choiceKind } from './choiceKind';
import { drawingKind } from './drawingKind';
import { listKind } from './listKind';
import { pairsKind } from './pairsKind';
import { photoKind } from './photoKind';
import { practiceKind } from './practiceKind';
import { rankingKind } from './rankingKind';
import { scaleKind } from './scaleKind';
import { sosFieldKind } from './sosFieldKind';
import { stepsKind } from './stepsKind';
import { summaryKind } from './summaryKind';
import { textKind } from './textKind';

/** The kind of each exercise type; a type missing here fails the type check. */
export const EXERCISE_KINDS: { [T in ExerciseType]: ExerciseKind<T, any> } = {
  text: textKind,
  choice: choiceKind,
  scale: scaleKind,
  ranking: rankingKind,
  list: listKind,
  pairs: pairsKind,
  drawing: drawingKind,
  photo: photoKind,
  steps: stepsKind,
  practice: practiceKind,
  summary: summaryKind,
  sosField: sosFieldKind,
};

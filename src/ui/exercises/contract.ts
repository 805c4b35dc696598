/**
 * The visual half of an exercise type's contract. A component is controlled: it shows `answer`
 * and reports every change through `onChange`; the session player saves (debounced, flushed on
 * hide and lock). Components never touch storage for answers, only for media (via core/media).
 */
import type { FunctionComponent } from 'preact';
import type { AnswerKey } from '../../core/answers';
import type { AnswerRef, ExerciseType } from '../../content/types';
import type { ExerciseModel, ExerciseOf } from '../../exercises/model';
import type { Language } from '../../i18n';

/** What the player tells an exercise about where it is. */
export interface ExerciseContext {
  /** Where this answer is stored. */
  answerKey: AnswerKey;
  /** Reads an earlier answer (for items that start from it). */
  readAnswer: (ref: AnswerRef) => Promise<unknown>;
}

/** Props of every exercise component. */
export interface ExerciseProps<T extends ExerciseType, A> {
  exercise: ExerciseOf<T>;
  answer: A;
  onChange: (answer: A) => void;
  language: Language;
  context: ExerciseContext;
  /** Id of the screen's heading, for aria-labelledby. */
  labelledBy: string;
}

/** One exercise type: its model and its (possibly lazily loaded) component. */
export interface ExerciseKind<T extends ExerciseType, A> {
  model: ExerciseModel<ExerciseOf<T>, A>;
  /** Loads the component; heavy ones (drawing, recording) come in their own chunk. */
  load: () => Promise<FunctionComponent<ExerciseProps<T, A>>>;
  /** True when the component stores its own data (summary reads, SOS-kaart fields). */
  selfStored?: boolean;
}

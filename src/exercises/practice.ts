import type { Language } from '../i18n';
import { isRecord, type ExerciseModel, type ExerciseOf } from './model';

/** How often a guided practice was done, and when last. */
export interface PracticeAnswer {
  timesDone: number;
  /** Epoch milliseconds of the last time it was done. */
  lastDoneAt?: number;
}

/** "3 keer gedaan" in the participant's language. */
export function timesDoneWords(timesDone: number, language: Language): string {
  if (language === 'en') return timesDone === 1 ? 'Done once' : `Done ${timesDone} times`;
  return `${timesDone} keer gedaan`;
}

const isCount = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** Guided practice: breathing, or cards one by one. */
export const practiceModel: ExerciseModel<ExerciseOf<'practice'>, PracticeAnswer> = {
  empty: () => ({ timesDone: 0 }),
  isAnswered: (answer) => answer.timesDone > 0,
  isValid: (value): value is PracticeAnswer =>
    isRecord(value) && isCount(value.timesDone) && (value.lastDoneAt === undefined || (typeof value.lastDoneAt === 'number' && Number.isFinite(value.lastDoneAt))),
  describe: (answer, _exercise, language) => (answer.timesDone > 0 ? [{ text: timesDoneWords(answer.timesDone, language) }] : []),
};

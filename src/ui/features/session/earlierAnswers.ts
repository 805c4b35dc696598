/** Reads answers given earlier in the program, for exercises that build on them and for summaries. */
import { getAnswer } from '../../../core/answers';
import { getSosCard, sosFieldLines } from '../../../core/sos';
import { loadSession } from '../../../content/load';
import type { AnswerRef, Exercise } from '../../../content/types';
import { choiceLabels, type ChoiceAnswer } from '../../../exercises/choice';
import type { SummaryPart } from '../../../exercises/model';
import type { Language } from '../../../i18n';
import { EXERCISE_KINDS } from '../../exercises/registry';

async function findExercise(program: string, ref: AnswerRef): Promise<Exercise | undefined> {
  const session = await loadSession(program, ref.session);
  return session?.screens.find((screen) => screen.id === ref.screen)?.exercise;
}

async function storedAnswer(program: string, ref: AnswerRef): Promise<{ exercise: Exercise; answer: unknown } | undefined> {
  const exercise = await findExercise(program, ref);
  if (!exercise) return undefined;
  const answer = await getAnswer<unknown>({ program, session: ref.session, screen: ref.screen });
  return answer !== undefined && EXERCISE_KINDS[exercise.type].model.isValid(answer) ? { exercise, answer } : undefined;
}

/**
 * An earlier answer as a building block: a choice is given as the words of what was chosen
 * (the later exercise does not know the options); any other answer as it was stored.
 */
export async function readEarlierAnswer(program: string, ref: AnswerRef, language: Language): Promise<unknown> {
  const found = await storedAnswer(program, ref);
  if (!found) return undefined;
  if (found.exercise.type === 'choice') return choiceLabels(found.answer as ChoiceAnswer, found.exercise, language);
  return found.answer;
}

/** An earlier answer as summary lines; empty when not answered yet. */
export async function describeEarlierAnswer(program: string, ref: AnswerRef, language: Language): Promise<SummaryPart[]> {
  const exercise = await findExercise(program, ref);
  // SOS-kaart fields live on the card itself, the one source of truth.
  if (exercise?.type === 'sosField') return sosFieldLines(await getSosCard(), exercise.field).map((text) => ({ text }));
  const found = await storedAnswer(program, ref);
  if (!found) return [];
  const kind = EXERCISE_KINDS[found.exercise.type];
  return kind.model.describe(found.answer, found.exercise as never, language);
}

/** Reads the terugvalpreventiekaart from the answers of session 3.9: the card and the lesson share one source. */
import { getAnswer } from '../../../core/answers';
import { openSessions } from '../../../core/release';
import type { ProfileCard } from '../../../core/profiles';
import { getProgram, loadSession, sessionOrder } from '../../../content/load';
import { listModel, type ListAnswer } from '../../../exercises/list';
import type { ExerciseOf } from '../../../exercises/model';
import { pairsModel, type Pair, type PairsAnswer } from '../../../exercises/pairs';

/** The session that fills the card. */
export const RELAPSE_SESSION = '3.9';

/** The three phases, in order, with the screen of 3.9 that holds each. */
export const PHASES = [
  { id: 'goed', screen: 'goed' },
  { id: 'letOp', screen: 'let-op' },
  { id: 'alarm', screen: 'alarm' },
] as const;

export type PhaseId = (typeof PHASES)[number]['id'];

/** The screen of 3.9 with the people to tell, and its field. */
export const TELL_SCREEN = 'wie-vertellen';
const TELL_FIELD = 'naam';

/** Where a part of the card is edited in the lesson; absent when the program has no such screen. */
export interface LessonScreen<T extends 'pairs' | 'list'> {
  screen: string;
  /** 1-based, for /les/3.9/<number>. */
  number: number;
  exercise: ExerciseOf<T>;
}

/** Everything the card shows. */
export interface RelapseCard {
  lessonOpen: boolean;
  phases: { id: PhaseId; lesson?: LessonScreen<'pairs'>; pairs: Pair[] }[];
  tell: { lesson?: LessonScreen<'list'>; names: string[] };
}

/** Pairs with something written on either side, trimmed. */
export function filledPairs(answer: PairsAnswer | undefined): Pair[] {
  return (answer?.pairs ?? [])
    .map((pair) => ({ ...pair, left: pair.left.trim(), right: pair.right.trim() }))
    .filter((pair) => pair.left || pair.right);
}

/** The names in the "who do I tell" list, without empty ones. */
export function tellNames(answer: ListAnswer | undefined): string[] {
  return (answer?.items ?? []).map((item) => (item.values[TELL_FIELD] ?? '').trim()).filter(Boolean);
}

/** Loads the card of the unlocked participant. */
export async function loadRelapseCard(profile: ProfileCard): Promise<RelapseCard> {
  const program = getProgram(profile.program);
  const [session, open] = await Promise.all([
    loadSession(profile.program, RELAPSE_SESSION),
    program ? openSessions(profile.id, sessionOrder(program)) : Promise.resolve([]),
  ]);
  const lesson = <T extends 'pairs' | 'list'>(screen: string, type: T): LessonScreen<T> | undefined => {
    const index = session?.screens.findIndex((s) => s.id === screen) ?? -1;
    const exercise = session?.screens[index]?.exercise;
    return exercise?.type === type ? { screen, number: index + 1, exercise: exercise as ExerciseOf<T> } : undefined;
  };
  const read = (screen: string) => getAnswer<unknown>({ program: profile.program, session: RELAPSE_SESSION, screen });

  const phases = await Promise.all(
    PHASES.map(async ({ id, screen }) => {
      const answer = await read(screen);
      return { id, lesson: lesson(screen, 'pairs'), pairs: pairsModel.isValid(answer) ? filledPairs(answer) : [] };
    }),
  );
  const tellAnswer = await read(TELL_SCREEN);
  return {
    lessonOpen: open.includes(RELAPSE_SESSION),
    phases,
    tell: { lesson: lesson(TELL_SCREEN, 'list'), names: listModel.isValid(tellAnswer) ? tellNames(tellAnswer) : [] },
  };
}

/**
 * The huiswerk overview for trainer and begeleider: per released session, the homework screens of
 * its content and whether each is done. "Done" is the exercise model's own isAnswered on the
 * stored answer (answers.ts), so the overview and the session agree. A homework screen without an
 * exercise (e.g. "praat met je begeleider") cannot be ticked in the app: it is 'talk'.
 */
import { loadSession } from '../content/load';
import type { ExerciseType, Session, Text } from '../content/types';
import { isStoredAnswerDone } from '../exercises/models';
import { answerId, type StoredAnswer } from './answers';
import { listRecordsFor, type ProfileAccess } from './records';

/** done: answered; open: not answered yet; talk: a task outside the app, nothing to fill in. */
export type HomeworkState = 'done' | 'open' | 'talk';

/** One homework screen of a session. */
export interface HomeworkItem {
  screen: string;
  title: Text;
  text: Text[];
  exercise: ExerciseType | null;
  state: HomeworkState;
}

/** The homework of one session. */
export interface SessionHomework {
  session: string;
  title: Text;
  items: HomeworkItem[];
}

/** The homework screens of `session` with their state, given the answers by record id. */
export function homeworkOf(program: string, session: Session, answers: ReadonlyMap<string, unknown>): HomeworkItem[] {
  return session.screens
    .filter((screen) => screen.section === 'homework')
    .map((screen) => {
      const type = screen.exercise?.type ?? null;
      const stored = answers.get(answerId({ program, session: session.id, screen: screen.id }));
      const state: HomeworkState = type === null ? 'talk' : isStoredAnswerDone(type, stored) ? 'done' : 'open';
      return { screen: screen.id, title: screen.title, text: screen.text ?? [], exercise: type, state };
    });
}

/** The homework of each of `sessions` (in that order) for the participant `access` opens. */
export async function loadHomework(access: ProfileAccess, program: string, sessions: readonly string[]): Promise<SessionHomework[]> {
  const stored = await listRecordsFor<StoredAnswer>(access, 'answer');
  const answers = new Map(stored.map((answer) => [answerId(answer), answer.value] as const));
  const loaded = await Promise.all(sessions.map((id) => loadSession(program, id)));
  return loaded
    .filter((session): session is Session => session !== undefined)
    .map((session) => ({ session: session.id, title: session.title, items: homeworkOf(program, session, answers) }));
}

/** How many items are done and how many can be done (talk items are not counted). */
export function homeworkCount(items: readonly HomeworkItem[]): { done: number; total: number } {
  const countable = items.filter((item) => item.state !== 'talk');
  return { done: countable.filter((item) => item.state === 'done').length, total: countable.length };
}

import { getProgram, loadSession, sessionOrder } from '../../../content/load';
import { goalStepsKey } from '../../../core/goals';
import type { ProfileCard } from '../../../core/profiles';
import { openSessions } from '../../../core/release';

/** The app path of the 2.5 "stappen" screen, when the program has it and it is open for the participant. */
export async function stepsScreenPath(profile: ProfileCard): Promise<string | undefined> {
  const { program: programId, session: sessionId, screen } = goalStepsKey(profile.program);
  const program = getProgram(programId);
  if (!program) return undefined;
  const [session, open] = await Promise.all([loadSession(programId, sessionId), openSessions(profile.id, sessionOrder(program))]);
  const index = session?.screens.findIndex((s) => s.id === screen) ?? -1;
  return index >= 0 && open.includes(sessionId) ? `/les/${sessionId}/${index + 1}` : undefined;
}

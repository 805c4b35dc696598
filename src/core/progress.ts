/** Which sessions a participant has finished (for the session list and Mijn reis). */
import { getRecord, listRecords, putRecord } from './records';

/** A finished session. */
export interface SessionDone {
  program: string;
  session: string;
  at: number;
}

const KIND = 'progress';

function progressId(program: string, session: string): string {
  return `${KIND}:${program}/${session}`;
}

/** Marks a session as finished (the last screen's Klaar). */
export async function markSessionDone(program: string, session: string, now = Date.now()): Promise<void> {
  await putRecord(KIND, progressId(program, session), { program, session, at: now } satisfies SessionDone);
}

/** When the participant finished `session` of `program` (epoch ms), or undefined. */
export async function sessionDoneAt(program: string, session: string): Promise<number | undefined> {
  return (await getRecord<SessionDone>(progressId(program, session)))?.at;
}

/** The finished sessions of one program. */
export async function listDoneSessions(program: string): Promise<Set<string>> {
  const done = await listRecords<SessionDone>(KIND);
  return new Set(done.filter((d) => d.program === program).map((d) => d.session));
}

/**
 * The one loader of program content. Program indexes are small and bundled; each session is
 * its own chunk, loaded when it is opened (and precached by the service worker for offline use).
 */
import CONTENT_INDEX from 'virtual:content-index';
import type { SessionSummary } from './contentIndex';
import type { Program, Session } from './types';

const PROGRAMS = import.meta.glob<Program>('/content/programs/*/program.json', { eager: true, import: 'default' });
const SESSIONS = import.meta.glob<Session>('/content/programs/*/sessions/*.json', { import: 'default' });

/** Every program, the main one first. */
export function listPrograms(): Program[] {
  return Object.values(PROGRAMS).sort((a, b) => Number(a.draft) - Number(b.draft) || a.id.localeCompare(b.id));
}

/** One program by id. */
export function getProgram(id: string): Program | undefined {
  return listPrograms().find((program) => program.id === id);
}

/** The session ids of a program in order. */
export function sessionOrder(program: Program): string[] {
  return program.modules.flatMap((module) => module.sessions);
}

/** Loads one session's content, or undefined when there is no such session. */
export async function loadSession(programId: string, sessionId: string): Promise<Session | undefined> {
  const load = SESSIONS[`/content/programs/${programId}/sessions/${sessionId}.json`];
  return load ? load() : undefined;
}

/** A session's title, kind and module without loading the session. */
export function sessionSummary(programId: string, sessionId: string): SessionSummary | undefined {
  return CONTENT_INDEX[programId]?.[sessionId];
}

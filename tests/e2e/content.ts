/** Reads program content in the tests, so they find screens by id rather than by position. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../../src/content/types';

const ROOT = join(import.meta.dirname, '../../content/programs');

/** One session's content. */
export function session(program: string, id: string): Session {
  return JSON.parse(readFileSync(join(ROOT, program, 'sessions', `${id}.json`), 'utf8')) as Session;
}

/** The app path of a screen of a Middelengebruik session, e.g. /les/1.3/7. */
export function screenPath(sessionId: string, screenId: string): string {
  const index = session('middelengebruik', sessionId).screens.findIndex((screen) => screen.id === screenId);
  if (index < 0) throw new Error(`No screen ${screenId} in ${sessionId}`);
  return `/les/${sessionId}/${index + 1}`;
}

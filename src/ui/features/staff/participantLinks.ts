/**
 * The buttons on a participant's staff page, in order. Other staff features add theirs by
 * appending a line here (and their page to STAFF_PAGES in pages.tsx).
 */
import type { ParticipantLink } from './types';

export const PARTICIPANT_LINKS: ParticipantLink[] = [];

/** The address of a participant's staff page, or of one of its sub-pages. */
export function participantPath(id: string, sub?: string): string {
  return `/staf/deelnemer/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
}

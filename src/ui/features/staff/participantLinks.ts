/**
 * The buttons on a participant's staff page, in order. Other staff features add theirs by
 * appending a line here (and their page to STAFF_PAGES in pages.tsx).
 */
import type { ParticipantLink } from './types';
import { STRINGS as CARE } from '../staffCare/strings';
import { STRINGS as NOTES } from '../notes/strings';
import { STRINGS as SURPS } from '../surps/strings';

export const PARTICIPANT_LINKS: ParticipantLink[] = [
  { path: 'bericht', icon: 'pencil', label: (language) => NOTES[language].staffLink },
  { path: 'huiswerk', icon: 'list', label: (language) => CARE[language].homeworkLink },
  { path: 'beloningen', icon: 'check', label: (language) => CARE[language].rewardsLink },
  { path: 'surps', icon: 'person', label: (language) => SURPS[language].staffLink },
];

/** The address of a participant's staff page, or of one of its sub-pages. */
export function participantPath(id: string, sub?: string): string {
  return `/staf/deelnemer/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
}

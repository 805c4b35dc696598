/**
 * The buttons on a participant's staff page, in order. Other staff features add theirs to
 * PARTICIPANT_LINKS by appending a line here (and their page to STAFF_PAGES in pages.tsx).
 */
import { STRINGS } from './strings';
import type { ParticipantLink } from './types';
import { STRINGS as CARE } from '../staffCare/strings';
import { STRINGS as NOTES } from '../notes/strings';
import { STRINGS as SURPS } from '../surps/strings';

/** Guidance features (praatkaart, huiswerk, notes, …): shown under "Begeleiden". */
export const PARTICIPANT_LINKS: ParticipantLink[] = [
  { path: 'bericht', icon: 'pencil', label: (language) => NOTES[language].staffLink },
  { path: 'huiswerk', icon: 'list', label: (language) => CARE[language].homeworkLink },
  { path: 'beloningen', icon: 'check', label: (language) => CARE[language].rewardsLink },
  { path: 'surps', icon: 'person', label: (language) => SURPS[language].staffLink },
];

const onTablet: ParticipantLink['when'] = (device) => device.kind === 'tablet';

/** Managing the participant: shown under "Regelen", after the guidance features. */
export const MANAGE_LINKS: ParticipantLink[] = [
  { path: 'lessen', icon: 'list', label: (l) => STRINGS[l].releaseOne, when: onTablet },
  { path: 'naam', icon: 'pencil', label: (l) => STRINGS[l].nameAndPicture },
  { path: 'pincode', icon: 'key', label: (l) => STRINGS[l].pinReset },
  { path: 'archiveren', icon: 'lock', label: (l) => STRINGS[l].archive, when: onTablet },
  { path: 'verwijderen', icon: 'trash', label: (l) => STRINGS[l].remove, when: onTablet },
];

/** The address of a participant's staff page, or of one of its sub-pages. */
export function participantPath(id: string, sub?: string): string {
  return `/staf/deelnemer/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
}

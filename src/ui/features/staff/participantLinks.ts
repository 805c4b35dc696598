/**
 * The buttons on a participant's staff page, in order. Other staff features add theirs to
 * PARTICIPANT_LINKS by appending a line here (and their page to STAFF_PAGES in pages.tsx).
 */
import { STRINGS } from './strings';
import type { ParticipantLink } from './types';
import { CARE_LINK_WORDS } from '../staffCare/linkWords';

/** Guidance features (praatkaart, huiswerk, notes, …): shown under "Begeleiden". */
export const PARTICIPANT_LINKS: ParticipantLink[] = [
  { path: 'bericht', icon: 'pencil', label: (language) => CARE_LINK_WORDS[language].note },
  { path: 'huiswerk', icon: 'homework', label: (language) => CARE_LINK_WORDS[language].homework },
  { path: 'beloningen', icon: 'gift', label: (language) => CARE_LINK_WORDS[language].rewards },
  { path: 'surps', icon: 'person', label: (language) => CARE_LINK_WORDS[language].surps },
];

const onTablet: ParticipantLink['when'] = (device) => device.kind === 'tablet';

/** Managing the participant: shown under "Regelen", after the guidance features. */
export const MANAGE_LINKS: ParticipantLink[] = [
  { path: 'lessen', icon: 'openBook', label: (l) => STRINGS[l].releaseOne, when: onTablet },
  { path: 'naam', icon: 'pencil', label: (l) => STRINGS[l].nameAndPicture },
  { path: 'pincode', icon: 'key', label: (l) => STRINGS[l].pinReset },
  { path: 'archiveren', icon: 'archive', label: (l) => STRINGS[l].archive, when: onTablet },
  { path: 'verwijderen', icon: 'trash', label: (l) => STRINGS[l].remove, when: onTablet },
];

/** The address of a participant's staff page, or of one of its sub-pages. */
export function participantPath(id: string, sub?: string): string {
  return `/staf/deelnemer/${encodeURIComponent(id)}${sub ? `/${sub}` : ''}`;
}

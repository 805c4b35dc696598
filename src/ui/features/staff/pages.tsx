/**
 * Every staff screen by path. Other staff features add a line here; every path starts with
 * `/staf` and a page reads its params (e.g. `id`) from `props.params`.
 */
import type { FunctionComponent } from 'preact';
import { StaffHome } from './StaffHome';
import { ParticipantPage } from './ParticipantPage';
import { StaffAddProfile } from './StaffAddProfile';
import type { StaffPageProps } from './types';

export const STAFF_PAGES: [string, FunctionComponent<StaffPageProps>][] = [
  ['/staf', StaffHome],
  ['/staf/deelnemer/:id', ParticipantPage],
  ['/staf/nieuw', StaffAddProfile],
];

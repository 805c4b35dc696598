/**
 * Every staff screen by path. Other staff features add a line here; every path starts with
 * `/staf` and a page reads its params (e.g. `id`) from `props.params`.
 */
import type { FunctionComponent } from 'preact';
import { StaffHome } from './StaffHome';
import { ParticipantPage } from './ParticipantPage';
import { StaffAddProfile } from './StaffAddProfile';
import type { StaffPageProps } from './types';
import { lazyPage } from '../../lazyPage';

const SurpsStaffPage = lazyPage(() => import('../staffCare/SurpsStaffPage').then((m) => m.SurpsStaffPage));
const HomeworkPage = lazyPage(() => import('../staffCare/HomeworkPage').then((m) => m.HomeworkPage));
const StaffNotePage = lazyPage(() => import('../staffCare/StaffNotePage').then((m) => m.StaffNotePage));
const RewardsPage = lazyPage(() => import('../staffCare/RewardsPage').then((m) => m.RewardsPage));

export const STAFF_PAGES: [string, FunctionComponent<StaffPageProps>][] = [
  ['/staf', StaffHome],
  ['/staf/deelnemer/:id', ParticipantPage],
  ['/staf/nieuw', StaffAddProfile],
  ['/staf/deelnemer/:id/surps', SurpsStaffPage],
  ['/staf/deelnemer/:id/huiswerk', HomeworkPage],
  ['/staf/deelnemer/:id/bericht', StaffNotePage],
  ['/staf/deelnemer/:id/beloningen', RewardsPage],
];

/**
 * Every staff screen by path. Other staff features add a line here; every path starts with
 * `/staf` and a page reads its params (e.g. `id`) from `props.params`.
 */
import type { FunctionComponent } from 'preact';
import { StaffHome } from './StaffHome';
import { ParticipantPage } from './ParticipantPage';
import { StaffAddProfile } from './StaffAddProfile';
import { ReleasePage } from './ReleasePage';
import { GroupReleasePage } from './GroupReleasePage';
import { NamePage } from './NamePage';
import { PinPage } from './PinPage';
import { ArchivePage } from './ArchivePage';
import { DeletePage } from './DeletePage';
import { CodeSettingPage, CrisisSettingPage, OrganisationSettingPage, StaffSettings } from './StaffSettings';
import type { StaffPageProps } from './types';
import { lazyPage } from '../../lazyPage';

const SurpsStaffPage = lazyPage(() => import('../staffCare/SurpsStaffPage').then((m) => m.SurpsStaffPage));
const HomeworkPage = lazyPage(() => import('../staffCare/HomeworkPage').then((m) => m.HomeworkPage));
const StaffNotePage = lazyPage(() => import('../staffCare/StaffNotePage').then((m) => m.StaffNotePage));
const RewardsPage = lazyPage(() => import('../staffCare/RewardsPage').then((m) => m.RewardsPage));

export const STAFF_PAGES: [string, FunctionComponent<StaffPageProps>][] = [
  ['/staf', StaffHome],
  ['/staf/nieuw', StaffAddProfile],
  ['/staf/lessen/:program', GroupReleasePage],
  ['/staf/instellingen', StaffSettings],
  ['/staf/instellingen/organisatie', OrganisationSettingPage],
  ['/staf/instellingen/crisis', CrisisSettingPage],
  ['/staf/instellingen/code', CodeSettingPage],
  ['/staf/deelnemer/:id', ParticipantPage],
  ['/staf/deelnemer/:id/lessen', ReleasePage],
  ['/staf/deelnemer/:id/naam', NamePage],
  ['/staf/deelnemer/:id/pincode', PinPage],
  ['/staf/deelnemer/:id/archiveren', ArchivePage],
  ['/staf/deelnemer/:id/verwijderen', DeletePage],
  ['/staf/deelnemer/:id/surps', SurpsStaffPage],
  ['/staf/deelnemer/:id/huiswerk', HomeworkPage],
  ['/staf/deelnemer/:id/bericht', StaffNotePage],
  ['/staf/deelnemer/:id/beloningen', RewardsPage],
];

import type { DeviceRow } from '../../../core/db';
import type { Language } from '../../../i18n';
import type { UiIconName } from '../../icons/Icon.tsx';

/** What every staff page gets: the route's params (e.g. `id`) and the device settings. */
export interface StaffPageProps {
  params: Record<string, string>;
  device: DeviceRow;
}

/** One button on a participant's staff page, leading to `/staf/deelnemer/:id/<path>`. */
export interface ParticipantLink {
  /** The last part of the address, e.g. 'praatkaart'. */
  path: string;
  icon: UiIconName;
  /** The button's word in the current language. */
  label: (language: Language) => string;
  /** Show the button only on some devices (default: always). */
  when?: (device: DeviceRow) => boolean;
}

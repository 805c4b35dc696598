import type { FunctionComponent } from 'preact';
import type { IconProps } from './IconSvg.tsx';
import { CheckIcon, CloseIcon, BackIcon, HomeIcon, InfoIcon, ListIcon, NextIcon, PlusIcon } from './navigation.tsx';
import { CameraIcon, EyeIcon, MicrophoneIcon, PencilIcon, SettingsIcon, SpeakerIcon, StopIcon, TrashIcon } from './actions.tsx';
import { KeyIcon, LockIcon, ShieldIcon, SosIcon, UnlockIcon } from './safety.tsx';
import { CallIcon, GroupIcon, LanguageIcon, OtherPersonIcon, PersonIcon, PhoneIcon, TabletIcon } from './people.tsx';
import { ArchiveIcon, CardsIcon, CertificateIcon, GiftIcon, HomeworkIcon, OpenBookIcon } from './objects.tsx';

/** Every line icon of the interface by name, so buttons and menus can refer to one by a string. */
export const UI_ICONS = {
  sos: SosIcon,
  speaker: SpeakerIcon,
  stop: StopIcon,
  home: HomeIcon,
  back: BackIcon,
  next: NextIcon,
  lock: LockIcon,
  unlock: UnlockIcon,
  settings: SettingsIcon,
  phone: PhoneIcon,
  tablet: TabletIcon,
  call: CallIcon,
  plus: PlusIcon,
  check: CheckIcon,
  close: CloseIcon,
  pencil: PencilIcon,
  trash: TrashIcon,
  list: ListIcon,
  language: LanguageIcon,
  person: PersonIcon,
  group: GroupIcon,
  key: KeyIcon,
  microphone: MicrophoneIcon,
  camera: CameraIcon,
  eye: EyeIcon,
  info: InfoIcon,
  shield: ShieldIcon,
  otherPerson: OtherPersonIcon,
  cards: CardsIcon,
  certificate: CertificateIcon,
  archive: ArchiveIcon,
  gift: GiftIcon,
  homework: HomeworkIcon,
  openBook: OpenBookIcon,
} as const satisfies Record<string, FunctionComponent<IconProps>>;

/** Name of a line icon in UI_ICONS. */
export type UiIconName = keyof typeof UI_ICONS;

/** A line icon chosen by name, e.g. `<Icon name="home" />`. */
export function Icon({ name, ...props }: IconProps & { name: UiIconName }) {
  const Drawn = UI_ICONS[name];
  return <Drawn {...props} />;
}

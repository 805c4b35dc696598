import { IconSvg, type IconProps } from './IconSvg.tsx';

/** A mobile phone: this phone. */
export function PhoneIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <rect x="13" y="4" width="22" height="40" rx="4" />
      <path d="M21 10 H27" />
      <circle cx="24" cy="37" r="2.5" fill="currentColor" stroke="none" />
    </IconSvg>
  );
}

/** A tablet: like the phone, but wide. */
export function TabletIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <rect x="6" y="4" width="36" height="40" rx="4" />
      <path d="M21 10 H27" />
      <circle cx="24" cy="37" r="2.5" fill="currentColor" stroke="none" />
    </IconSvg>
  );
}

/** A telephone handset: call someone. */
export function CallIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path
        d="M17 5 L10 8 C7 9 5 12 6 16 C10 29 19 38 32 42 C36 43 39 41 40 38 L43 31 L34 26 L29 31 C23 28 20 25 17 19 L22 14 Z"
        fill="currentColor"
        stroke-width="2"
      />
    </IconSvg>
  );
}

/** One person: the trainer, a helper. */
export function PersonIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="24" cy="14" r="8" />
      <path d="M8 43 A16 16 0 0 1 40 43" />
    </IconSvg>
  );
}

/** Three people: the group. */
export function GroupIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="11" cy="17" r="5" />
      <circle cx="37" cy="17" r="5" />
      <path d="M3 36 A8 8 0 0 1 15 29 M45 36 A8 8 0 0 0 33 29" />
      <circle cx="24" cy="20" r="7" fill="currentColor" />
      <path d="M12 43 A12 12 0 0 1 36 43" fill="currentColor" />
    </IconSvg>
  );
}

/** A globe: choose your language. */
export function LanguageIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="24" cy="24" r="19" />
      <ellipse cx="24" cy="24" rx="8" ry="19" />
      <path d="M5 24 H43 M9 14 H39 M9 34 H39" stroke-width="3" />
    </IconSvg>
  );
}

/** One person with arrows going back and forth: someone else, switch person. */
export function OtherPersonIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="15" cy="14" r="7" />
      <path d="M2 42 A13 13 0 0 1 28 42" />
      <path d="M31 16 H44 M39 11 L44 16 L39 21 M44 31 H31 M36 26 L31 31 L36 36" />
    </IconSvg>
  );
}

import { IconSvg, type IconProps } from './IconSvg.tsx';

/** A house: go to the start screen. */
export function HomeIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M5 23 L24 7 L43 23" />
      <path d="M10 19 V41 H38 V19" />
      <path d="M20 41 V30 H28 V41" />
    </IconSvg>
  );
}

/** An arrow pointing left: go back. */
export function BackIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M40 24 H9 M21 11 L8 24 L21 37" />
    </IconSvg>
  );
}

/** An arrow pointing right: go on. */
export function NextIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M8 24 H39 M27 11 L40 24 L27 37" />
    </IconSvg>
  );
}

/** A plus sign: add something new. */
export function PlusIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 8 V40 M8 24 H40" />
    </IconSvg>
  );
}

/** A tick: done, saved, yes. */
export function CheckIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M8 25 L19 36 L40 12" />
    </IconSvg>
  );
}

/** A cross: close or cancel. */
export function CloseIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M11 11 L37 37 M37 11 L11 37" />
    </IconSvg>
  );
}

/** A letter i in a circle: more information. */
export function InfoIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <circle cx="24" cy="24" r="19" />
      <path d="M24 22 V34" />
      <circle cx="24" cy="15" r="3" fill="currentColor" stroke="none" />
    </IconSvg>
  );
}

/** A calendar page with marked days: my days, my diary. */
export function ListIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <rect x="6" y="10" width="36" height="32" rx="4" />
      <path d="M6 19 H42 M16 6 V13 M32 6 V13" />
      <g fill="currentColor" stroke="none">
        <rect x="12" y="24" width="6" height="5" rx="1" />
        <rect x="21" y="24" width="6" height="5" rx="1" />
        <rect x="30" y="24" width="6" height="5" rx="1" />
        <rect x="12" y="32" width="6" height="5" rx="1" />
        <rect x="21" y="32" width="6" height="5" rx="1" />
      </g>
    </IconSvg>
  );
}

import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';

/** An arrow into a tray: save a copy. */
export function SaveCopyIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 6 V30 M14 20 L24 30 L34 20" />
      <path d="M6 30 V40 H42 V30" />
    </IconSvg>
  );
}

/** An arrow out of a tray: bring a copy back. */
export function RestoreIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M24 30 V6 M14 16 L24 6 L34 16" />
      <path d="M6 30 V40 H42 V30" />
    </IconSvg>
  );
}

import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';

/** A printer with a sheet coming out: print this card. */
export function PrinterIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M14 18 V6 H34 V18" />
      <path d="M14 34 H9 A3 3 0 0 1 6 31 V21 A3 3 0 0 1 9 18 H39 A3 3 0 0 1 42 21 V31 A3 3 0 0 1 39 34 H34" />
      <path d="M14 28 V42 H34 V28 Z" />
      <path d="M19 34 H29 M19 38 H26" stroke-width="3" />
    </IconSvg>
  );
}

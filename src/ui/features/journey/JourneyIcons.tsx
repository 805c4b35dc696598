/** Line icons only Mijn reis uses, on the 48 × 48 grid of the app's other icons. */
import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';

/** A table: rows and columns of values. */
export function TableIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <rect x="6" y="8" width="36" height="32" rx="3" />
      <path d="M6 18 H42 M6 29 H42 M19 8 V40" />
    </IconSvg>
  );
}

/** A list: dots with lines beside them. */
export function LinesIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M18 12 H41 M18 24 H41 M18 36 H41" />
      <g fill="currentColor" stroke="none">
        <circle cx="9" cy="12" r="3.5" />
        <circle cx="9" cy="24" r="3.5" />
        <circle cx="9" cy="36" r="3.5" />
      </g>
    </IconSvg>
  );
}

import { IconSvg, type IconProps } from '../icons/IconSvg.tsx';

/** A minus sign: make something smaller (UI_ICONS has no minus yet). */
export function MinusIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M8 24 H40" />
    </IconSvg>
  );
}

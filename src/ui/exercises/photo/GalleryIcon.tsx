import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';

/** Two stacked pictures with a mountain and a sun: choose a photo you already have. */
export function GalleryIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M12 8 H42 V34" />
      <rect x="5" y="14" width="31" height="27" rx="2" />
      <path d="M8 37 L17 26 L24 33 L28 29 L34 37" />
      <circle cx="27" cy="21" r="3" fill="currentColor" />
    </IconSvg>
  );
}

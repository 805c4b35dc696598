import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';

/** A five-pointed star: outlined, or filled when the thought is a favourite (shape, not colour, tells). */
export function StarIcon({ filled, ...props }: IconProps & { filled: boolean }) {
  return (
    <IconSvg {...props}>
      <path d="M24 5 L29.6 17.6 L43 18.9 L32.9 28 L35.8 41.5 L24 34.6 L12.2 41.5 L15.1 28 L5 18.9 L18.4 17.6 Z" fill={filled ? 'currentColor' : 'none'} />
    </IconSvg>
  );
}

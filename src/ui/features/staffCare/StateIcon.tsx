import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';
import type { HomeworkState } from '../../../core/homework';

/** Done: a filled circle with a tick. Open: an empty dashed circle. Talk: a speech bubble. Shape, never colour alone. */
export function StateIcon({ state, ...props }: IconProps & { state: HomeworkState }) {
  if (state === 'done') {
    return (
      <IconSvg {...props}>
        <circle cx="24" cy="24" r="19" fill="currentColor" />
        <path d="M15 24 L21 30 L33 17" stroke="#ffffff" />
      </IconSvg>
    );
  }
  if (state === 'open') {
    return (
      <IconSvg {...props}>
        <circle cx="24" cy="24" r="18" stroke-dasharray="6 5" />
      </IconSvg>
    );
  }
  return (
    <IconSvg {...props}>
      <path d="M8 10 H40 V32 H22 L13 40 V32 H8 Z" />
    </IconSvg>
  );
}

import { IconSvg, type IconProps } from '../../icons/IconSvg.tsx';
import type { PhaseId } from './loadRelapseCard';

/**
 * Each phase has its own shape, so the card reads the same in black and white:
 * goed = a circle with a tick, let op = a triangle with "!", alarm = an octagon with "!".
 */
export function PhaseIcon({ phase, ...props }: IconProps & { phase: PhaseId }) {
  return (
    <IconSvg {...props}>
      {phase === 'goed' && (
        <>
          <circle cx="24" cy="24" r="20" />
          <path d="M14 25 L21 32 L34 17" />
        </>
      )}
      {phase === 'letOp' && (
        <>
          <path d="M24 5 L44 41 H4 Z" />
          <path d="M24 18 V29" />
          <circle cx="24" cy="35" r="2.5" fill="currentColor" stroke="none" />
        </>
      )}
      {phase === 'alarm' && (
        <>
          <path d="M16 4 H32 L44 16 V32 L32 44 H16 L4 32 V16 Z" />
          <path d="M24 13 V27" />
          <circle cx="24" cy="34" r="2.5" fill="currentColor" stroke="none" />
        </>
      )}
    </IconSvg>
  );
}

/** A printer: print this card. */
export function PrintIcon(props: IconProps) {
  return (
    <IconSvg {...props}>
      <path d="M13 17 V5 H35 V17" />
      <path d="M13 35 H7 V17 H41 V35 H35" />
      <path d="M13 28 H35 V43 H13 Z" />
      <path d="M18 34 H30 M18 38 H26" />
    </IconSvg>
  );
}

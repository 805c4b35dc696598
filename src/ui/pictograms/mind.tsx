import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { BLUE, GREEN, HAIR, INK, LIGHT_BLUE, PURPLE, SKIN, WHITE } from './palette.ts';
import { Bust, Limb } from './parts.tsx';

// Thoughts and inner strength: the rest of the "feelings and thoughts" group, not drawn as faces.

/** Drawings of craving, thought, strength and trust. */
export const MIND_DRAWINGS = {
  // A wave that rises, curls over and comes down again: craving comes and goes.
  craving: () => (
    <>
      <path d="M3 44 V34 Q10 30 14 34 Q18 38 22 34 V44 Z" fill={LIGHT_BLUE} />
      <path
        d="M14 44 C18 40 20 30 22 22 C25 11 33 6 40 8 C45 10 46 17 42 20 C39 22 35 21 35 17 C31 19 30 26 33 31 C36 36 41 37 45 36 V44 Z"
        fill={BLUE}
      />
      <path d="M26 20 C28 14 33 11 38 11.5" stroke={WHITE} stroke-width="2" />
    </>
  ),
  // A person with a thought cloud above their head.
  thought: () => (
    <>
      <path
        d="M18 24 Q11 24 11 18 Q11 12 17 12 Q18 5 26 5 Q32 5 34 9 Q42 8 43 15 Q45 23 37 24 Z"
        fill={WHITE}
      />
      <g fill={INK} stroke="none">
        <circle cx="21" cy="15" r="1.6" />
        <circle cx="27" cy="15" r="1.6" />
        <circle cx="33" cy="15" r="1.6" />
      </g>
      <circle cx="22" cy="27.5" r="2.3" fill={WHITE} stroke-width="2" />
      <circle cx="18.5" cy="31" r="1.5" fill={WHITE} stroke-width="2" />
      <Bust cx={11} cy={37} r={6.5} skin={SKIN.mid} shirt={PURPLE} hair={HAIR.dark} bottom={48} />
    </>
  ),
  // An arm flexing its muscle.
  strength: () => (
    <>
      <path d="M3 29 C6 18 20 13 27 26 C26 22 25.5 19 25.5 17 C20 16 20 6 27 4.5 C34 3 40 6 40 12 L45 34 C46 41 42 44 37 44 H3 Z" fill={SKIN.mid} />
      <path d="M25.5 9.5 Q28.5 8.5 31 10 M25.5 13.5 Q28.5 12.5 31 14" stroke-width="1.8" />
      <path d="M9 11 L6 7 M15 8 L14 3 M21 10 L23 6" stroke-width="2.5" />
    </>
  ),
  // Two hands shaking, seen from the side: an agreement between people who trust each other.
  trust: () => (
    <>
      <path d="M0 12 H6 Q8 12 8 14 V32 Q8 34 6 34 H0" fill={BLUE} />
      <path d="M48 16 H42 Q40 16 40 18 V36 Q40 38 42 38 H48" fill={GREEN} />
      <path d="M41 19 H22 Q15 19 15 28 Q15 37 22 37 H41 Z" fill={SKIN.dark} />
      <path d="M7 15 H22 V32 H7 Z" fill={SKIN.light} />
      {[19, 22.5, 26, 29.5].map((x) => (
        <rect key={x} x={x} y="15.5" width="3.5" height="19" rx="1.75" fill={SKIN.light} stroke-width="2" />
      ))}
      <Limb d="M39 21 Q32 11 20 15.5" color={SKIN.dark} width={4} />
    </>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

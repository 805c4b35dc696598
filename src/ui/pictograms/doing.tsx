import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { BLUE, BROWN, GREEN, GREY, LIGHT_BLUE, LIGHT_GREEN, ORANGE, PINK, PURPLE, RED, SKIN, WHITE, YELLOW } from './palette.ts';
import { Heart, Limb } from './parts.tsx';

// Doing: goals, skills and tools from the exercises.

/** Drawings of the doing group; `question` doubles as the fallback for an unknown id. */
export const DOING_DRAWINGS = {
  // A flag on top of a hill.
  goal: () => (
    <>
      <path d="M24 24 V5" stroke-width="2.5" />
      <path d="M24 5 L38 10 L24 15 Z" fill={RED} />
      <path d="M2 44 Q14 25 24 24 Q34 25 46 44 Z" fill={GREEN} />
    </>
  ),
  // A big red heart: what matters to me, my reasons.
  heart: () => (
    <>
      <Heart cx={24} bottom={44} size={42} fill={RED} />
      <path d="M10 15 Q11 10 16 9.5" stroke={WHITE} stroke-width="3" />
    </>
  ),
  // A wrapped present.
  reward: () => (
    <>
      <path d="M24 16 C20 8 12 8 13 13 C14 16 19 16 24 16 Z M24 16 C28 8 36 8 35 13 C34 16 29 16 24 16 Z" fill={YELLOW} />
      <rect x="8" y="22" width="32" height="21" fill={RED} />
      <rect x="6" y="16" width="36" height="7" rx="1" fill={RED} />
      <path d="M21 16 H27 V43 H21 Z" fill={YELLOW} />
    </>
  ),
  // A red octagonal stop sign.
  stop: () => (
    <>
      <path d="M16.3 5.5 H31.7 L42.5 16.3 V31.7 L31.7 42.5 H16.3 L5.5 31.7 V16.3 Z" fill={RED} />
      <path d="M17.5 8.5 H30.5 L39.5 17.5 V30.5 L30.5 39.5 H17.5 L8.5 30.5 V17.5 Z" stroke={WHITE} stroke-width="1.5" />
      <g stroke={WHITE} stroke-width="2">
        <path d="M15.5 20.5 Q14.5 19 12.8 19 Q10 19 10 21.5 Q10 23.5 12.8 24 Q15.5 24.5 15.5 26.5 Q15.5 29 12.8 29 Q11 29 10 27.5" />
        <path d="M17.5 19 H23 M20.3 19 V29" />
        <rect x="25" y="19" width="5.5" height="10" rx="2.75" />
        <path d="M32.5 29 V19 H35.5 Q38 19 38 21.8 Q38 24.5 35.5 24.5 H32.5" />
      </g>
    </>
  ),
  // A raised open hand: no.
  no: () => (
    <>
      <g fill={SKIN.light}>
        <rect x="13" y="10" width="5.5" height="18" rx="2.75" />
        <rect x="19" y="5" width="5.5" height="22" rx="2.75" />
        <rect x="25" y="6" width="5.5" height="21" rx="2.75" />
        <rect x="31" y="11" width="5" height="17" rx="2.5" />
        <path d="M14 31 L7 22 Q5 19 8 18 Q10 17 12 19 L16 24" />
        <path d="M13 24 H36.5 V34 Q36.5 40 30 40 H19 Q13 40 13 34 Z" />
      </g>
      <rect x="14" y="39" width="21" height="6" rx="1" fill={BLUE} />
    </>
  ),
  // Two lungs, with air coming in.
  breathe: () => (
    <>
      <path d="M21 15 Q11 11 6 25 Q3 37 8 41 Q14 44 21 38 Z M27 15 Q37 11 42 25 Q45 37 40 41 Q34 44 27 38 Z" fill={PINK} />
      <path d="M24 4 V20 M24 20 L20 25 M24 20 L28 25" stroke-width="3" />
      <path d="M2 9 H11 Q15 9 15 5.5 Q15 3 12.5 3 Q10.5 3 10.5 5 M46 9 H37 Q33 9 33 5.5 Q33 3 35.5 3 Q37.5 3 37.5 5" stroke={BLUE} stroke-width="2.5" />
    </>
  ),
  // A life ring: help is there.
  help: () => (
    <>
      <circle cx="24" cy="24" r="19.5" fill={RED} />
      <circle
        cx="24"
        cy="24"
        r="14.25"
        stroke={WHITE}
        stroke-width="10.5"
        stroke-linecap="butt"
        stroke-dasharray="11.19 11.19"
        stroke-dashoffset="-5.6"
      />
      <circle cx="24" cy="24" r="19.5" />
      <circle cx="24" cy="24" r="9" fill={WHITE} />
    </>
  ),
  // A house with a big heart on it: a place where you feel safe.
  safePlace: () => (
    <>
      <rect x="9" y="21" width="30" height="22" fill={LIGHT_GREEN} />
      <path d="M4 24 L24 6 L44 24 Z" fill={PURPLE} />
      <Heart cx={24} bottom={40} size={16} fill={RED} />
    </>
  ),
  // A question mark in a blue circle.
  question: () => (
    <>
      <circle cx="24" cy="24" r="20" fill={BLUE} />
      <path d="M17.5 18 A6.5 6.5 0 1 1 27 23.7 C25 24.9 24 26 24 29" stroke={WHITE} stroke-width="4.5" />
      <circle cx="24" cy="36" r="2.8" fill={WHITE} stroke="none" />
    </>
  ),
  // A lit light bulb.
  idea: () => (
    <>
      <path d="M24 4 V8 M11.3 9.3 L14.1 12.1 M36.7 9.3 L33.9 12.1 M6 22 H10 M38 22 H42" stroke={ORANGE} stroke-width="3" />
      <path d="M19 35 V32 C15 30 13 26.5 13 22 A11 11 0 0 1 35 22 C35 26.5 33 30 29 32 V35 Z" fill={YELLOW} />
      <path d="M21 26 L24 29 L27 26 M24 29 V35" stroke-width="1.8" />
      <rect x="19" y="35" width="10" height="6" rx="1" fill={GREY} />
      <path d="M22 41 Q24 44 26 41" stroke-width="2" />
    </>
  ),
  // A signpost with one arrow to the left and one to the right.
  choose: () => (
    <>
      <path d="M16 44 Q24 39 32 44 Z" fill={LIGHT_GREEN} />
      <rect x="22" y="5" width="4" height="37" fill={BROWN} />
      <path d="M26 9 H9 L4 14 L9 19 H26 Z" fill={ORANGE} />
      <path d="M22 23 H39 L44 28 L39 33 H22 Z" fill={BLUE} />
    </>
  ),
  // Stairs going up, with an arrow: one step at a time.
  step: () => (
    <>
      <path d="M4 44 V36 H14 V28 H24 V20 H34 V12 H44 V44 Z" fill={LIGHT_BLUE} />
      <Limb d="M6 27 L20.6 12.4" color={GREEN} width={3.5} />
      <path d="M27 6 L16.4 8.2 L24.9 16.6 Z" fill={GREEN} />
    </>
  ),
  // A box with a green tick: done.
  check: () => (
    <>
      <rect x="5" y="12" width="30" height="30" rx="4" fill={WHITE} />
      <Limb d="M11 26 L20 35 L41 8" color={GREEN} width={5} />
    </>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

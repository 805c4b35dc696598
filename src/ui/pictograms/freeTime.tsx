import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { BLUE, BROWN, GREEN, GREY, HAIR, INK, LIGHT_BLUE, LIGHT_GREEN, NAVY, ORANGE, PINK, PURPLE, RED, SKIN, WHITE, YELLOW } from './palette.ts';
import { Bust, Drop, Limb } from './parts.tsx';

// Free time and looking after yourself: the second half of the "life" group.

const DOG = '#d9a66b';
const DOG_EAR = '#7a4a2a';

/** Drawings of free time, contact and self-care. */
export const FREE_TIME_DRAWINGS = {
  // A dumbbell and a football, side by side on the floor.
  sport: () => (
    <>
      <rect x="6" y="31" width="16" height="4" fill={GREY} stroke-width="2" />
      <rect x="2" y="23" width="6" height="20" rx="1.5" fill={NAVY} />
      <rect x="20" y="23" width="6" height="20" rx="1.5" fill={NAVY} />
      <circle cx="35" cy="31" r="11.5" fill={WHITE} />
      <path d="M35 27 L38.8 29.8 L37.4 34.2 H32.6 L31.2 29.8 Z" fill={INK} stroke-width="1.5" />
      <path d="M35 27 V19.5 M38.8 29.8 L46 27.5 M37.4 34.2 L41.6 40.5 M32.6 34.2 L28.4 40.5 M31.2 29.8 L24 27.5" stroke-width="1.5" />
    </>
  ),
  // Headphones with a music note.
  music: () => (
    <>
      <Limb d="M9 28 V23 A15 15 0 0 1 39 23 V28" color={PURPLE} width={3} />
      <rect x="5" y="24" width="9" height="16" rx="3" fill={PURPLE} />
      <rect x="34" y="24" width="9" height="16" rx="3" fill={PURPLE} />
      <path d="M21 35 V21 L29 19 V32" stroke-width="2.5" />
      <ellipse cx="19" cy="35" rx="3" ry="2.3" fill={INK} />
      <ellipse cx="27" cy="32" rx="3" ry="2.3" fill={INK} />
    </>
  ),
  // A person walking.
  walk: () => (
    <>
      <Limb d="M24 27 L19 35 L14 42 M24 27 L29 35 L32 42" color={BLUE} width={4.5} />
      <Limb d="M25 17 L19 23 L16 27" color={SKIN.mid} width={3} />
      <Limb d="M24.5 16 L24 27" color={GREEN} width={8} />
      <Limb d="M25 17 L30 23 L34 25" color={SKIN.mid} width={3} />
      <path d="M11 43 H16 M30 43 H36" stroke-width="3.5" />
      <circle cx="26" cy="8.5" r="5" fill={SKIN.mid} />
      <path d="M21 8.5 A5 5 0 0 1 31 8.5 C29 6 23 6 21 8.5 Z" fill={HAIR.dark} />
    </>
  ),
  // A tree on a green hill, with a flower.
  nature: () => (
    <>
      <rect x="21" y="24" width="6" height="15" fill={BROWN} />
      <path d="M14 29 Q6 29 7 22 Q7 16 13 15 Q14 5 24 5 Q34 5 35 15 Q41 16 41 22 Q42 29 34 29 Z" fill={GREEN} />
      <path d="M3 44 Q24 32 45 44 Z" fill={LIGHT_GREEN} />
      <path d="M39 40 V34" stroke-width="2" />
      <circle cx="39" cy="32" r="3" fill={YELLOW} stroke-width="2" />
    </>
  ),
  // A telephone handset with sound waves.
  call: () => (
    <>
      <path
        d="M17 7 L10 10 C7 11 5 14 6 18 C10 31 19 39 32 42 C36 43 39 41 40 38 L42 32 L34 27 L29 32 C23 29 20 26 17 20 L22 15 Z"
        fill={GREEN}
      />
      <path d="M28 4 A16 16 0 0 1 44 20 M27 11 A9 9 0 0 1 37 21" stroke-width="2.5" />
    </>
  ),
  // Two people, each with a speech bubble.
  talk: () => (
    <>
      <path d="M8 3 H19 Q23 3 23 7 V13 Q23 17 19 17 H14 L9 22 V17 H8 Q4 17 4 13 V7 Q4 3 8 3 Z" fill={WHITE} />
      <path d="M29 8 H40 Q44 8 44 12 V18 Q44 22 40 22 H39 V27 L34 22 H29 Q25 22 25 18 V12 Q25 8 29 8 Z" fill={LIGHT_BLUE} />
      <g fill={INK} stroke="none">
        <circle cx="9.5" cy="10" r="1.3" />
        <circle cx="13.5" cy="10" r="1.3" />
        <circle cx="17.5" cy="10" r="1.3" />
        <circle cx="30.5" cy="15" r="1.3" />
        <circle cx="34.5" cy="15" r="1.3" />
        <circle cx="38.5" cy="15" r="1.3" />
      </g>
      <Bust cx={12} cy={31} r={5.5} skin={SKIN.light} shirt={ORANGE} hair={HAIR.dark} />
      <Bust cx={36} cy={33} r={5.5} skin={SKIN.dark} shirt={GREEN} hair={HAIR.black} />
    </>
  ),
  // A television on a stand, showing a landscape.
  tv: () => (
    <>
      <path d="M24 36 V42 M16 43 H32" stroke-width="3" />
      <rect x="4" y="8" width="40" height="28" rx="3" fill={INK} />
      <rect x="8" y="12" width="32" height="20" fill={LIGHT_BLUE} stroke="none" />
      <path d="M8 32 V27 Q17 20 24 26 Q31 21 40 26 V32 Z" fill={GREEN} stroke="none" />
      <circle cx="33" cy="17" r="3" fill={YELLOW} stroke="none" />
    </>
  ),
  // A game controller.
  game: () => (
    <>
      <path d="M14 13 H34 Q43 13 44 25 Q45 37 39 37 Q35 37 32 31 H16 Q13 37 9 37 Q3 37 4 25 Q5 13 14 13 Z" fill={GREY} />
      <path d="M10 23 H18 M14 19 V27" stroke-width="3.5" />
      <circle cx="33" cy="26" r="2.5" fill={RED} stroke-width="2" />
      <circle cx="38" cy="21" r="2.5" fill={BLUE} stroke-width="2" />
    </>
  ),
  // A shower head with water falling.
  shower: () => (
    <>
      <path d="M24 11 V8 Q24 4 28 4 H44" stroke-width="3" />
      <path d="M13 20 Q13 11 24 10 Q35 11 35 20 Z" fill={GREY} />
      {[[17, 27], [24, 27], [31, 27], [20.5, 35], [27.5, 35], [17, 43], [24, 43], [31, 43]].map(([cx, cy]) => (
        <Drop key={`${cx} ${cy}`} cx={cx} cy={cy} r={2.3} fill={BLUE} />
      ))}
    </>
  ),
  // A pan with steam rising.
  cook: () => (
    <>
      <path d="M16 14 Q14 11 16 8 Q18 5 16 2 M24 14 Q22 11 24 8 Q26 5 24 2 M32 14 Q30 11 32 8 Q34 5 32 2" stroke-width="2" />
      <path d="M10 26 H4 M38 26 H44" stroke-width="3.5" />
      <path d="M10 21 H38 V36 Q38 42 32 42 H16 Q10 42 10 36 Z" fill={RED} />
      <path d="M7 21 H41" stroke-width="3" />
      <path d="M21 21 Q21 17 24 17 Q27 17 27 21" fill={GREY} stroke-width="2" />
    </>
  ),
  // A dog's head with a collar: a pet.
  pet: () => (
    <>
      <ellipse cx="24" cy="24" rx="12" ry="13" fill={DOG} />
      <path d="M15 11 Q5 11 5 25 Q6 32 12 30 Z M33 11 Q43 11 43 25 Q42 32 36 30 Z" fill={DOG_EAR} />
      <ellipse cx="24" cy="30" rx="7" ry="5.5" fill="#f6dcb8" />
      <circle cx="19" cy="21" r="2" fill={INK} stroke="none" />
      <circle cx="29" cy="21" r="2" fill={INK} stroke="none" />
      <ellipse cx="24" cy="27" rx="3" ry="2.2" fill={INK} stroke="none" />
      <path d="M24 29 V31 M20.5 31 Q24 34 27.5 31" stroke-width="1.5" />
      <path d="M14 37 Q24 43 34 37" stroke={RED} stroke-width="3.5" />
      <circle cx="24" cy="42" r="2.5" fill={YELLOW} stroke-width="1.5" />
    </>
  ),
  // An open book.
  reading: () => (
    <>
      <path d="M3 12 V40 Q14 38 24 43 Q34 38 45 40 V12" fill={BLUE} />
      <path d="M24 12 Q15 7 5 9 V37 Q15 35 24 40 Z M24 12 Q33 7 43 9 V37 Q33 35 24 40 Z" fill={WHITE} />
      <path d="M9 15 Q14 14 20 16 M9 21 Q14 20 20 22 M9 27 Q14 26 20 28 M28 16 Q34 14 39 15 M28 22 Q34 20 39 21 M28 28 Q34 26 39 27" stroke-width="1.5" />
    </>
  ),
  // A sheet with a drawing of a sun and a hill, and a crayon.
  drawing: () => (
    <>
      <rect x="4" y="5" width="30" height="36" rx="1.5" fill={WHITE} />
      <circle cx="13" cy="14" r="4" fill={YELLOW} stroke={ORANGE} stroke-width="2" />
      <path d="M7 34 Q15 22 23 32" stroke={GREEN} stroke-width="2.5" />
      <g transform="translate(33 29) rotate(-45)">
        <path d="M-9 -3.5 H8 V3.5 H-9 Z" fill={PINK} />
        <path d="M-9 -3.5 L-16 0 L-9 3.5 Z" fill="#f4e3c1" />
        <path d="M8 -3.5 H12 V3.5 H8 Z" fill={PURPLE} />
      </g>
    </>
  ),
  // Balloons and confetti.
  party: () => (
    <>
      <path d="M14 25 Q16 34 24 44 M34 25 Q32 34 24 44 M24 19 V44" stroke-width="1.5" />
      <ellipse cx="14" cy="16" rx="8" ry="9.5" fill={RED} />
      <ellipse cx="34" cy="16" rx="8" ry="9.5" fill={BLUE} />
      <ellipse cx="24" cy="11" rx="8" ry="9.5" fill={YELLOW} />
      <g stroke="none">
        <rect x="4" y="33" width="3" height="3" fill={PURPLE} transform="rotate(20 5.5 34.5)" />
        <rect x="40" y="33" width="3" height="3" fill={GREEN} transform="rotate(-25 41.5 34.5)" />
        <rect x="8" y="41" width="3" height="3" fill={ORANGE} />
        <rect x="37" y="41" width="3" height="3" fill={PINK} transform="rotate(30 38.5 42.5)" />
      </g>
    </>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

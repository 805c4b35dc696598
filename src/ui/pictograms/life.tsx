import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { BLUE, BROWN, GREEN, GREY, HAIR, INK, LIGHT_BLUE, LIGHT_GREEN, LIGHT_GREY, NAVY, ORANGE, RED, SKIN, WHITE, YELLOW } from './palette.ts';
import { Bust } from './parts.tsx';

// Daily life: money, housing, work, the law, health, time.

const CREAM = '#fbe3b5';
const BOARD = '#2e6b4f';

/** Drawings of daily life: places, duties, health and time. */
export const LIFE_DRAWINGS = {
  // A banknote and a euro coin.
  money: () => (
    <>
      <rect x="3" y="8" width="32" height="20" rx="2" fill="#8fd6a8" />
      <rect x="7" y="12" width="24" height="12" rx="1" stroke-width="1.5" />
      <circle cx="19" cy="18" r="4" fill={WHITE} stroke-width="1.5" />
      <circle cx="33" cy="33" r="11" fill={YELLOW} />
      <path d="M37.5 28.5 A5.5 5.5 0 1 0 37.5 37.5 M28 31.5 H34.5 M28 34.5 H34.5" stroke-width="2" />
    </>
  ),
  // A house with a red roof, a door and windows.
  home: () => (
    <>
      <rect x="31" y="7" width="5" height="10" fill={BROWN} />
      <rect x="9" y="21" width="30" height="22" fill={CREAM} />
      <path d="M4 24 L24 6 L44 24 Z" fill={RED} />
      <rect x="20" y="30" width="8" height="13" fill={BROWN} />
      <rect x="12" y="27" width="6" height="6" fill={LIGHT_BLUE} stroke-width="2" />
      <rect x="31" y="27" width="6" height="6" fill={LIGHT_BLUE} stroke-width="2" />
    </>
  ),
  // A briefcase.
  work: () => (
    <>
      <path d="M18 14 V10 Q18 7 21 7 H27 Q30 7 30 10 V14" stroke-width="3" />
      <rect x="5" y="14" width="38" height="28" rx="3" fill={BROWN} />
      <path d="M5 26 H43" stroke-width="2" />
      <rect x="21" y="23" width="6" height="6" rx="1" fill={YELLOW} stroke-width="2" />
    </>
  ),
  // A chalkboard on a stand with "ABC" on it.
  school: () => (
    <>
      <path d="M12 36 L8 45 M36 36 L40 45" stroke-width="2.5" />
      <rect x="4" y="5" width="40" height="31" rx="1.5" fill={BROWN} />
      <rect x="8" y="9" width="32" height="23" fill={BOARD} stroke-width="2" />
      <path
        d="M11 27 L14 15 L17 27 M12.2 22.5 H15.8 M21 15 V27 M21 15 H24 Q26.5 15 26.5 18 Q26.5 21 24 21 H21 M24 21 Q27 21 27 24 Q27 27 24 27 H21 M36 16 Q34.5 15 33 15 Q30 15 30 21 Q30 27 33 27 Q34.5 27 36 26"
        stroke={WHITE}
        stroke-width="2"
      />
    </>
  ),
  // A police officer in a dark blue cap with a badge.
  police: () => (
    <>
      <Bust cx={24} cy={24} r={9} skin={SKIN.mid} shirt={NAVY} />
      <path d="M12.5 19 Q11 8 24 6 Q37 8 35.5 19 Z" fill={NAVY} />
      <path d="M12.5 19 H35.5 L33.5 23 H14.5 Z" fill={INK} />
      <path d="M24 9.5 L26.5 12 L24 15.5 L21.5 12 Z" fill={YELLOW} stroke-width="1.5" />
      <path d="M30 37 L32 39 L30 42 L28 39 Z" fill={YELLOW} stroke-width="1.5" />
    </>
  ),
  // A heart with a heartbeat line.
  health: () => (
    <>
      <path d="M24 43 C12 35 4 27 4 17 C4 10 9 6 14 6 C19 6 22 9 24 12 C26 9 29 6 34 6 C39 6 44 10 44 17 C44 27 36 35 24 43 Z" fill={RED} />
      <path d="M7 23 H15 L18 17 L22 30 L26 13 L29 23 H41" stroke={WHITE} stroke-width="2.5" />
    </>
  ),
  // A doctor in a white coat with a stethoscope.
  doctor: () => (
    <>
      <Bust cx={24} cy={13} r={8} skin={SKIN.dark} shirt={WHITE} hair={HAIR.black} />
      <path d="M19 22.5 L24 31 L29 22.5 Z" fill={LIGHT_BLUE} stroke-width="2" />
      <path d="M18 23 V30 Q18 35 23 35 M30 23 V30 Q30 35 25 35 M24 35 V38 Q24 41 28 41 H31" stroke-width="2" />
      <circle cx="33" cy="41" r="2.5" fill={GREY} stroke-width="2" />
      <path d="M12 33 H18 M15 30 V36" stroke={RED} stroke-width="2.5" />
    </>
  ),
  // Someone asleep in bed under a crescent moon.
  sleep: () => (
    <>
      <path d="M5 44 V19 M43 44 V33" stroke-width="3" />
      <rect x="4" y="32" width="40" height="6" rx="1" fill={BROWN} />
      <ellipse cx="12" cy="30" rx="6" ry="3" fill={WHITE} />
      <circle cx="13" cy="25" r="5" fill={SKIN.light} />
      <path d="M11 25.5 Q12.5 27 14 25.5" stroke-width="1.5" />
      <path d="M17 33 V27 Q17 23 21 23 H40 Q44 23 44 27 V33 Z" fill={LIGHT_BLUE} />
      <path d="M36 4 A8 8 0 1 0 44 14 A6.5 6.5 0 0 1 36 4 Z" fill={YELLOW} />
      <path d="M18 10 H23 L18 16 H23" stroke-width="2" />
    </>
  ),
  // A plate with food, a fork and a knife.
  food: () => (
    <>
      <path d="M4 8 V16 Q4 20 7 20 Q10 20 10 16 V8 M7 8 V42" stroke-width="2.5" />
      <path d="M41 42 V8 Q46 12 45 24 H41" fill={GREY} stroke-width="2.5" />
      <circle cx="24" cy="25" r="13" fill={WHITE} />
      <circle cx="24" cy="25" r="9" stroke={GREY} stroke-width="1.5" />
      <circle cx="21" cy="23" r="4" fill={ORANGE} stroke-width="2" />
      <circle cx="27.5" cy="27.5" r="3.5" fill={GREEN} stroke-width="2" />
    </>
  ),
  // A road with a dashed middle line and a street lamp.
  street: () => (
    <>
      <path d="M3 44 L20 12 H28 L45 44 Z" fill="#8a979e" />
      <path d="M24 15 V18 M24 23 V28 M24 33 V41" stroke={WHITE} stroke-width="2.5" stroke-linecap="butt" />
      <path d="M7 33 V7 Q7 5 9 5 H13" stroke-width="2.5" />
      <path d="M11 5 H19 L17 9.5 H13 Z" fill={YELLOW} stroke-width="2" />
    </>
  ),
  // A car seen from the side.
  car: () => (
    <>
      <path d="M4 34 V27 Q4 24 7 23.5 L13 22 L18 13 Q19 11 22 11 H31 Q34 11 35.5 13 L40 22 L42 22.5 Q45 23.5 45 27 V34 Q45 36 43 36 H6 Q4 36 4 34 Z" fill={BLUE} />
      <path d="M17.5 21.5 L21 14.5 H26 V21.5 Z M29 14.5 H32.5 L36 21.5 H29 Z" fill={LIGHT_BLUE} stroke-width="2" />
      <circle cx="13" cy="36" r="5.5" fill={INK} />
      <circle cx="36" cy="36" r="5.5" fill={INK} />
      <circle cx="13" cy="36" r="2" fill={LIGHT_GREY} stroke="none" />
      <circle cx="36" cy="36" r="2" fill={LIGHT_GREY} stroke="none" />
      <rect x="41" y="25" width="4" height="3" rx="1" fill={YELLOW} stroke-width="1.5" />
    </>
  ),
  // A calendar page with one day marked.
  calendar: () => (
    <>
      <rect x="6" y="9" width="36" height="34" rx="3" fill={WHITE} />
      <path d="M6 19 V12 Q6 9 9 9 H39 Q42 9 42 12 V19 Z" fill={RED} />
      <path d="M16 5 V12 M32 5 V12" stroke-width="3.5" />
      <g fill={GREY} stroke="none">
        {[10.5, 18.5, 26.5, 34.5].flatMap((x) => [23, 30, 37].map((y) => <rect key={`${x} ${y}`} x={x} y={y} width="3.5" height="3.5" />))}
      </g>
      <circle cx="28.25" cy="31.75" r="4.5" stroke={RED} stroke-width="2" />
    </>
  ),
  // A clock face with two hands.
  clock: () => (
    <>
      <circle cx="24" cy="24" r="20" fill={BLUE} />
      <circle cx="24" cy="24" r="15.5" fill={WHITE} />
      <path d="M24 10.5 V13 M37.5 24 H35 M24 37.5 V35 M10.5 24 H13" stroke-width="2" />
      <path d="M24 24 V14.5 M24 24 L31 28" stroke-width="3" />
      <circle cx="24" cy="24" r="2" fill={INK} stroke="none" />
    </>
  ),
  // The sun coming up behind the land: a new day, what is still to come.
  future: () => (
    <>
      <path d="M24 13 V8 M32.5 15.3 L35 11 M15.5 15.3 L13 11 M38.7 21.5 L43 19 M9.3 21.5 L5 19" stroke={ORANGE} stroke-width="3" />
      <path d="M10 30 A14 14 0 0 1 38 30 Z" fill={YELLOW} />
      <path d="M2 44 V32 Q24 27 46 32 V44 Z" fill={LIGHT_GREEN} />
    </>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

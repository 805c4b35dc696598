import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { BLUE, BROWN, GREEN, GREY, INK, LIGHT_GREY, ORANGE, RED, WHITE, YELLOW } from './palette.ts';

// Substances and gambling: recognisable, plain and neutral. No glow, no sparkle, nobody using.

const SMOKE = '#78909c';

/** One leaflet of the cannabis leaf, pointing up from (0, 0), turned by `angle`. */
function Leaflet({ angle, length }: { angle: number; length: number }) {
  const w = length * 0.22;
  return <path d={`M0 0 Q${w} ${-length / 2} 0 ${-length} Q${-w} ${-length / 2} 0 0 Z`} transform={`rotate(${angle})`} />;
}

/** Drawings of the using group. */
export const USING_DRAWINGS = {
  // A beer bottle and a glass of beer.
  drink: () => (
    <>
      <path d="M11 5 H15 V14 Q19 16 19 21 V42 Q19 44 17 44 H9 Q7 44 7 42 V21 Q7 16 11 14 Z" fill={BROWN} />
      <rect x="7" y="25" width="12" height="10" fill="#f4e3c1" stroke-width="2" />
      <path d="M23 16 H41 L39 42 Q39 44 37 44 H27 Q25 44 25 42 Z" fill="#f6b93b" />
      <path d="M23 20 V15 Q23 11 27 11.5 Q30 8 33.5 10 Q37.5 8.5 39.5 12 Q42 13 41 16 V20 Q38 22 35 20 Q32 22 29 20 Q26 22 23 20 Z" fill={WHITE} />
      <g fill={WHITE} stroke="none">
        <circle cx="30" cy="30" r="1.3" />
        <circle cx="34" cy="36" r="1.3" />
        <circle cx="31" cy="39" r="1" />
      </g>
    </>
  ),
  // A rolled, cone-shaped joint with a cannabis leaf beside it.
  joint: () => (
    <>
      <g transform="translate(14 24)" fill={GREEN} stroke-width="1.8">
        <path d="M0 0 V12" fill="none" />
        {[[-95, 8], [95, 8], [-62, 12], [62, 12], [-30, 16], [30, 16], [0, 20]].map(([angle, length]) => (
          <Leaflet key={angle} angle={angle} length={length} />
        ))}
      </g>
      <g transform="rotate(-30 30 34)">
        <path d="M15 32 L40 30.5 Q43 31 46 34 Q43 37 40 37.5 L15 36 Z" fill={WHITE} />
        <path d="M15 32 L20 31.7 V36.3 L15 36 Z" fill="#e0c9a6" />
      </g>
      <path d="M44 23 Q41 19 44 15 Q47 11 44 7" stroke={SMOKE} stroke-width="2" />
    </>
  ),
  // Two capsules and a round tablet with a score line.
  pills: () => (
    <>
      <g transform="rotate(-35 17 15)">
        <path d="M17 10 H10 A5 5 0 0 0 10 20 H17 Z" fill={RED} />
        <path d="M17 10 H24 A5 5 0 0 1 24 20 H17 Z" fill={WHITE} />
      </g>
      <g transform="rotate(55 34 20)">
        <path d="M34 15 H27 A5 5 0 0 0 27 25 H34 Z" fill={BLUE} />
        <path d="M34 15 H41 A5 5 0 0 1 41 25 H34 Z" fill={YELLOW} />
      </g>
      <path d="M9 34 V38 A10 4.5 0 0 0 29 38 V34" fill={LIGHT_GREY} />
      <ellipse cx="19" cy="34" rx="10" ry="4.5" fill={WHITE} />
      <path d="M15 31.5 L23 36.5" stroke-width="1.8" />
    </>
  ),
  // A small zip bag of white powder and a little heap of it.
  powder: () => (
    <>
      <g transform="rotate(-8 18 22)">
        <path d="M6 5 H30 L31 36 Q31 39 28 39 H8 Q5 39 5 36 Z" fill="#dde7ed" />
        <path d="M6 11 H30" stroke={RED} stroke-width="2" />
        <path d="M7.5 36 V26 Q12.5 22 18 25 Q23.5 22 28.5 26 V36 Q28.5 37 27.5 37 H8.5 Q7.5 37 7.5 36 Z" fill={WHITE} stroke-width="2" />
      </g>
      <path d="M22 44 Q33 27 46 44 Z" fill={WHITE} />
      <g fill={GREY} stroke="none">
        <circle cx="31" cy="40" r="1" />
        <circle cx="37" cy="38" r="1" />
      </g>
    </>
  ),
  // A cigarette with a filter, a bit of ash and a thin line of smoke.
  cigarette: () => (
    <>
      <g transform="rotate(-15 24 32)">
        <rect x="4" y="29" width="36" height="7" rx="1" fill={WHITE} />
        <rect x="4" y="29" width="10" height="7" rx="1" fill={ORANGE} />
        <rect x="38" y="29" width="5" height="7" rx="1" fill={LIGHT_GREY} />
      </g>
      <path d="M41 20 Q38 16 41 12 Q44 8 41 4" stroke={SMOKE} stroke-width="2" />
    </>
  ),
  // A slot machine showing three sevens, with its lever.
  gambling: () => (
    <>
      <path d="M37 27 H42 V12" stroke-width="3" />
      <circle cx="42" cy="10" r="3.5" fill={YELLOW} />
      <path d="M15 10 Q15 5 21 5 Q27 5 27 10 Z" fill={YELLOW} />
      <rect x="5" y="10" width="32" height="33" rx="4" fill={RED} />
      <rect x="9" y="16" width="24" height="14" rx="1.5" fill={WHITE} />
      <path d="M17 16 V30 M25 16 V30" stroke-width="2" />
      <path d="M10.5 19.5 H15.5 L12.5 27 M18.5 19.5 H23.5 L20.5 27 M26.5 19.5 H31.5 L28.5 27" stroke={RED} stroke-width="2.2" />
      <rect x="11" y="34" width="20" height="5" rx="1" fill={INK} />
    </>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

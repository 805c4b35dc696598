import type { ComponentChildren } from 'preact';
import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { INK, WHITE, YELLOW } from './palette.ts';
import { Drop } from './parts.tsx';

// Feelings as faces. Eyes, brows and mouth differ per feeling, so the faces stay apart in
// grayscale and for people who do not see colour; the fill only helps.

const TEAR = '#3d8fd1';

/** A round face in `fill` with its features drawn on top. */
function Face({ fill, children, cx = 24, cy = 24, r = 20 }: { fill: string; children: ComponentChildren; cx?: number; cy?: number; r?: number }) {
  return (
    <>
      <circle cx={cx} cy={cy} r={r} fill={fill} />
      <g stroke-width="2.5">{children}</g>
    </>
  );
}

/** Two round eyes at the usual place, `dy` lower or higher. */
function DotEyes({ dy = 0, r = 2.5 }: { dy?: number; r?: number }) {
  return (
    <g fill={INK} stroke="none">
      <circle cx="17" cy={20 + dy} r={r} />
      <circle cx="31" cy={20 + dy} r={r} />
    </g>
  );
}

/** Drawings of the faces for feelings. */
export const FEELING_FACES = {
  // Open eyes and a wide open laugh.
  happy: () => (
    <Face fill="#fde38a">
      <DotEyes dy={-1} />
      <path d="M13 27 H35 Q34 39 24 39 Q14 39 13 27 Z" fill={INK} />
      <path d="M18 35.5 Q24 32 30 35.5 Q27 38 24 38 Q21 38 18 35.5 Z" fill="#e8677a" stroke="none" />
    </Face>
  ),
  // Brows up in the middle, a frown and a tear.
  sad: () => (
    <Face fill="#a7c7e7">
      <path d="M11 16 L19 12.5 M29 12.5 L37 16" />
      <DotEyes />
      <path d="M15 35 Q24 27 33 35" />
      <Drop cx={33} cy={29} r={2.5} fill={TEAR} />
    </Face>
  ),
  // Brows pulled down into a V, teeth clenched.
  angry: () => (
    <Face fill="#f28b82">
      <path d="M10 12 L21 17 M38 12 L27 17" stroke-width="3.5" />
      <DotEyes dy={1.5} />
      <rect x="14" y="28" width="20" height="8" rx="2" fill={WHITE} />
      <path d="M14 32 H34 M19 28 V36 M24 28 V36 M29 28 V36" stroke-width="1.5" />
    </Face>
  ),
  // Brows high, wide eyes, mouth open in a small O, a drop of sweat.
  scared: () => (
    <Face fill="#cdbdf0">
      <path d="M11 11 Q15 7 20 9.5 M28 9.5 Q33 7 37 11" />
      <circle cx="16.5" cy="19" r="4.5" fill={WHITE} stroke-width="2" />
      <circle cx="31.5" cy="19" r="4.5" fill={WHITE} stroke-width="2" />
      <g fill={INK} stroke="none">
        <circle cx="16.5" cy="19" r="1.8" />
        <circle cx="31.5" cy="19" r="1.8" />
      </g>
      <ellipse cx="24" cy="33" rx="4" ry="5.5" fill={INK} />
      <Drop cx={8} cy={24} r={2.2} fill="#7fc4f5" />
    </Face>
  ),
  // Eyes squeezed shut as > <, a zigzag mouth, sweat flying off.
  stress: () => (
    <>
      <Face fill="#f9bb7a">
        <path d="M12 16 L19 20 L12 24 M36 16 L29 20 L36 24" />
        <path d="M13 33 L16.5 30 L20 33 L23.5 30 L27 33 L30.5 30 L34 33 L35 32" />
      </Face>
      <path d="M3 9 L7 12 M6 3 L9 8 M45 9 L41 12 M42 3 L39 8" stroke-width="2.5" />
    </>
  ),
  // Heavy lids over half-hidden eyes and a flat, crooked mouth.
  bored: () => (
    <Face fill="#e6dccb">
      <path d="M12 20 H22 M26 20 H36" />
      <path d="M14 20 A3 3 0 0 0 20 20 Z M28 20 A3 3 0 0 0 34 20 Z" fill={INK} stroke-width="1" />
      <path d="M18 33 L31 31" />
    </Face>
  ),
  // A small face looking down, next to an empty place where someone could be.
  lonely: () => (
    <>
      <circle cx="35" cy="18" r="8" stroke="#78909c" stroke-width="2" stroke-dasharray="3 3" />
      <path d="M24 43 Q24 32 35 32 Q46 32 46 43" stroke="#78909c" stroke-width="2" stroke-dasharray="3 3" />
      <Face fill="#b7cbe0" cx={16} cy={27} r={14}>
        <path d="M9 22.5 L14 21 M18 21 L23 22.5" stroke-width="2" />
        <g fill={INK} stroke="none">
          <circle cx="11.5" cy="27" r="2" />
          <circle cx="20.5" cy="27" r="2" />
        </g>
        <path d="M11 35 Q16 31.5 21 35" stroke-width="2" />
      </Face>
    </>
  ),
  // Drooping closed eyes with bags under them, a yawn and a "z".
  tired: () => (
    <>
      <Face fill="#d7ccc8">
        <path d="M12 21 H21 M27 21 H36" />
        <path d="M13 25 Q17 27 21 25 M27 25 Q31 27 35 25" stroke-width="1.5" />
        <ellipse cx="24" cy="34" rx="4.5" ry="5" fill={INK} />
      </Face>
      <path d="M36 3 H43 L36 10 H43" stroke-width="2.5" />
    </>
  ),
  // Happy closed eyes, a proud smile and a star.
  proud: () => (
    <>
      <Face fill="#ffc94d">
        <path d="M12 21 Q16.5 15 21 21 M27 21 Q31.5 15 36 21" />
        <path d="M14 28 Q24 38 34 28" stroke-width="3" />
      </Face>
      <path d="M40 1.5 L42.2 6.8 L47.5 7.2 L43.4 10.6 L44.7 16 L40 13 L35.3 16 L36.6 10.6 L32.5 7.2 L37.8 6.8 Z" fill={YELLOW} stroke-width="2" />
    </>
  ),
  // Relaxed closed eyes and a soft smile.
  calm: () => (
    <Face fill="#bfe39a">
      <path d="M12 20 Q16.5 24 21 20 M27 20 Q31.5 24 36 20" />
      <path d="M18 31 Q24 35 30 31" />
    </Face>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

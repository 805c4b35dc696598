import type { JSX } from 'preact';
import { IconSvg, type IconProps } from './IconSvg.tsx';

/** A mood on the five-face scale, 1 = heel slecht … 5 = heel goed, or 'unknown' for "weet ik niet". */
export type Mood = 1 | 2 | 3 | 4 | 5 | 'unknown';

/** All moods in scale order, "weet ik niet" last. */
export const MOODS = [1, 2, 3, 4, 5, 'unknown'] as const satisfies readonly Mood[];

// Lines are near-black (over 15:1 on white and cream); the fills only add warmth, never meaning.
const INK = '#1b1b1b';
const FACE_FILL: Record<Mood, string> = {
  1: '#f28b82',
  2: '#f9bb7a',
  3: '#fde38a',
  4: '#bfe39a',
  5: '#8fd6a8',
  unknown: '#e3e3e3',
};

/** Eyes, eyebrows and mouth per mood: shapes differ step by step, so the faces differ without colour. */
const FEATURES: Record<Exclude<Mood, 'unknown'>, () => JSX.Element> = {
  1: () => (
    <>
      <path d="M10 17 L19 12 M29 12 L38 17" />
      <circle cx="17" cy="22" r="2.5" fill={INK} stroke="none" />
      <circle cx="31" cy="22" r="2.5" fill={INK} stroke="none" />
      <path d="M35 25 C32 30 32 33 35 33 C38 33 38 30 35 25 Z" fill="#3d8fd1" stroke-width="2" />
      <path d="M15 39 Q24 29 33 39" />
    </>
  ),
  2: () => (
    <>
      <path d="M12 16 L19 14 M29 14 L36 16" />
      <circle cx="17" cy="21" r="2.5" fill={INK} stroke="none" />
      <circle cx="31" cy="21" r="2.5" fill={INK} stroke="none" />
      <path d="M16 35 Q24 30 32 35" />
    </>
  ),
  3: () => (
    <>
      <circle cx="17" cy="20" r="2.5" fill={INK} stroke="none" />
      <circle cx="31" cy="20" r="2.5" fill={INK} stroke="none" />
      <path d="M16 32 H32" />
    </>
  ),
  4: () => (
    <>
      <circle cx="17" cy="19" r="2.5" fill={INK} stroke="none" />
      <circle cx="31" cy="19" r="2.5" fill={INK} stroke="none" />
      <path d="M15 29 Q24 38 33 29" />
    </>
  ),
  5: () => (
    <>
      <path d="M13 20 Q17 14 21 20 M27 20 Q31 14 35 20" />
      <path d="M12 27 H36 Q35 40 24 40 Q13 40 12 27 Z" fill={INK} />
      <path d="M18 36 Q24 32 30 36 Q27 39 24 39 Q21 39 18 36 Z" fill="#e8677a" stroke="none" />
    </>
  ),
};

/** The "weet ik niet" face: a level, wavy mouth and a question mark beside the head. */
function UnknownFeatures() {
  return (
    <>
      <circle cx="16" cy="24" r="2.5" fill={INK} stroke="none" />
      <circle cx="28" cy="24" r="2.5" fill={INK} stroke="none" />
      <path d="M15 34 Q18.5 31 22 34 T29 34" />
      <circle cx="37.5" cy="10.5" r="9" fill="#ffffff" />
      <path d="M34.5 8 A3.3 3.3 0 1 1 39 11 C37.7 11.8 37.5 12.4 37.5 13.8" stroke-width="2.5" />
      <circle cx="37.5" cy="16.6" r="1.5" fill={INK} stroke="none" />
    </>
  );
}

/** A round face for a mood, from a deep frown (1) to a big smile (5), or a face with a question mark. */
export function MoodFace({ mood, size = 48, class: className }: IconProps & { mood: Mood }) {
  const unknown = mood === 'unknown';
  return (
    <IconSvg size={size} class={className} line={false}>
      <g stroke={INK} stroke-width="3">
        <circle cx={unknown ? 22 : 24} cy={unknown ? 26 : 24} r={unknown ? 19 : 21} fill={FACE_FILL[mood]} />
        {unknown ? <UnknownFeatures /> : FEATURES[mood]()}
      </g>
    </IconSvg>
  );
}

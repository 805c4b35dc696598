import type { PictogramId } from '../../content/pictograms.ts';
import type { Drawing } from './PictogramFrame.tsx';
import { BLUE, BROWN, GREEN, GREY, HAIR, INK, LIGHT_BLUE, NAVY, ORANGE, PINK, PURPLE, RED, SKIN, WHITE, YELLOW } from './palette.ts';
import { Bust, Heart, Limb } from './parts.tsx';

// People: who is around. Skin and hair vary so that nobody is "the default person".

const TEAL = '#4db6ac';

/** Drawings of the people group. */
export const PEOPLE_DRAWINGS = {
  // Two grown-ups with a child in front of them.
  family: () => (
    <>
      <Bust cx={13} cy={12} r={6} skin={SKIN.mid} shirt={BLUE} hair={HAIR.black} />
      <Bust cx={35} cy={12} r={6} skin={SKIN.light} shirt={GREEN} hair={HAIR.dark} long />
      <Bust cx={24} cy={28} r={5.5} skin={SKIN.mid} shirt={YELLOW} hair={HAIR.black} />
    </>
  ),
  // Two friends giving each other a high five.
  friends: () => (
    <>
      <Bust cx={11} cy={23} r={5.5} skin={SKIN.dark} shirt={ORANGE} hair={HAIR.black} />
      <Bust cx={37} cy={23} r={5.5} skin={SKIN.light} shirt={BLUE} hair={HAIR.blond} />
      <Limb d="M16 35 L21.5 14" color={ORANGE} width={3.5} />
      <Limb d="M32 35 L26.5 14" color={BLUE} width={3.5} />
      <circle cx="22" cy="11" r="3.3" fill={SKIN.dark} />
      <circle cx="26" cy="11" r="3.3" fill={SKIN.light} />
      <path d="M18 5 L16 2.5 M30 5 L32 2.5 M24 4.5 V1.5" stroke-width="2" />
    </>
  ),
  // Two people side by side with a heart above them.
  partner: () => (
    <>
      <Bust cx={14} cy={24} r={6.5} skin={SKIN.light} shirt={BLUE} hair={HAIR.dark} />
      <Bust cx={34} cy={24} r={6.5} skin={SKIN.mid} shirt={PINK} hair={HAIR.black} long />
      <Heart cx={24} bottom={16} size={14} fill={RED} />
    </>
  ),
  // Two young children with big heads, holding hands.
  children: () => (
    <>
      <Limb d="M13 32 V42 M17 32 V42" color={NAVY} width={3.5} />
      <Limb d="M31 33 V42 M35 33 V42" color={SKIN.mid} width={3.5} />
      <Limb d="M11 22 L8 30 M19 22 L24 28 L29 22 M37 22 L40 30" color={SKIN.light} width={3} />
      <rect x="10" y="19" width="10" height="14" rx="3" fill={YELLOW} />
      <path d="M29 19 H37 L40 34 H26 Z" fill={PINK} />
      <circle cx="15" cy="11" r="6.5" fill={SKIN.light} />
      <path d="M8.5 11 A6.5 6.5 0 0 1 21.5 11 C19 8 11 8 8.5 11 Z" fill={HAIR.red} />
      <circle cx="26" cy="9" r="2.5" fill={HAIR.black} />
      <circle cx="40" cy="9" r="2.5" fill={HAIR.black} />
      <circle cx="33" cy="11" r="6.5" fill={SKIN.mid} />
      <path d="M26.5 11 A6.5 6.5 0 0 1 39.5 11 C37 8 29 8 26.5 11 Z" fill={HAIR.black} />
      <g fill={INK} stroke="none">
        <circle cx="12.7" cy="12" r="1" />
        <circle cx="17.3" cy="12" r="1" />
        <circle cx="30.7" cy="12" r="1" />
        <circle cx="35.3" cy="12" r="1" />
      </g>
    </>
  ),
  // The trainer pointing at a flip chart.
  trainer: () => (
    <>
      <path d="M33 27 L28 44 M33 27 L38 44" stroke-width="2.5" />
      <rect x="21" y="5" width="24" height="22" rx="1" fill={WHITE} />
      <rect x="20" y="3" width="26" height="4" rx="1" fill={GREY} />
      <path d="M28 23 V19 M33 23 V15 M38 23 V11" stroke={BLUE} stroke-width="3.5" stroke-linecap="butt" />
      <Bust cx={10} cy={22} r={5.5} skin={SKIN.mid} shirt={PURPLE} hair={HAIR.dark} />
      <Limb d="M15 34 L21 21" color={PURPLE} width={3} />
      <circle cx="22.5" cy="19" r="2.4" fill={SKIN.mid} />
    </>
  ),
  // A care worker with a badge with a heart on a lanyard.
  helper: () => (
    <>
      <Bust cx={24} cy={14} r={8} skin={SKIN.light} shirt={TEAL} hair={HAIR.blond} long />
      <path d="M20 24 L23 34 M28 24 L25 34" stroke-width="1.8" />
      <rect x="18" y="33" width="12" height="10" rx="1.5" fill={WHITE} />
      <Heart cx={24} bottom={41} size={7} fill={RED} />
    </>
  ),
  // One person sitting at the end of an empty bench.
  alone: () => (
    <>
      <path d="M10 33 V44 M42 33 V44" stroke-width="3" />
      <rect x="5" y="12" width="4.5" height="21" rx="1.5" fill={BROWN} />
      <rect x="5" y="30" width="41" height="4" rx="1.5" fill={BROWN} />
      <rect x="10.5" y="15" width="10" height="15" rx="4" fill={ORANGE} />
      <Limb d="M15 26.5 H25 V41" color={NAVY} width={4.5} />
      <path d="M24 42.5 H30" stroke-width="3" />
      <Limb d="M16 18.5 L21 25" color={ORANGE} width={3} />
      <circle cx="22" cy="25.5" r="2" fill={SKIN.dark} />
      <circle cx="16" cy="9" r="5.5" fill={SKIN.dark} />
      <path d="M10.5 9 A5.5 5.5 0 0 1 21.5 9 C19 6.5 13 6.5 10.5 9 Z" fill={HAIR.black} />
    </>
  ),
  // Five people: three behind, two in front.
  group: () => (
    <>
      <Bust cx={9} cy={11} r={4.5} skin={SKIN.light} shirt={RED} hair={HAIR.red} bottom={32} />
      <Bust cx={24} cy={9} r={4.5} skin={SKIN.dark} shirt={LIGHT_BLUE} hair={HAIR.black} bottom={32} />
      <Bust cx={39} cy={11} r={4.5} skin={SKIN.mid} shirt={YELLOW} hair={HAIR.dark} long bottom={32} />
      <Bust cx={15} cy={25} r={6} skin={SKIN.mid} shirt={GREEN} hair={HAIR.black} />
      <Bust cx={33} cy={25} r={6} skin={SKIN.light} shirt={PURPLE} hair={HAIR.blond} long />
    </>
  ),
} satisfies Partial<Record<PictogramId, Drawing>>;

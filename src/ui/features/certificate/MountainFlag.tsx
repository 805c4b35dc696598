import { BLUE, GREEN, INK, LIGHT_BLUE, LIGHT_GREEN, ORANGE, WHITE, YELLOW } from '../../pictograms/palette';

/** Decoration: a sun, a path up a mountain and the flag on its top (the handbook's climb). */
export function MountainFlag({ class: className }: { class?: string }) {
  return (
    <svg class={className} viewBox="0 0 240 150" aria-hidden="true" focusable="false">
      <circle cx="46" cy="40" r="18" fill={YELLOW} stroke={INK} stroke-width="2" />
      <path d="M46 12 V4 M46 76 V68 M18 40 H10 M82 40 H74 M26 20 L20 14 M66 20 L72 14" stroke={ORANGE} stroke-width="3" stroke-linecap="round" />
      <path d="M4 146 L70 74 L98 100 L140 34 L236 146 Z" fill={LIGHT_GREEN} stroke={INK} stroke-width="2.5" stroke-linejoin="round" />
      <path d="M140 34 L122 62 L134 58 L146 66 L156 54 Z" fill={WHITE} stroke={INK} stroke-width="2" stroke-linejoin="round" />
      <path d="M70 74 L57 88 L66 85 L74 90 L85 88 Z" fill={WHITE} stroke={INK} stroke-width="1.5" stroke-linejoin="round" />
      <path d="M60 146 C 92 128, 80 114, 112 104 S 128 74, 140 40" fill="none" stroke={GREEN} stroke-width="4" stroke-dasharray="2 7" stroke-linecap="round" />
      <path d="M140 34 V4" stroke={INK} stroke-width="3" stroke-linecap="round" />
      <path d="M141 5 L172 13 L141 22 Z" fill={BLUE} stroke={INK} stroke-width="2" stroke-linejoin="round" />
      <path d="M196 30 q6 -6 12 0 q6 -6 12 0" fill="none" stroke={LIGHT_BLUE} stroke-width="3" stroke-linecap="round" />
    </svg>
  );
}

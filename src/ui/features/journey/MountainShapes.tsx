/**
 * The small pictures on the mountain, each drawn around (0, 0), and the same pictures for the
 * legend. Every state has its own shape (tick, open ring, padlock), so colour is never needed.
 */
import type { ComponentChildren } from 'preact';
import { ICON_STROKE } from '../../icons/IconSvg.tsx';
import { SosRingDrawing } from '../../icons/safety.tsx';

/** A finished session: a filled disc with a tick. */
export function DoneStop() {
  return (
    <g class="stop-done">
      <circle r="11" />
      <path d="M-5.5 0.5 L-2 4.5 L6 -4.5" />
    </g>
  );
}

/** An open session: an open ring. */
export function OpenStop() {
  return <circle class="stop-open" r="10" />;
}

/** A session not open yet: a small padlock. */
export function ClosedStop() {
  return (
    <g class="stop-closed">
      <circle r="11" />
      <path class="stop-shackle" d="M-4 -1 V-4.5 A4 4 0 0 1 4 -4.5 V-1" />
      <rect x="-6" y="-1.5" width="12" height="9" rx="1.5" />
    </g>
  );
}

/** The goal on the top: a flag on a pole. */
export function GoalFlag() {
  return (
    <g class="goal-flag">
      <path class="goal-pole" d="M0 14 V-16" />
      <path class="goal-cloth" d="M0 -16 L20 -9 L0 -2 Z" />
    </g>
  );
}

/** A stone on the path: a slip. */
export function Stone() {
  return <path class="mountain-stone" d="M-12 6 Q-14 -3 -5 -8 Q6 -11 11 -3 Q15 5 6 7 Z" />;
}

/** The life ring: the SOS-kaart, drawn as on its tile and on the SOS button. */
export function SosRing() {
  return (
    <g class="sos-ring">
      <circle class="sos-ring-back" r="15" />
      <g
        transform="scale(0.6) translate(-24 -24)"
        fill="none"
        stroke="currentColor"
        stroke-width={ICON_STROKE}
        stroke-linecap="round"
        stroke-linejoin="round"
      >
        <SosRingDrawing />
      </g>
    </g>
  );
}

/** One legend picture: a shape from above in its own small SVG, hidden from assistive technology (the word says it). */
export function LegendPicture({ children }: { children: ComponentChildren }) {
  return (
    <svg class="legend-picture" viewBox="-18 -18 36 36" width="36" height="36" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

import type { ComponentChildren } from 'preact';

/** Props every pictogram accepts: its rendered width and height in px, and an optional class. */
export interface IconProps {
  /** Width and height in CSS pixels. */
  size?: number;
  /** Extra class for the <svg> element. */
  class?: string;
}

/** Default size of the line icons used in buttons and menus. */
export const ICON_SIZE_PX = 32;

/** Stroke width on the 48 × 48 grid, shared so every line icon has the same weight. */
export const ICON_STROKE = 4;

interface IconSvgProps extends IconProps {
  children: ComponentChildren;
  /** Line icons follow the text colour; coloured pictograms (moods, avatars) pass false. */
  line?: boolean;
}

/**
 * The <svg> frame of every pictogram: a 48 × 48 grid, hidden from assistive technology because
 * a visible word always sits beside it. Presentation attributes only: the CSP forbids style="".
 */
export function IconSvg({ size = ICON_SIZE_PX, class: className, children, line = true }: IconSvgProps) {
  return (
    <svg
      viewBox="0 0 48 48"
      width={size}
      height={size}
      class={className}
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke={line ? 'currentColor' : 'none'}
      stroke-width={line ? ICON_STROKE : undefined}
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {children}
    </svg>
  );
}

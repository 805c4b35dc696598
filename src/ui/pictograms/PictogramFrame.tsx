import type { ComponentChildren, JSX } from 'preact';
import { IconSvg, type IconProps } from '../icons/IconSvg.tsx';
import { INK } from './palette.ts';

/** Outline width on the 48 × 48 grid, the same for every content pictogram; details use 2. */
export const PICTOGRAM_STROKE = 2.5;

/** Draws the picture of one pictogram, on the 48 × 48 grid, without its frame. */
export type Drawing = () => JSX.Element;

/** The <svg> frame of a coloured content pictogram: shapes get a near-black outline unless they say otherwise. */
export function PictogramFrame({ size = 48, class: className, children }: IconProps & { children: ComponentChildren }) {
  return (
    <IconSvg size={size} class={className} line={false}>
      <g stroke={INK} stroke-width={PICTOGRAM_STROKE}>
        {children}
      </g>
    </IconSvg>
  );
}

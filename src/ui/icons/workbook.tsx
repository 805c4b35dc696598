import type { JSX } from 'preact';
import { IconSvg, type IconProps } from './IconSvg.tsx';

/** The eight kinds of part in a workbook session, each marked with its own pictogram. */
export const WORKBOOK_PARTS = [
  'positive', // positieve boodschap / zelfzorg
  'doing', // doe-opdracht / rollenspel
  'talking', // gespreksopdracht / delen
  'checkInOut', // check-in / check-out
  'writing', // schrijf- / tekenopdracht
  'info', // informatie / wist je dat
  'reflection', // reflectievraag
  'group', // groepsactiviteit
] as const;

/** One of WORKBOOK_PARTS. */
export type WorkbookPart = (typeof WORKBOOK_PARTS)[number];

/** Five people sitting in a circle, seen from the front. */
const CIRCLE_SEATS = [[24, 9], [38.7, 19.7], [33.1, 37], [14.9, 37], [9.3, 19.7]] as const;

const PICTURE: Record<WorkbookPart, () => JSX.Element> = {
  // A heart resting on an open hand: be kind to yourself.
  positive: () => (
    <>
      <path d="M25 25 C16 19 13 15 13 11 A5.5 5.5 0 0 1 25 8.5 A5.5 5.5 0 0 1 37 11 C37 15 34 19 25 25 Z" fill="currentColor" />
      <path d="M4 30 H11 L17 27.5 H27 A3 3 0 0 1 27 33.5 H20 M27 33.5 L37 28.5 A3 3 0 0 1 40.5 33.5 L29 41 H11 L4 40" />
    </>
  ),
  // Two figures acting something out together.
  doing: () => (
    <>
      <circle cx="12" cy="9" r="5" fill="currentColor" stroke="none" />
      <circle cx="36" cy="9" r="5" fill="currentColor" stroke="none" />
      <path d="M12 17 V30 L7 43 M12 30 L17 43 M12 21 L5 13 M12 21 L19 26" />
      <path d="M36 17 V30 L31 43 M36 30 L41 43 M36 21 L28 25 M36 21 L42 28" />
    </>
  ),
  // Two speech bubbles: talk and share.
  talking: () => (
    <>
      <path d="M9 5 H27 A5 5 0 0 1 32 10 V19 A5 5 0 0 1 27 24 H14 L7 30 V23 A5 5 0 0 1 4 19 V10 A5 5 0 0 1 9 5 Z" />
      <path d="M21 20 H39 A5 5 0 0 1 44 25 V34 A5 5 0 0 1 41 38 V45 L34 39 H21 A5 5 0 0 1 16 34 V25 A5 5 0 0 1 21 20 Z" fill="currentColor" />
    </>
  ),
  // A door with an arrow going in: arriving and leaving the session.
  checkInOut: () => (
    <>
      <path d="M22 11 V5 H42 V43 H22 V37" />
      <circle cx="36" cy="25" r="2.5" fill="currentColor" stroke="none" />
      <path d="M4 24 H28 M20 16 L28 24 L20 32" />
    </>
  ),
  // A sheet of paper with a pencil writing on it.
  writing: () => (
    <>
      <path d="M30 19 V7 A3 3 0 0 0 27 4 H9 A3 3 0 0 0 6 7 V41 A3 3 0 0 0 9 44 H20" />
      <path d="M12 13 H24 M12 20 H24 M12 27 H19" />
      <path d="M25 43 L26 36 L38 22 A3.5 3.5 0 0 1 43 27 L31 41 Z" fill="currentColor" stroke-width="3" />
    </>
  ),
  // A light bulb: did you know?
  info: () => (
    <>
      <path d="M17 33 V30 C12 27 9 23 9 18 A15 15 0 0 1 39 18 C39 23 36 27 31 30 V33 Z" />
      <path d="M18 39 H30 M21 44 H27" />
      <path d="M20 22 L24 27 L28 22" stroke-width="3" />
    </>
  ),
  // A thought cloud with a question mark: think about it.
  reflection: () => (
    <>
      <path d="M15 30 A6 6 0 0 1 12.5 19 A8.5 8.5 0 0 1 25 10.5 A7.5 7.5 0 0 1 37 13.5 A8.5 8.5 0 0 1 36 30 Z" />
      <path d="M23.5 15 A3.5 3.5 0 1 1 28.5 18.5 C27 19.3 26.5 20 26.5 21.5" stroke-width="3" />
      <circle cx="26.5" cy="25.5" r="1.8" fill="currentColor" stroke="none" />
      <circle cx="11" cy="36" r="3" fill="currentColor" stroke="none" />
      <circle cx="5" cy="43" r="2" fill="currentColor" stroke="none" />
    </>
  ),
  // People in a circle: do it together with the group.
  group: () => (
    <g fill="currentColor" stroke="none">
      {CIRCLE_SEATS.map(([x, y]) => (
        <g key={`${x} ${y}`}>
          <circle cx={x} cy={y - 3} r="3.6" />
          <path d={`M${x - 6} ${y + 6} A6 6 0 0 1 ${x + 6} ${y + 6} Z`} />
        </g>
      ))}
    </g>
  ),
};

/** The pictogram for one kind of workbook part, drawn in the current text colour. */
export function WorkbookIcon({ kind, size, class: className }: IconProps & { kind: WorkbookPart }) {
  const Picture = PICTURE[kind];
  return (
    <IconSvg size={size} class={className}>
      <Picture />
    </IconSvg>
  );
}

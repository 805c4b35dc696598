import { isPictogramId, type PictogramId } from '../../content/pictograms.ts';
import type { IconProps } from '../icons/IconSvg.tsx';
import { PictogramFrame, type Drawing } from './PictogramFrame.tsx';
import { USING_DRAWINGS } from './using.tsx';
import { PEOPLE_DRAWINGS } from './people.tsx';
import { LIFE_DRAWINGS } from './life.tsx';
import { FREE_TIME_DRAWINGS } from './freeTime.tsx';
import { FEELING_FACES } from './feelings.tsx';
import { MIND_DRAWINGS } from './mind.tsx';
import { DOING_DRAWINGS } from './doing.tsx';

/** Every content pictogram's drawing by id; the type check fails when an id has none. */
export const PICTOGRAM_DRAWINGS: Record<PictogramId, Drawing> = {
  ...USING_DRAWINGS,
  ...PEOPLE_DRAWINGS,
  ...LIFE_DRAWINGS,
  ...FREE_TIME_DRAWINGS,
  ...FEELING_FACES,
  ...MIND_DRAWINGS,
  ...DOING_DRAWINGS,
};

/** Props of Pictogram: any string is accepted, so content that slipped past validation never crashes the UI. */
export interface PictogramProps extends IconProps {
  /** A PictogramId; an unknown id draws the question mark. */
  id: PictogramId | (string & {});
}

/** A coloured content pictogram, 48 px by default; always shown next to its word. */
export function Pictogram({ id, size = 48, class: className }: PictogramProps) {
  const Picture = isPictogramId(id) ? PICTOGRAM_DRAWINGS[id] : PICTOGRAM_DRAWINGS.question;
  return (
    <PictogramFrame size={size} class={className}>
      <Picture />
    </PictogramFrame>
  );
}

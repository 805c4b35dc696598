import type { ComponentChildren } from 'preact';
import { useId, useMemo } from 'preact/hooks';
import type { ProfileCard } from '../../../core/profiles';
import { i18next, toLanguage } from '../../../i18n';
import { usePhotoUrl } from '../../components/ProfileAvatar';
import { Avatar, AVATAR_IDS, type AvatarId } from '../../icons/avatars.tsx';
import { useT } from '../../useT';
import type { SessionState } from '../workbook/SessionTile';
import { MOUNTAIN_HEIGHT, MOUNTAIN_OUTLINE, MOUNTAIN_WIDTH, SNOW_CAP, SUMMIT, stopPoints, trailPath, trailPoints, type MountainPoint } from './mountainGeometry';
import { ClosedStop, DoneStop, GoalFlag, LegendPicture, OpenStop, SosRing, Stone } from './MountainShapes';
import { STRINGS } from './strings';
import './journey.css';

const AVATAR_PX = 52;
/** Where on the walk (0-1) the stone lies: just under the trail, between two stops. */
const STONE_AT = 0.37;
const STONE_BELOW_PX = 15;

/**
 * The sessions as stops on a trail up a mountain, the goal on top, the participant's picture where
 * they are. A picture only (hidden from screen readers): the status text and the lesson list say
 * the same in words, and the legend names every shape.
 */
export function Mountain({ profile, states, current }: { profile: ProfileCard; states: readonly SessionState[]; current: number }) {
  const t = useT();
  const s = STRINGS[toLanguage(i18next.language)];
  const { trail, stops, stone } = useMemo(() => {
    const points = trailPoints();
    // Stops and the midpoints between them: the stone goes at a midpoint, so no stop hides it.
    const halves = stopPoints(Math.max(2 * states.length - 1, 3), points);
    const between = 2 * Math.floor(STONE_AT * (halves.length - 1) / 2) + 1;
    return { trail: trailPath(points), stops: stopPoints(states.length, points), stone: halves[between]! };
  }, [states.length]);
  const here = current >= states.length ? { x: SUMMIT.x - 34, y: SUMMIT.y + 10 } : current < 0 ? { x: 56, y: 452 } : stops[current]!;

  return (
    <div class="mountain">
      <svg class="mountain-picture" viewBox={`0 0 ${MOUNTAIN_WIDTH} ${MOUNTAIN_HEIGHT}`} aria-hidden="true" focusable="false">
        <path class="mountain-rock" d={MOUNTAIN_OUTLINE} />
        <path class="mountain-snow" d={SNOW_CAP} />
        <path class="mountain-trail" d={trail} />
        <g transform={`translate(${stone.x.toFixed(1)} ${(stone.y + STONE_BELOW_PX).toFixed(1)})`}>
          <Stone />
        </g>
        <g transform="translate(352 430)">
          <SosRing />
        </g>
        <g transform={`translate(${SUMMIT.x} ${SUMMIT.y - 14})`}>
          <GoalFlag />
        </g>
        <text class="mountain-goal" x={SUMMIT.x + 26} y={SUMMIT.y - 16}>
          {s.goal}
        </text>
        {stops.map((stop, i) =>
          i === current ? null : (
            <g key={i} transform={`translate(${stop.x.toFixed(1)} ${stop.y.toFixed(1)})`}>
              {states[i] === 'done' ? <DoneStop /> : states[i] === 'open' ? <OpenStop /> : <ClosedStop />}
            </g>
          ),
        )}
        <MountainAvatar profile={profile} at={here} sizePx={AVATAR_PX} />
      </svg>
      <ul class="mountain-legend">
        <LegendItem picture={<DoneStop />} word={t('workbook.done')} />
        <LegendItem picture={<OpenStop />} word={t('workbook.open')} />
        <LegendItem picture={<ClosedStop />} word={t('workbook.closed')} />
        <LegendItem picture={<MountainAvatar profile={profile} at={{ x: 0, y: 0 }} sizePx={30} />} word={s.you} />
        <LegendItem picture={<g transform="translate(-8 4)"><GoalFlag /></g>} word={s.goal} />
        <LegendItem picture={<Stone />} word={s.stone} />
        <LegendItem picture={<SosRing />} word={s.sosCard} />
      </ul>
    </div>
  );
}

function LegendItem({ picture, word }: { picture: ComponentChildren; word: string }) {
  return (
    <li>
      <LegendPicture>{picture}</LegendPicture>
      <span>{word}</span>
    </li>
  );
}

/** The participant's picture or photo in a white ring, centred on `at`. */
function MountainAvatar({ profile, at, sizePx }: { profile: ProfileCard; at: MountainPoint; sizePx: number }) {
  const photoUrl = usePhotoUrl(profile.avatar === 'photo' ? profile.photo : undefined);
  const clipId = useId();
  const half = sizePx / 2;
  const id = (AVATAR_IDS as readonly string[]).includes(profile.avatar) ? (profile.avatar as AvatarId) : AVATAR_IDS[0];
  return (
    <g class="mountain-you" transform={`translate(${(at.x - half).toFixed(1)} ${(at.y - half).toFixed(1)})`}>
      <circle class="mountain-you-ring" cx={half} cy={half} r={half + sizePx / 16} />
      {photoUrl ? (
        <>
          <clipPath id={clipId}>
            <circle cx={half} cy={half} r={half} />
          </clipPath>
          <image href={photoUrl} width={sizePx} height={sizePx} clip-path={`url(#${clipId})`} preserveAspectRatio="xMidYMid slice" />
        </>
      ) : (
        <Avatar id={id} size={sizePx} />
      )}
    </g>
  );
}

import { IconSvg, type IconProps } from './IconSvg.tsx';
import { AVATAR_BACKGROUNDS, AVATAR_PICTURES } from './avatarPictures.tsx';

/** Ids of the pictures a participant can pick for their profile, in the order they are offered. */
export const AVATAR_IDS = [
  'sun', 'moon', 'star', 'tree', 'flower', 'fish', 'bird', 'cat', 'dog', 'car', 'football', 'music',
] as const;

/** One of AVATAR_IDS. */
export type AvatarId = (typeof AVATAR_IDS)[number];

/** The word shown beside each avatar, in Dutch and English. */
export const AVATAR_WORDS: Record<AvatarId, { nl: string; en: string }> = {
  sun: { nl: 'Zon', en: 'Sun' },
  moon: { nl: 'Maan', en: 'Moon' },
  star: { nl: 'Ster', en: 'Star' },
  tree: { nl: 'Boom', en: 'Tree' },
  flower: { nl: 'Bloem', en: 'Flower' },
  fish: { nl: 'Vis', en: 'Fish' },
  bird: { nl: 'Vogel', en: 'Bird' },
  cat: { nl: 'Kat', en: 'Cat' },
  dog: { nl: 'Hond', en: 'Dog' },
  car: { nl: 'Auto', en: 'Car' },
  football: { nl: 'Voetbal', en: 'Football' },
  music: { nl: 'Muziek', en: 'Music' },
};

/** A profile picture: a simple picture on a round, coloured background. */
export function Avatar({ id, size = 48, class: className }: IconProps & { id: AvatarId }) {
  const Picture = AVATAR_PICTURES[id];
  return (
    <IconSvg size={size} class={className} line={false}>
      <circle cx="24" cy="24" r="24" fill={AVATAR_BACKGROUNDS[id]} />
      <Picture />
    </IconSvg>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { Avatar, AVATAR_IDS, type AvatarId } from '../icons/avatars.tsx';
import type { ProfilePhoto } from '../../core/db';

function isAvatarId(id: string): id is AvatarId {
  return (AVATAR_IDS as readonly string[]).includes(id);
}

/** A profile's picture: its photo, or its pictogram (the sun for an unknown id). Decorative: the name is beside it. */
export function ProfileAvatar({ id, photo, size }: { id: string; photo?: ProfilePhoto; size: number }) {
  const url = usePhotoUrl(id === 'photo' ? photo : undefined);
  if (url) return <img class="avatar-photo" src={url} width={size} height={size} alt="" />;
  return <Avatar id={isAvatarId(id) ? id : AVATAR_IDS[0]} size={size} />;
}

/** An object URL for a stored photo, revoked when no longer shown. */
export function usePhotoUrl(photo: ProfilePhoto | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!photo) return setUrl(undefined);
    const next = URL.createObjectURL(new Blob([new Uint8Array(photo.bytes)], { type: photo.type }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [photo]);
  return url;
}

import { useEffect, useState } from 'preact/hooks';
import { getMedia, type Media } from '../../../core/media';

/** What loading a stored media item gives: nothing yet, its object URL, or gone (deleted or unreadable). */
export type MediaUrl = { state: 'loading' } | { state: 'ready'; url: string; media: Media } | { state: 'missing' };

/** Decrypts a stored drawing, photo or recording into an object URL, revoked when no longer shown. */
export function useMediaUrl(id: string | undefined): MediaUrl {
  const [shown, setShown] = useState<MediaUrl>({ state: 'loading' });
  useEffect(() => {
    setShown({ state: 'loading' });
    if (!id) return;
    let live = true;
    let url = '';
    getMedia(id).then(
      (media) => {
        if (!live) return;
        if (!media) return setShown({ state: 'missing' });
        url = URL.createObjectURL(media.blob);
        setShown({ state: 'ready', url, media });
      },
      () => live && setShown({ state: 'missing' }),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return shown;
}

import { useEffect, useState } from 'preact/hooks';
import { getMedia, type Media } from '../../core/media';
import { useT } from '../useT';

/** Shows a stored drawing or photo as an image, or plays a recording. */
export function MediaView({ id }: { id: string }) {
  const t = useT();
  const [media, setMedia] = useState<{ item: Media; url: string } | null>(null);
  useEffect(() => {
    let url = '';
    let live = true;
    void getMedia(id).then((item) => {
      if (!item || !live) return;
      url = URL.createObjectURL(item.blob);
      setMedia({ item, url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  if (!media) return null;
  if (media.item.kind === 'voice') {
    return (
      <figure class="media-view">
        <figcaption>{t('summary.recording')}</figcaption>
        <audio controls src={media.url} />
      </figure>
    );
  }
  const word = media.item.kind === 'drawing' ? t('summary.drawing') : t('summary.photo');
  return <img class="media-view" src={media.url} alt={word} />;
}

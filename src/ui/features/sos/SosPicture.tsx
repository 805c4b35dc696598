import { useMediaUrl } from '../../exercises/media/useMediaUrl';

/** One stored drawing or photo of the card, decrypted into an image; nothing while loading or when gone. */
export function SosPicture({ id, alt, class: className = 'sos-picture' }: { id: string; alt: string; class?: string }) {
  const shown = useMediaUrl(id);
  return shown.state === 'ready' ? <img class={className} src={shown.url} alt={alt} /> : null;
}

/** The pictures of the back in order: the 2.9 drawing, the 2.9 photos, then the card's own pictures. */
export function backPictures(lesson: { drawing?: string; photos: readonly string[] }, pictures: readonly string[]): { id: string; drawing: boolean }[] {
  return [...(lesson.drawing ? [{ id: lesson.drawing, drawing: true }] : []), ...[...lesson.photos, ...pictures].map((id) => ({ id, drawing: false }))];
}

import type { ProfilePhoto } from '../../core/db';

/** Side of a stored profile photo in pixels: enough for the grid, small enough to store many. */
export const PROFILE_PHOTO_PX = 192;

/** Crops a picked image to a centred square and shrinks it to a small JPEG. */
export async function resizePhoto(file: Blob, size = PROFILE_PHOTO_PX): Promise<ProfilePhoto> {
  const bitmap = await createImageBitmap(file);
  const side = Math.min(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, size, size);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) throw new Error('Could not encode the photo');
  return { type: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

/** Longest side of a stored photo: sharp on a tablet, small enough to keep many. */
export const PHOTO_LONG_SIDE_PX = 1280;
/** JPEG quality of a stored photo. */
export const PHOTO_JPEG_QUALITY = 0.8;

/**
 * Shrinks a picked photo to at most PHOTO_LONG_SIDE_PX on its long side, keeping its shape
 * (unlike the profile photo, which is cropped square), as a JPEG. Throws when the file is
 * not an image the browser can decode.
 */
export async function shrinkPhoto(file: Blob, longSide = PHOTO_LONG_SIDE_PX): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, longSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', PHOTO_JPEG_QUALITY));
  if (!blob) throw new Error('Could not encode the photo');
  return blob;
}

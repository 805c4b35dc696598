import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { db } from '../../../src/core/db';
import { getMedia } from '../../../src/core/media';
import type { ExerciseOf } from '../../../src/exercises/model';
import { photoKind } from '../../../src/ui/exercises/photoKind';
import { containsText, rawValues } from '../../unit/helpers';
import { fakeCanvas } from './fakeCanvas';
import { renderExercise, setUpParticipant } from './harness';

const EXERCISE: ExerciseOf<'photo'> = { type: 'photo', label: { nl: 'Maak een foto van je veilige plek.', en: 'Take a photo of your safe place.' } };

/** A camera photo (4000 × 3000 px, "klein" 800 × 600, "staand" 3000 × 4000), or a file that is no image at all. */
function photoFile(name: string): File {
  return new File([name], name, { type: name.endsWith('.txt') ? 'text/plain' : 'image/jpeg' });
}

/** Picks files with one of the two big buttons, as the browser's picker would. */
function pick(label: string, files: File[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

let canvas: ReturnType<typeof fakeCanvas>;
beforeEach(async () => {
  await setUpParticipant();
  canvas = fakeCanvas();
  vi.stubGlobal('createImageBitmap', async (file: Blob) => {
    const name = await file.text();
    if (name.endsWith('.txt')) throw new DOMException('not an image', 'InvalidStateError');
    const [width, height] = name.startsWith('klein') ? [800, 600] : name.startsWith('staand') ? [3000, 4000] : [4000, 3000];
    return { width, height, close: () => undefined };
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

it('offers the camera and the gallery as two big labelled buttons', async () => {
  await renderExercise(photoKind, EXERCISE);
  const camera = screen.getByLabelText('Maak een foto');
  expect(camera.getAttribute('capture')).toBe('environment');
  expect(camera.getAttribute('accept')).toBe('image/*');
  expect(screen.getByLabelText('Kies een foto').hasAttribute('capture')).toBe(false);
});

it('shrinks a photo, stores it encrypted, shows it after a reload and removes it after asking', async () => {
  const view = await renderExercise(photoKind, EXERCISE);
  pick('Maak een foto', [photoFile('kamer.jpg')]);
  await waitFor(async () => expect((await view.stored())?.media).toHaveLength(1));
  // Kept in shape, long side 1280 px, JPEG at 0.8.
  expect(canvas.encoded).toEqual([{ width: 1280, height: 960, type: 'image/jpeg', quality: 0.8 }]);
  const [id] = (await view.stored())!.media;
  expect(await (await getMedia(id!))!.blob.text()).toBe('png number 1');
  expect(containsText(await rawValues(), 'png number 1')).toBe(false);

  pick('Kies een foto', [photoFile('a.jpg'), photoFile('b.jpg')]);
  await waitFor(async () => expect((await view.stored())?.media).toHaveLength(3));
  expect(photoKind.model.describe((await view.stored())!, EXERCISE, 'nl')).toEqual((await view.stored())!.media.map((media) => ({ media })));

  await view.reload();
  await waitFor(() => expect(screen.getAllByRole('img', { name: /^Jouw foto \d$/ })).toHaveLength(3));
  const images = screen.getAllByRole('img', { name: /^Jouw foto \d$/ });
  expect(images.map((image) => image.getAttribute('alt'))).toEqual(['Jouw foto 1', 'Jouw foto 2', 'Jouw foto 3']);
  expect(images[0]!.getAttribute('src')).toMatch(/^blob:/);

  fireEvent.click(screen.getByRole('button', { name: 'Weg Jouw foto 1' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, gooi weg' }));
  await waitFor(async () => expect((await view.stored())?.media).toHaveLength(2));
  await waitFor(async () => expect(await getMedia(id!)).toBeUndefined());
  expect(screen.getAllByRole('img', { name: /^Jouw foto/ })).toHaveLength(2);
});

it('keeps the shape of a standing photo and never enlarges a small one', async () => {
  const view = await renderExercise(photoKind, EXERCISE);
  pick('Kies een foto', [photoFile('staand.jpg'), photoFile('klein.jpg')]);
  await waitFor(async () => expect((await view.stored())?.media).toHaveLength(2));
  expect(canvas.encoded.map(({ width, height }) => [width, height])).toEqual([
    [960, 1280],
    [800, 600],
  ]);
});

it('says calmly when a file cannot be opened, and keeps the photos already there', async () => {
  const view = await renderExercise(photoKind, EXERCISE);
  pick('Kies een foto', [photoFile('goed.jpg')]);
  await waitFor(async () => expect((await view.stored())?.media).toHaveLength(1));
  pick('Kies een foto', [photoFile('brief.txt')]);
  expect((await screen.findByRole('alert', {}, { timeout: 2000 })).textContent).toBe('Deze foto kan niet worden geopend. Probeer een andere foto.');
  expect((await view.stored())?.media).toHaveLength(1);
});

it('says calmly when the device is full, and loses nothing', async () => {
  const view = await renderExercise(photoKind, EXERCISE);
  pick('Kies een foto', [photoFile('goed.jpg')]);
  await waitFor(async () => expect((await view.stored())?.media).toHaveLength(1));
  vi.spyOn(db.media, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
  pick('Maak een foto', [photoFile('nog een.jpg')]);
  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Het apparaat is vol.'));
  expect((await view.stored())?.media).toHaveLength(1);
  expect(screen.getAllByRole('img', { name: /^Jouw foto/ })).toHaveLength(1);
});

it('rejects damaged stored answers', () => {
  expect(photoKind.model.isValid({ media: [] })).toBe(true);
  expect(photoKind.model.isValid({ media: ['photo:1'] })).toBe(true);
  expect(photoKind.model.isValid({ media: 'photo:1' })).toBe(false);
  expect(photoKind.model.isValid({ media: [1] })).toBe(false);
  expect(photoKind.model.isValid({})).toBe(false);
});

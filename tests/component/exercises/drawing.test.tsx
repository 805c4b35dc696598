import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { getMedia } from '../../../src/core/media';
import type { ExerciseOf } from '../../../src/exercises/model';
import { drawingKind } from '../../../src/ui/exercises/drawingKind';
import { containsText, rawValues } from '../../unit/helpers';
import { fakeCanvas } from './fakeCanvas';
import { renderExercise, setUpParticipant } from './harness';

const EXERCISE: ExerciseOf<'drawing'> = { type: 'drawing', label: { nl: 'Teken hoeveel vertrouwen je hebt.', en: 'Draw how confident you are.' } };
const SAVED = { timeout: 2000 };

/** Draws one line with a finger from one point to another (in CSS pixels of the canvas). */
function draw(canvas: HTMLElement, from: [number, number], to: [number, number]) {
  fireEvent.pointerDown(canvas, { pointerId: 7, button: 0, clientX: from[0], clientY: from[1] });
  fireEvent.pointerMove(canvas, { pointerId: 7, clientX: to[0], clientY: to[1] });
  fireEvent.pointerUp(canvas, { pointerId: 7, clientX: to[0], clientY: to[1] });
}

let paper: ReturnType<typeof fakeCanvas>;
beforeEach(async () => {
  await setUpParticipant();
  paper = fakeCanvas();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

it('draws with the finger in the chosen colour and stores the drawing as an encrypted PNG', async () => {
  const view = await renderExercise(drawingKind, EXERCISE);
  const canvas = screen.getByRole('img', { name: 'Nog geen tekening' });
  expect(canvas.className).toContain('drawing-canvas'); // the class that sets touch-action: none

  fireEvent.click(screen.getByRole('radio', { name: 'Rood' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Dik' }));
  draw(canvas, [40, 30], [200, 150]);
  const line = paper.painted.find((call) => call.name === 'lineTo')!;
  expect(line.args).toEqual([200, 150]); // 400 px wide canvas at pixel ratio 1
  expect(line.strokeStyle).toBe('#c62828');
  expect(line.lineWidth).toBeCloseTo(14); // thick: 3.5 % of the width
  draw(canvas, [10, 10], [20, 20]); // a second line right after: stored together once

  await waitFor(async () => expect((await view.stored())?.media).toMatch(/^drawing:/), SAVED);
  expect(paper.pngs()).toBe(1);
  const media = (await getMedia((await view.stored())!.media!))!;
  expect(media.type).toBe('image/png');
  expect(await media.blob.text()).toBe('png number 1');
  expect(containsText(await rawValues(), 'png number 1')).toBe(false);
  expect(screen.getByRole('img', { name: 'Je tekening' })).toBe(canvas);
  expect(drawingKind.model.describe({ media: media.id }, EXERCISE, 'nl')).toEqual([{ media: media.id }]);
});

it('paints the saved drawing back after a reload', async () => {
  const view = await renderExercise(drawingKind, EXERCISE);
  draw(screen.getByRole('img'), [40, 30], [200, 150]);
  await waitFor(async () => expect((await view.stored())?.media).toBeTruthy(), SAVED);

  await view.reload();
  await waitFor(() => expect(paper.decoded).toHaveLength(1));
  expect(await paper.decoded[0]!.text()).toBe('png number 1');
  await waitFor(() => expect(paper.painted.some((call) => call.name === 'drawImage' && (call.args[0] as { decodedFrom?: Blob }).decodedFrom === paper.decoded[0])).toBe(true));
  expect(screen.getByRole('img', { name: 'Je tekening' })).toBeTruthy();
  // The earlier drawing is kept; only lines of this visit can be taken back.
  expect(screen.getByRole('button', { name: 'Laatste lijn weg' })).toHaveProperty('disabled', true);
});

it('takes back the last line and clears everything only after asking', async () => {
  const view = await renderExercise(drawingKind, EXERCISE);
  const canvas = screen.getByRole('img');
  draw(canvas, [40, 30], [200, 150]);
  await waitFor(async () => expect((await view.stored())?.media).toBeTruthy(), SAVED);
  const first = (await view.stored())!.media!;

  fireEvent.click(screen.getByRole('button', { name: 'Laatste lijn weg' }));
  expect(screen.getByRole('img', { name: 'Nog geen tekening' })).toBe(canvas);
  await waitFor(async () => expect(await view.stored()).toEqual({}), SAVED);
  expect(await getMedia(first)).toBeUndefined();

  draw(canvas, [40, 30], [200, 150]);
  await waitFor(async () => expect((await view.stored())?.media).toBeTruthy(), SAVED);
  const second = (await view.stored())!.media!;
  fireEvent.click(screen.getByRole('button', { name: 'Wissen' }));
  fireEvent.click(screen.getByRole('button', { name: 'Nee, houden' }));
  expect((await view.stored())?.media).toBe(second);
  fireEvent.click(screen.getByRole('button', { name: 'Wissen' }));
  fireEvent.click(screen.getByRole('button', { name: 'Ja, wissen' }));
  await waitFor(async () => expect(await view.stored()).toEqual({}));
  await waitFor(async () => expect(await getMedia(second)).toBeUndefined());
  expect(screen.getByRole('img', { name: 'Nog geen tekening' })).toBeTruthy();
});

it('rejects damaged stored answers', () => {
  expect(drawingKind.model.isValid({})).toBe(true);
  expect(drawingKind.model.isValid({ media: 'drawing:1' })).toBe(true);
  expect(drawingKind.model.isValid({ media: 1 })).toBe(false);
  expect(drawingKind.model.isValid(null)).toBe(false);
  expect(drawingKind.model.describe({}, EXERCISE, 'nl')).toEqual([]);
});

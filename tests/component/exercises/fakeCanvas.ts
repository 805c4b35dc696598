/**
 * happy-dom has no canvas: a minimal 2D context that logs what is painted, toBlob that makes a
 * small "PNG", a laid-out size, and createImageBitmap for painting a saved drawing back.
 */
import { vi } from 'vitest';

/** One painting call with the pen it was made with. */
export interface Painted {
  name: string;
  args: unknown[];
  strokeStyle: unknown;
  lineWidth: unknown;
}

const METHODS = ['fillRect', 'drawImage', 'beginPath', 'moveTo', 'lineTo', 'stroke', 'arc', 'fill'];

/** Installs the fake canvas; returns the paint log, what was decoded and what was encoded. */
export function fakeCanvas(box = { width: 400, height: 300 }) {
  const painted: Painted[] = [];
  const decoded: Blob[] = [];
  const context: Record<string, unknown> = {};
  for (const name of METHODS) {
    context[name] = (...args: unknown[]) => painted.push({ name, args, strokeStyle: context.strokeStyle, lineWidth: context.lineWidth });
  }
  let pngs = 0;
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => context) as unknown as HTMLCanvasElement['getContext']);
  const encoded: { width: number; height: number; type?: string; quality?: unknown }[] = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, callback, type, quality) {
    pngs++;
    encoded.push({ width: this.width, height: this.height, type, quality });
    callback(new Blob([`png number ${pngs}`], { type: type ?? 'image/png' }));
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'getBoundingClientRect').mockReturnValue({ ...box, left: 0, top: 0, x: 0, y: 0, right: box.width, bottom: box.height, toJSON: () => ({}) });
  vi.stubGlobal('createImageBitmap', async (blob: Blob) => {
    decoded.push(blob);
    return { width: box.width, height: box.height, close: () => undefined, decodedFrom: blob };
  });
  return { painted, decoded, encoded, pngs: () => pngs };
}

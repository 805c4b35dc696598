import { useEffect, useRef, useState } from 'preact/hooks';
import { deleteMedia, saveMedia, StorageFullError } from '../../../core/media';
import type { DrawingAnswer } from '../../../exercises/drawing';

/** Wait after the last stroke before storing, so a burst of lines is stored once. */
export const DRAWING_SAVE_DELAY_MS = 500;

function toPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'));
}

/**
 * Stores the canvas as a PNG in core/media shortly after each change and reports the new id;
 * the previous PNG is deleted only after the new one is stored. Saves run one after another,
 * and a pending save is done at once when the screen closes.
 */
export function useDrawingStore(media: string | undefined, onChange: (answer: DrawingAnswer) => void) {
  const [problem, setProblem] = useState<'full' | 'failed' | null>(null);
  const [saved, setSaved] = useState(false);
  const stored = useRef(media);
  const report = useRef(onChange);
  report.current = onChange;
  const queue = useRef(Promise.resolve());
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; run: () => void } | null>(null);

  const enqueue = (task: () => Promise<void>) => {
    queue.current = queue.current.then(task).catch((error: unknown) => setProblem(error instanceof StorageFullError ? 'full' : 'failed'));
  };
  const replaceWith = async (next: string | undefined) => {
    const old = stored.current;
    stored.current = next;
    report.current(next ? { media: next } : {});
    if (old) await deleteMedia(old).catch(() => undefined);
  };
  const store = (canvas: HTMLCanvasElement, empty: boolean) =>
    enqueue(async () => {
      setSaved(false);
      await replaceWith(empty ? undefined : await saveMedia('drawing', await toPng(canvas)));
      setProblem(null);
      setSaved(!empty);
    });
  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = null;
  };

  useEffect(
    () => () => {
      const run = pending.current?.run;
      cancelPending();
      run?.();
    },
    [],
  );

  return {
    problem,
    saved,
    /** Stores the canvas after a short pause; `empty` drops the stored drawing instead. */
    schedule: (canvas: HTMLCanvasElement, empty: boolean) => {
      cancelPending();
      const run = () => {
        pending.current = null;
        store(canvas, empty);
      };
      pending.current = { timer: setTimeout(run, DRAWING_SAVE_DELAY_MS), run };
    },
    /** Throws the drawing away at once (after "Wissen" was confirmed). */
    clear: () => {
      cancelPending();
      setSaved(false);
      enqueue(() => replaceWith(undefined));
    },
  };
}

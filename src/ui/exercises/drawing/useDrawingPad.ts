import type { PointerEventHandler } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { getMedia } from '../../../core/media';
import { CANVAS_ASPECT, paintAll, paintLastPiece, paintStroke, type Stroke } from './paint';

/** Width used when the canvas has no layout yet (tests, hidden tabs). */
const FALLBACK_WIDTH_PX = 800;

/** The pen: a colour and a width as a fraction of the canvas width. */
export interface Pen {
  colour: string;
  width: number;
}

async function loadPicture(id: string): Promise<CanvasImageSource> {
  const media = await getMedia(id);
  if (!media) throw new Error('Drawing is gone');
  return createImageBitmap(media.blob);
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/**
 * The drawing surface: sizes the canvas to its box at the device's pixel ratio, draws with
 * pointer events (finger, pen, mouse alike), paints the saved drawing back, and undoes the
 * strokes of this visit. `onChanged` fires after every finished stroke, undo and clear.
 */
export function useDrawingPad(savedMedia: string | undefined, pen: Pen, onChanged: () => void) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const background = useRef<CanvasImageSource | null>(null);
  const active = useRef<{ pointer: number; stroke: Stroke } | null>(null);
  const [, setVersion] = useState(0);
  const [picture, setPicture] = useState<'loading' | 'shown' | 'broken'>(savedMedia ? 'loading' : 'shown');
  const changed = () => {
    setVersion((v) => v + 1);
    onChanged();
  };

  const repaint = () => {
    const c = canvas.current;
    const context = c?.getContext('2d');
    if (c && context) paintAll(context, c.width, c.height, background.current, strokes.current);
  };

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    const fit = () => {
      const width = Math.round((c.getBoundingClientRect().width || FALLBACK_WIDTH_PX) * (window.devicePixelRatio || 1));
      if (c.width !== width) {
        c.width = width; // resizing wipes the bitmap, so everything is painted again
        c.height = Math.round(width * CANVAS_ASPECT);
      }
      repaint();
    };
    fit();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(fit);
    observer?.observe(c);
    return () => observer?.disconnect();
  }, []);

  useEffect(() => {
    if (!savedMedia) return;
    let live = true;
    loadPicture(savedMedia).then(
      (image) => {
        if (!live) return;
        background.current = image;
        setPicture('shown');
        repaint();
      },
      () => live && setPicture('broken'),
    );
    return () => {
      live = false;
    };
  }, []);

  const at = (event: PointerEvent): [number, number] => {
    const box = canvas.current!.getBoundingClientRect();
    const width = box.width || FALLBACK_WIDTH_PX;
    const height = box.height || width * CANVAS_ASPECT;
    return [clamp((event.clientX - box.left) / width), clamp((event.clientY - box.top) / height)];
  };
  const context = () => {
    const c = canvas.current!;
    return { c, context: c.getContext('2d') };
  };

  const handlers: Record<'onPointerDown' | 'onPointerMove' | 'onPointerUp' | 'onPointerCancel', PointerEventHandler<HTMLCanvasElement>> = {
    onPointerDown: (event) => {
      // Until the saved drawing is back, a new line would be lost under it.
      if (picture === 'loading' || active.current || event.button > 0) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const stroke: Stroke = { ...pen, points: at(event) };
      active.current = { pointer: event.pointerId, stroke };
      const { c, context: ctx } = context();
      if (ctx) paintStroke(ctx, c.width, c.height, stroke);
    },
    onPointerMove: (event) => {
      const drawing = active.current;
      if (!drawing || drawing.pointer !== event.pointerId) return;
      const { c, context: ctx } = context();
      const moves = event.getCoalescedEvents?.() ?? [];
      for (const move of moves.length ? moves : [event]) {
        drawing.stroke.points.push(...at(move));
        if (ctx) paintLastPiece(ctx, c.width, c.height, drawing.stroke);
      }
    },
    onPointerUp: (event) => finish(event.pointerId),
    onPointerCancel: (event) => finish(event.pointerId),
  };
  const finish = (pointer: number) => {
    if (active.current?.pointer !== pointer) return;
    strokes.current.push(active.current.stroke);
    active.current = null;
    changed();
  };

  return {
    canvas,
    handlers,
    picture,
    /** Whether nothing is on the paper. */
    isEmpty: () => strokes.current.length === 0 && !background.current,
    /** Whether this visit has a stroke to take back. */
    canUndo: strokes.current.length > 0,
    undo: () => {
      strokes.current.pop();
      repaint();
      changed();
    },
    clear: () => {
      strokes.current = [];
      background.current = null;
      repaint();
      setVersion((v) => v + 1);
    },
  };
}

/**
 * Painting strokes on the drawing canvas. Points and line widths are fractions of the canvas
 * size, so a drawing looks the same at 390 px and at 1024 px and after turning the tablet.
 */

/** One line drawn without lifting the finger: flat [x0, y0, x1, y1, …] in 0…1. */
export interface Stroke {
  colour: string;
  /** Line width as a fraction of the canvas width. */
  width: number;
  points: number[];
}

/** Height of the canvas as a part of its width (4:3, like a sheet of paper on its side). */
export const CANVAS_ASPECT = 3 / 4;

/** The paper is white, so the stored PNG looks the same on any background. */
const PAPER = '#ffffff';

function penFor(context: CanvasRenderingContext2D, width: number, stroke: Stroke): void {
  context.strokeStyle = stroke.colour;
  context.fillStyle = stroke.colour;
  context.lineWidth = Math.max(1, stroke.width * width);
  context.lineCap = 'round';
  context.lineJoin = 'round';
}

/** Paints a whole stroke; a tap without moving leaves a dot. */
export function paintStroke(context: CanvasRenderingContext2D, width: number, height: number, stroke: Stroke): void {
  const p = stroke.points;
  penFor(context, width, stroke);
  context.beginPath();
  if (p.length === 2) {
    context.arc(p[0]! * width, p[1]! * height, context.lineWidth / 2, 0, Math.PI * 2);
    context.fill();
    return;
  }
  context.moveTo(p[0]! * width, p[1]! * height);
  for (let i = 2; i < p.length; i += 2) context.lineTo(p[i]! * width, p[i + 1]! * height);
  context.stroke();
}

/** Paints only the newest piece of a stroke while the finger moves (cheap, no repaint). */
export function paintLastPiece(context: CanvasRenderingContext2D, width: number, height: number, stroke: Stroke): void {
  const p = stroke.points;
  const n = p.length;
  if (n < 4) return;
  penFor(context, width, stroke);
  context.beginPath();
  context.moveTo(p[n - 4]! * width, p[n - 3]! * height);
  context.lineTo(p[n - 2]! * width, p[n - 1]! * height);
  context.stroke();
}

/** Paints the paper, the earlier saved drawing (scaled to fit) and the strokes of this visit. */
export function paintAll(context: CanvasRenderingContext2D, width: number, height: number, background: CanvasImageSource | null, strokes: Stroke[]): void {
  context.fillStyle = PAPER;
  context.fillRect(0, 0, width, height);
  if (background) context.drawImage(background, 0, 0, width, height);
  for (const stroke of strokes) paintStroke(context, width, height, stroke);
}

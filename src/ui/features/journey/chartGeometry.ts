/**
 * Pure geometry of Mijn reis's line charts: series in data units → SVG path data in pixels. No
 * DOM, so years of daily check-ins become one string for one <path>, in one pass over the data,
 * averaged down to what the pixel width can show.
 */

/** One value at one moment (or category); y null is a gap, e.g. "weet ik niet": the line breaks there. */
export interface DataPoint {
  x: number;
  y: number | null;
}

/** The data range a chart shows. */
export interface Domain {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** The plot area in pixels, inside the chart's SVG. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Shapes that tell series apart without colour. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

/** One series ready to draw. */
export interface SeriesGeometry {
  /** Path data of the line, gaps left open; a lone point is a zero-length stroke, a dot with round caps. */
  line: string;
  /** Path data of every marker, one path; empty when the points are too dense to mark one by one. */
  markers: string;
  /** How many points the line passes through. */
  drawnPoints: number;
  /** Whether the line shows averages per bucket rather than every point (see plottedRuns). */
  averaged: boolean;
}

/** Markers are drawn only when points are at least this far apart on average. */
export const MARKER_SPACING_PX = 12;

/** Width of the buckets a long series is averaged over. */
export const BUCKET_PX = 4;

interface Pixel {
  px: number;
  py: number;
}

/** Where value `x` falls horizontally. */
export function xPixel(x: number, domain: Domain, box: PlotBox): number {
  const span = domain.xMax - domain.xMin;
  return box.left + (span === 0 ? box.width / 2 : ((x - domain.xMin) / span) * box.width);
}

/** Where value `y` falls vertically (larger values higher up). */
export function yPixel(y: number, domain: Domain, box: PlotBox): number {
  const span = domain.yMax - domain.yMin;
  return box.top + box.height - (span === 0 ? box.height / 2 : ((y - domain.yMin) / span) * box.height);
}

/** The x range of a time series, widened by half a day on each side when it is a single moment. */
export function timeDomainX(points: readonly DataPoint[]): { xMin: number; xMax: number } | undefined {
  if (points.length === 0) return undefined;
  let xMin = Infinity;
  let xMax = -Infinity;
  for (const { x } of points) {
    if (x < xMin) xMin = x;
    if (x > xMax) xMax = x;
  }
  const HALF_DAY_MS = 12 * 60 * 60 * 1000;
  return xMin === xMax ? { xMin: xMin - HALF_DAY_MS, xMax: xMax + HALF_DAY_MS } : { xMin, xMax };
}

/**
 * The runs of known values in pixels, points sorted by x. A series with more points than the width
 * has room for (one per BUCKET_PX) is averaged per bucket of BUCKET_PX: years of daily check-ins
 * become a readable line of a few hundred points instead of a solid band. A bucket of only gaps
 * breaks the line.
 */
export function plottedRuns(points: readonly DataPoint[], domain: Domain, box: PlotBox): { runs: Pixel[][]; averaged: boolean } {
  const averaged = points.length > box.width / BUCKET_PX;
  const runs: Pixel[][] = [];
  let run: Pixel[] | null = null;
  const add = (pixel: Pixel | null) => {
    if (pixel === null) {
      run = null;
      return;
    }
    if (run === null) runs.push((run = []));
    run.push(pixel);
  };
  if (!averaged) {
    for (const { x, y } of points) add(y === null || !Number.isFinite(y) ? null : { px: xPixel(x, domain, box), py: yPixel(y, domain, box) });
    return { runs, averaged };
  }
  let bucket = NaN;
  let [sumX, sumY, known, gaps] = [0, 0, 0, 0];
  const flush = () => {
    if (known > 0) add({ px: sumX / known, py: sumY / known });
    else if (gaps > 0) add(null);
    [sumX, sumY, known, gaps] = [0, 0, 0, 0];
  };
  for (const { x, y } of points) {
    const px = xPixel(x, domain, box);
    const index = Math.floor((px - box.left) / BUCKET_PX);
    if (index !== bucket) {
      flush();
      bucket = index;
    }
    if (y === null || !Number.isFinite(y)) gaps++;
    else {
      sumX += px;
      sumY += yPixel(y, domain, box);
      known++;
    }
  }
  flush();
  return { runs, averaged };
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Path data through every run; a run of one point is a zero-length line, drawn as a dot by round caps. */
export function linePath(runs: readonly Pixel[][]): string {
  const parts: string[] = [];
  for (const run of runs) {
    const [first, ...rest] = run;
    if (!first) continue;
    parts.push(`M${round(first.px)} ${round(first.py)}`);
    if (rest.length === 0) parts.push('h0');
    for (const { px, py } of rest) parts.push(`L${round(px)} ${round(py)}`);
  }
  return parts.join('');
}

/** Path data of one marker of `shape` centred on (x, y), `r` pixels from centre to edge. */
export function markerAt(shape: MarkerShape, x: number, y: number, r: number): string {
  const [cx, cy, d] = [round(x), round(y), round(r)];
  switch (shape) {
    case 'circle':
      return `M${round(cx - d)} ${cy}a${d} ${d} 0 1 0 ${round(2 * d)} 0a${d} ${d} 0 1 0 ${round(-2 * d)} 0Z`;
    case 'square':
      return `M${round(cx - d)} ${round(cy - d)}h${round(2 * d)}v${round(2 * d)}h${round(-2 * d)}Z`;
    case 'diamond':
      return `M${cx} ${round(cy - d * 1.3)}l${round(d * 1.3)} ${round(d * 1.3)}l${round(-d * 1.3)} ${round(d * 1.3)}l${round(-d * 1.3)} ${round(-d * 1.3)}Z`;
    case 'triangle':
      return `M${cx} ${round(cy - d * 1.2)}L${round(cx + d * 1.2)} ${round(cy + d)}L${round(cx - d * 1.2)} ${round(cy + d)}Z`;
  }
}

/** Line and markers of one series; markers only while they have room (see MARKER_SPACING_PX). */
export function seriesGeometry(points: readonly DataPoint[], domain: Domain, box: PlotBox, shape: MarkerShape, markerRadius = 6): SeriesGeometry {
  const { runs, averaged } = plottedRuns(points, domain, box);
  const line = linePath(runs);
  let known = 0;
  for (const point of points) if (point.y !== null) known++;
  const roomy = !averaged && known > 0 && known <= box.width / MARKER_SPACING_PX;
  const markers = roomy ? runs.flat().map(({ px, py }) => markerAt(shape, px, py, markerRadius)).join('') : '';
  return { line, markers, drawnPoints: runs.reduce((sum, run) => sum + run.length, 0), averaged };
}

/** Path data of horizontal grid lines at the given values, across the plot area. */
export function gridPath(values: readonly number[], domain: Domain, box: PlotBox): string {
  return values.map((value) => `M${round(box.left)} ${round(yPixel(value, domain, box))}h${round(box.width)}`).join('');
}

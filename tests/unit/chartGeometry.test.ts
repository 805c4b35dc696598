/** Mijn reis's chart geometry: data in, path data out, gaps kept, long series averaged to the pixels. */
import { describe, expect, it } from 'vitest';
import {
  gridPath,
  linePath,
  markerAt,
  MARKER_SPACING_PX,
  seriesGeometry,
  plottedRuns,
  BUCKET_PX,
  timeDomainX,
  xPixel,
  yPixel,
  type DataPoint,
  type Domain,
  type PlotBox,
} from '../../src/ui/features/journey/chartGeometry';

const BOX: PlotBox = { left: 10, top: 20, width: 300, height: 100 };
const DOMAIN: Domain = { xMin: 0, xMax: 30, yMin: 0, yMax: 10 };

/** The points a path passes through, per subpath. */
function subpaths(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => [...part.matchAll(/(?:^|L)(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]));
}

describe('scales', () => {
  it('puts the domain corners on the plot corners, larger values higher up', () => {
    expect(xPixel(0, DOMAIN, BOX)).toBe(10);
    expect(xPixel(30, DOMAIN, BOX)).toBe(310);
    expect(yPixel(0, DOMAIN, BOX)).toBe(120);
    expect(yPixel(10, DOMAIN, BOX)).toBe(20);
    expect(yPixel(5, DOMAIN, BOX)).toBe(70);
  });

  it('centres a value when the domain has no width', () => {
    expect(xPixel(7, { ...DOMAIN, xMin: 7, xMax: 7 }, BOX)).toBe(160);
  });

  it('widens a single moment by half a day each side', () => {
    expect(timeDomainX([{ x: 1000, y: 3 }])).toEqual({ xMin: 1000 - 43_200_000, xMax: 1000 + 43_200_000 });
    expect(timeDomainX([{ x: 5, y: 1 }, { x: 2, y: null }, { x: 9, y: 2 }])).toEqual({ xMin: 2, xMax: 9 });
    expect(timeDomainX([])).toBeUndefined();
  });
});

describe('lines', () => {
  it('breaks the line at a gap and draws a lone point as a dot', () => {
    const points: DataPoint[] = [
      { x: 0, y: 2 },
      { x: 10, y: null },
      { x: 20, y: 6 },
      { x: 30, y: 10 },
      { x: 31, y: null },
    ];
    const { line } = seriesGeometry(points, DOMAIN, BOX, 'circle');
    expect(line).toBe('M10 100h0M210 60L310 20');
    expect(subpaths(line)).toEqual([[[10, 100]], [[210, 60], [310, 20]]]);
  });

  it('draws nothing for no known value', () => {
    expect(seriesGeometry([{ x: 1, y: null }], DOMAIN, BOX, 'square')).toEqual({ line: '', markers: '', drawnPoints: 0, averaged: false });
    expect(linePath([])).toBe('');
  });

  it('keeps a short series whole, point for point', () => {
    const points = [3, 5, 4, 8].map((y, i) => ({ x: i * 10, y }));
    const { line, drawnPoints } = seriesGeometry(points, DOMAIN, BOX, 'circle');
    expect(drawnPoints).toBe(4);
    expect(subpaths(line)[0]).toEqual([[10, 90], [110, 70], [210, 80], [310, 40]]);
  });
});

describe('a long series (2,000 daily check-ins)', () => {
  const DAY = 86_400_000;
  // Mood wanders between 2 and 4; every 97th day is "weet ik niet".
  const points: DataPoint[] = Array.from({ length: 2000 }, (_, i) => ({ x: i * DAY, y: i % 97 === 0 ? null : 3 + Math.sin(i / 50) }));
  const domain: Domain = { xMin: 0, xMax: 1999 * DAY, yMin: 1, yMax: 5 };
  const phone: PlotBox = { left: 0, top: 0, width: 340, height: 160 };

  it('is averaged to one point per bucket of BUCKET_PX, so the line stays a line', () => {
    const { runs, averaged } = plottedRuns(points, domain, phone);
    expect(averaged).toBe(true);
    const drawn = runs.flat();
    expect(drawn.length).toBeLessThanOrEqual(phone.width / BUCKET_PX + 1);
    expect(drawn.length).toBeGreaterThan(phone.width / BUCKET_PX - 2);
    const { drawnPoints, markers } = seriesGeometry(points, domain, phone, 'circle');
    expect(drawnPoints).toBe(drawn.length);
    expect(markers).toBe(''); // too many for markers
  });

  it('puts each bucket at the average of its values, in the order of time', () => {
    // About 16 points per 4 px bucket, alternating 2 and 4: every bucket's mean is about 3, half-way up.
    const flat: DataPoint[] = Array.from({ length: 1360 }, (_, i) => ({ x: i, y: i % 2 ? 2 : 4 }));
    const { runs } = plottedRuns(flat, { xMin: 0, xMax: 1360, yMin: 1, yMax: 5 }, phone);
    expect(runs.flat()).toHaveLength(85);
    for (const { py } of runs.flat()) expect(Math.abs(py - 80)).toBeLessThan(3); // 2 and 4 themselves are 40 px away
    const xs = runs.flat().map(({ px }) => px);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('breaks the line only where a whole bucket is "weet ik niet"', () => {
    expect(plottedRuns(points, domain, phone).runs).toHaveLength(1); // one unknown day among many is no gap
    const withPause = points.map((point, i) => (i >= 1000 && i < 1060 ? { ...point, y: null } : point));
    expect(plottedRuns(withPause, domain, phone).runs).toHaveLength(2);
  });

  it('keeps a series that fits whole, point for point', () => {
    const few = points.slice(1, 1 + Math.floor(phone.width / BUCKET_PX));
    const { runs, averaged } = plottedRuns(few, { ...domain, xMax: few.length * DAY }, phone);
    expect(averaged).toBe(false);
    expect(runs.flat()).toHaveLength(few.length);
  });

  it('marks points one by one only when they have room', () => {
    const few = points.slice(1, 1 + Math.floor(phone.width / MARKER_SPACING_PX));
    const { markers } = seriesGeometry(few, { ...domain, xMax: few.length * DAY }, phone, 'circle');
    expect(markers.match(/Z/g)).toHaveLength(few.length);
  });
});

describe('markers and grid', () => {
  it('draws each shape as one closed figure around its centre', () => {
    for (const shape of ['circle', 'square', 'diamond', 'triangle'] as const) {
      const d = markerAt(shape, 50, 40, 6);
      expect(d.startsWith('M')).toBe(true);
      expect(d.endsWith('Z')).toBe(true);
    }
    expect(markerAt('square', 50, 40, 6)).toBe('M44 34h12v12h-12Z');
    expect(markerAt('circle', 50, 40, 6)).toBe('M44 40a6 6 0 1 0 12 0a6 6 0 1 0 -12 0Z');
    expect(new Set(['circle', 'square', 'diamond', 'triangle'].map((s) => markerAt(s as 'circle', 0, 0, 6))).size).toBe(4);
  });

  it('puts a grid line across the plot at each value', () => {
    expect(gridPath([0, 5, 10], DOMAIN, BOX)).toBe('M10 120h300M10 70h300M10 20h300');
  });
});

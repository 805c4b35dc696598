/**
 * The mountain of Mijn reis in its own 400 × 480 grid: a trail that winds from the foot to the
 * top, with the sessions spread evenly along it. Pure numbers, no DOM.
 */

/** Size of the mountain's viewBox. */
export const MOUNTAIN_WIDTH = 400;
export const MOUNTAIN_HEIGHT = 480;

/** The summit, where the goal flag stands. */
export const SUMMIT = { x: 200, y: 44 } as const;

const FOOT_Y = 452;
const TRAIL_TOP_Y = 112;
const TRAIL_BOTTOM_Y = 440;
/** Half-turns of the trail from the foot to the top. */
const HALF_TURNS = 5;
const SAMPLES = 300;

/** A point in the mountain's grid. */
export interface MountainPoint {
  x: number;
  y: number;
}

/** The mountain's outline: a main peak with a lower shoulder on each side. */
export const MOUNTAIN_OUTLINE = `M0 ${FOOT_Y} L96 262 L128 282 L${SUMMIT.x} ${SUMMIT.y} L262 178 L292 158 L400 ${FOOT_Y} Z`;
/** The snow on the peak. */
export const SNOW_CAP = `M${SUMMIT.x} ${SUMMIT.y} L228 104 L214 96 L204 110 L190 98 L174 108 Z`;

// How far the trail may swing from the middle at height y: the mountain narrows towards the top, but
// the hairpins stay wide enough that 30 stops keep apart (tested).
function halfWidthAt(y: number): number {
  return ((y - SUMMIT.y) / (FOOT_Y - SUMMIT.y)) * 200 * 0.6 + 10;
}

/** Points along the trail from the foot to just under the top. */
export function trailPoints(): MountainPoint[] {
  const points: MountainPoint[] = [];
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    const y = TRAIL_BOTTOM_Y - t * (TRAIL_BOTTOM_Y - TRAIL_TOP_Y);
    points.push({ x: SUMMIT.x - halfWidthAt(y) * Math.cos(Math.PI * HALF_TURNS * t), y });
  }
  return points;
}

/** The trail as SVG path data, ending at the summit. */
export function trailPath(points: readonly MountainPoint[] = trailPoints()): string {
  return [...points, SUMMIT].map(({ x, y }, i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join('');
}

/** `count` stops evenly spread along the trail by walking distance, the first at the foot. */
export function stopPoints(count: number, points: readonly MountainPoint[] = trailPoints()): MountainPoint[] {
  if (count <= 0) return [];
  const lengths = [0];
  for (let i = 1; i < points.length; i++) {
    lengths.push(lengths[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
  }
  const total = lengths[lengths.length - 1]!;
  const stops: MountainPoint[] = [];
  let segment = 1;
  for (let n = 0; n < count; n++) {
    const distance = count === 1 ? 0 : (n / (count - 1)) * total;
    while (segment < points.length - 1 && lengths[segment]! < distance) segment++;
    const [a, b] = [points[segment - 1]!, points[segment]!];
    const part = (distance - lengths[segment - 1]!) / (lengths[segment]! - lengths[segment - 1]! || 1);
    stops.push({ x: a.x + (b.x - a.x) * part, y: a.y + (b.y - a.y) * part });
  }
  return stops;
}

/** Where the participant stands: the first session not done yet if it is open, else the last one done (-1 at the foot); `count` means the top. */
export function currentStop(states: readonly ('done' | 'open' | 'closed')[]): number {
  const next = states.findIndex((state) => state !== 'done');
  if (next === -1) return states.length;
  if (states[next] === 'open') return next;
  return next - 1;
}

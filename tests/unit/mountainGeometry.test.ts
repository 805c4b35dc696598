/** The mountain of Mijn reis: stops spread up the trail, and where the participant stands. */
import { describe, expect, it } from 'vitest';
import { currentStop, MOUNTAIN_HEIGHT, MOUNTAIN_WIDTH, stopPoints, SUMMIT, trailPath } from '../../src/ui/features/journey/mountainGeometry';

describe('stops on the trail', () => {
  it('spreads 30 sessions from the foot upwards, each higher than the one before, inside the picture', () => {
    const stops = stopPoints(30);
    expect(stops).toHaveLength(30);
    for (let i = 1; i < stops.length; i++) expect(stops[i]!.y).toBeLessThan(stops[i - 1]!.y);
    for (const { x, y } of stops) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(MOUNTAIN_WIDTH);
      expect(y).toBeGreaterThan(SUMMIT.y);
      expect(y).toBeLessThan(MOUNTAIN_HEIGHT);
    }
  });

  it('keeps neighbouring stops apart, so their shapes do not overlap', () => {
    for (const count of [7, 30]) {
      const stops = stopPoints(count);
      const gaps = stops.flatMap((a, i) => stops.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
      expect(Math.min(...gaps)).toBeGreaterThan(24); // the largest stop shape, stroke included, is 24 across
    }
  });

  it('ends the trail at the summit', () => {
    expect(trailPath().endsWith(`L${SUMMIT.x.toFixed(1)} ${SUMMIT.y.toFixed(1)}`)).toBe(true);
    expect(stopPoints(0)).toEqual([]);
  });
});

describe('where the participant stands', () => {
  it('is the first session not done when it is open', () => {
    expect(currentStop(['done', 'open', 'open'])).toBe(1);
    expect(currentStop(['open', 'done', 'open'])).toBe(0);
  });

  it('waits at the last one done when the next is not open yet, or at the foot', () => {
    expect(currentStop(['done', 'done', 'closed'])).toBe(1);
    expect(currentStop(['closed', 'closed'])).toBe(-1);
  });

  it('is the top when every session is done', () => {
    expect(currentStop(['done', 'done'])).toBe(2);
  });
});

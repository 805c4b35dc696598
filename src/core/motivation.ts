/**
 * Belang and vertrouwen over time, for the chart in Mijn reis. Stores nothing of its own: it
 * reads the scale answers that the sessions saved as encrypted 'answer' records (answers.ts,
 * id `answer:<program>/<session>/<screen>`, value `{ value }` as in exercises/scale.ts).
 */
import type { ScaleAnswer } from '../exercises/scale';
import { getAnswer } from './answers';

/** What a scale measures: how important change is, or how sure one is that it will work. */
export type Measure = 'belang' | 'vertrouwen';

/** A session screen that asks belang or vertrouwen. */
export interface MotivationScreen {
  session: string;
  screen: string;
  measure: Measure;
}

/** The screens per program in session order, and the top of their scale (all start at 0). */
export const MOTIVATION_SCREENS: Readonly<Record<string, { max: number; screens: readonly MotivationScreen[] }>> = {
  middelengebruik: {
    max: 5,
    screens: [
      { session: '1.5', screen: 'belang', measure: 'belang' },
      { session: '1.6', screen: 'vertrouwen', measure: 'vertrouwen' },
      { session: '2.9', screen: 'belang', measure: 'belang' },
      { session: '2.9', screen: 'vertrouwen', measure: 'vertrouwen' },
    ],
  },
  'stap-voor-stap': {
    max: 10,
    screens: [
      { session: '4', screen: 'belang', measure: 'belang' },
      { session: '6', screen: 'vertrouwen', measure: 'vertrouwen' },
      { session: '7', screen: 'belang-nu', measure: 'belang' },
      { session: '7', screen: 'vertrouwen-nu', measure: 'vertrouwen' },
    ],
  },
};

/** One screen's answer: a number, "weet ik niet", or null when not answered (yet). */
export interface MotivationScore extends MotivationScreen {
  value: number | 'unknown' | null;
}

/** The program's belang and vertrouwen answers, in session order; undefined for a program without them. */
export async function listMotivationScores(program: string): Promise<{ max: number; scores: MotivationScore[] } | undefined> {
  const config = MOTIVATION_SCREENS[program];
  if (!config) return undefined;
  const scores = await Promise.all(
    config.screens.map(async (where): Promise<MotivationScore> => {
      const answer = await getAnswer<ScaleAnswer>({ program, session: where.session, screen: where.screen });
      return { ...where, value: toScore(answer?.value, config.max) };
    }),
  );
  return { max: config.max, scores };
}

// A stored answer is trusted no further than its shape: anything odd counts as not answered.
function toScore(value: unknown, max: number): number | 'unknown' | null {
  if (value === 'unknown') return 'unknown';
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

/** Mijn reis's data as chart series: check-ins over time, belang and vertrouwen per session. No DOM. */
import type { CheckIn, CheckInDay } from '../../../core/checkins';
import type { Measure, MotivationScore } from '../../../core/motivation';
import type { DataPoint } from './chartGeometry';

/** Every check-in oldest first (listCheckInDays gives newest first). */
export function checkInsOldestFirst(days: readonly CheckInDay[]): CheckIn[] {
  const all: CheckIn[] = [];
  for (let d = days.length - 1; d >= 0; d--) {
    const { checkIns } = days[d]!;
    for (let i = checkIns.length - 1; i >= 0; i--) all.push(checkIns[i]!);
  }
  return all;
}

/** Mood 1-5 over time; "weet ik niet" is a gap. */
export function moodSeries(checkIns: readonly CheckIn[]): DataPoint[] {
  return checkIns.map(({ at, mood }) => ({ x: at, y: mood === 'unknown' ? null : mood }));
}

/** Craving 0-10 over time; not filled in is a gap. */
export function cravingSeries(checkIns: readonly CheckIn[]): DataPoint[] {
  return checkIns.map(({ at, craving }) => ({ x: at, y: craving }));
}

/** The sessions that ask belang or vertrouwen, in order, and one series per measure on those positions. */
export function motivationSeries(scores: readonly MotivationScore[]): { sessions: string[]; series: Record<Measure, DataPoint[]> } {
  const sessions = [...new Set(scores.map((score) => score.session))];
  const series: Record<Measure, DataPoint[]> = { belang: [], vertrouwen: [] };
  for (const score of scores) {
    series[score.measure].push({ x: sessions.indexOf(score.session), y: typeof score.value === 'number' ? score.value : null });
  }
  return { sessions, series };
}

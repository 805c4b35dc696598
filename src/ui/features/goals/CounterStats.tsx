import type { DayCount } from '../../../core/goals';
import { euros, useStrings } from './useStrings';

/** The numbers shown big: good days in total, days in a row, money saved. */
export function CounterStats({ count }: { count: DayCount }) {
  const s = useStrings();
  return (
    <div class="counter-stats">
      <p class="counter-stat">
        <strong class="counter-number">{count.goodDays}</strong>
        <span class="counter-word">{s.goodDays(count.goodDays)}</span>
      </p>
      {count.savedCents !== null && (
        <p class="counter-stat">
          <strong class="counter-number">{euros(count.savedCents)}</strong>
          <span class="counter-word">{s.saved}</span>
        </p>
      )}
      {/* Only worth saying once a slip made the streak differ from the total. */}
      {count.currentStreak !== count.goodDays && <p class="counter-streak">{count.currentStreak > 0 ? s.inARow(count.currentStreak) : s.newStreak}</p>}
    </div>
  );
}

import { getDayCounter } from '../../../core/goals';
import { recordsChanged } from '../../../core/records';
import { useLoad } from '../../useSignal';
import { CounterStart } from './CounterStart';
import { CounterView } from './CounterView';
import { useStrings } from './useStrings';

/** The optional counter of good days and money saved: started by the participant, or not at all. */
export function DayCounterSection() {
  const s = useStrings();
  // Wrapped, because "no counter" (undefined) must differ from "still loading".
  const loaded = useLoad(async () => ({ counter: await getDayCounter() }), [recordsChanged]);
  if (!loaded) return null;
  return (
    <section class="goal-section" aria-labelledby="counter-title">
      <h2 id="counter-title" tabIndex={-1}>
        {s.counterTitle}
      </h2>
      {loaded.counter ? <CounterView counter={loaded.counter} /> : <CounterStart />}
    </section>
  );
}

import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { dayBefore, recordSlip, type DayCounter } from '../../../core/goals';
import { useStrings } from './useStrings';

/** "Ik had een uitglijder": today or yesterday (if counting then), saved as one slip day. */
export function SlipForm({ counter, today, onDone }: { counter: DayCounter; today: string; onDone: (after: DayCounter | null) => void }) {
  const s = useStrings();
  const id = useId();
  const yesterday = dayBefore(today);
  const days = yesterday >= counter.startDay ? [today, yesterday] : [today];
  const [day, setDay] = useState(today);
  const [problem, setProblem] = useState('');
  const save = async () => {
    try {
      onDone(await recordSlip(day));
      requestAnimationFrame(() => document.getElementById('slip-button')?.focus());
    } catch {
      setProblem(s.saveFailed);
    }
  };
  return (
    <form
      class="slip-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset class="stack">
        <legend>{s.slipWhen}</legend>
        <div class="choice-row">
          {days.map((option) => (
            <label key={option} class={`choice choice-wide ${day === option ? 'is-chosen' : ''}`}>
              <input type="radio" name={`${id}-day`} checked={day === option} onChange={() => setDay(option)} />
              <span>{option === today ? s.slipToday : s.slipYesterday}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Message kind="problem">{problem}</Message>
      <div class="button-row">
        <IconButton
          icon="close"
          onClick={() => {
            onDone(null);
            requestAnimationFrame(() => document.getElementById('slip-button')?.focus());
          }}
        >
          {s.cancel}
        </IconButton>
        <IconButton icon="check" variant="primary" type="submit">
          {s.slipSave}
        </IconButton>
      </div>
    </form>
  );
}

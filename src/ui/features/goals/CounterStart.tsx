import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { localDay } from '../../../core/checkins';
import { isDay, setDayCounter } from '../../../core/goals';
import { MoneyField, readMoney } from './MoneyField';
import { useStrings } from './useStrings';

/** Starting the counter: since today or another day, and optionally the money spent per day. */
export function CounterStart() {
  const s = useStrings();
  const id = useId();
  const today = localDay(Date.now());
  const [when, setWhen] = useState<'today' | 'other'>('today');
  const [day, setDay] = useState('');
  const [money, setMoney] = useState('');
  const [problem, setProblem] = useState('');

  const start = async () => {
    const startDay = when === 'today' ? today : day;
    if (!isDay(startDay) || startDay > today) return setProblem(s.dayWrong);
    const cents = readMoney(money);
    if (cents === 'wrong') return setProblem(s.moneyWrong);
    try {
      await setDayCounter({ startDay, centsPerDay: cents, slipDays: [] });
      document.getElementById('counter-title')?.focus();
    } catch {
      setProblem(s.saveFailed);
    }
  };

  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <p>{s.counterIntro}</p>
      <fieldset class="stack">
        <legend>{s.startWhen}</legend>
        <div class="choice-row">
          {(['today', 'other'] as const).map((option) => (
            <label key={option} class={`choice choice-wide ${when === option ? 'is-chosen' : ''}`}>
              <input type="radio" name={`${id}-when`} checked={when === option} onChange={() => setWhen(option)} />
              <span>{option === 'today' ? s.startToday : s.startOther}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {when === 'other' && (
        <>
          <label for={`${id}-day`}>{s.startDay}</label>
          <input id={`${id}-day`} type="date" class="date-input" max={today} value={day} onInput={(e) => setDay(e.currentTarget.value)} />
        </>
      )}
      <MoneyField id={`${id}-money`} value={money} onInput={setMoney} />
      <Message kind="problem">{problem}</Message>
      <IconButton icon="check" variant="primary" type="submit">
        {s.startCounting}
      </IconButton>
    </form>
  );
}

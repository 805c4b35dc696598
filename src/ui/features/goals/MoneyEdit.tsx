import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { setDayCounter, type DayCounter } from '../../../core/goals';
import { MoneyField, readMoney } from './MoneyField';
import { useStrings } from './useStrings';

/** Changing (or clearing) the amount per day; the days counted stay as they are. */
export function MoneyEdit({ counter, onDone }: { counter: DayCounter; onDone: () => void }) {
  const s = useStrings();
  const id = useId();
  const [money, setMoney] = useState(counter.centsPerDay === null ? '' : (counter.centsPerDay / 100).toFixed(2).replace('.', ','));
  const [problem, setProblem] = useState('');
  const save = async () => {
    const cents = readMoney(money);
    if (cents === 'wrong') return setProblem(s.moneyWrong);
    try {
      await setDayCounter({ ...counter, centsPerDay: cents });
      onDone();
    } catch {
      setProblem(s.saveFailed);
    }
  };
  return (
    <form
      class="money-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <MoneyField id={`${id}-money`} value={money} onInput={setMoney} />
      <Message kind="problem">{problem}</Message>
      <div class="button-row">
        <IconButton icon="close" onClick={onDone}>
          {s.cancel}
        </IconButton>
        <IconButton icon="check" variant="primary" type="submit">
          {s.moneySave}
        </IconButton>
      </div>
    </form>
  );
}

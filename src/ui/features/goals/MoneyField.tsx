import { parseEuros } from '../../../core/goals';
import { useStrings } from './useStrings';

/** The typed amount as cents: null when left empty, 'wrong' when it is no amount. */
export function readMoney(text: string): number | null | 'wrong' {
  if (text.trim() === '') return null;
  return parseEuros(text) ?? 'wrong';
}

/** "Hoeveel geld gaf je per dag uit?": an optional amount in euros. */
export function MoneyField({ id, value, onInput }: { id: string; value: string; onInput: (value: string) => void }) {
  const s = useStrings();
  return (
    <>
      <label for={id}>{s.money}</label>
      <p id={`${id}-hint`} class="hint">
        {s.moneyHint}
      </p>
      <span class="money-input">
        <span aria-hidden="true">€</span>
        <input id={id} type="text" inputMode="decimal" autoComplete="off" maxLength={10} value={value} aria-describedby={`${id}-hint`} onInput={(e) => onInput(e.currentTarget.value)} />
      </span>
    </>
  );
}

import { useId } from 'preact/hooks';
import { useT } from '../useT';

interface PinPadProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  onSubmit: () => void;
  submitLabel: string;
  maxLength: number;
  disabled?: boolean;
  describedBy?: string;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A PIN or code entry: a real input (so typing, pasting and password managers work) and a big
 * on-screen keypad for tapping. There is no time limit on entering it.
 */
export function PinPad({ label, value, onInput, onSubmit, submitLabel, maxLength, disabled, describedBy }: PinPadProps) {
  const t = useT();
  const id = useId();
  const add = (digit: string) => value.length < maxLength && onInput(value + digit);
  return (
    <form
      class="pinpad"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label for={id}>{label}</label>
      <input
        id={id}
        class="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={maxLength}
        value={value}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value.replace(/\D/g, '').slice(0, maxLength))}
      />
      <div class="keypad">
        {KEYS.map((digit) => (
          <button type="button" class="key" key={digit} onClick={() => add(digit)} disabled={disabled}>
            {digit}
          </button>
        ))}
        <button type="button" class="key key-word" onClick={() => onInput(value.slice(0, -1))} disabled={disabled}>
          {t('unlock.erase')}
        </button>
        <button type="button" class="key" onClick={() => add('0')} disabled={disabled}>
          0
        </button>
        <button type="submit" class="key key-word key-go" disabled={disabled}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

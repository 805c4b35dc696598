import { useId, useState } from 'preact/hooks';
import { useStrings } from './useStrings';

interface PasswordFieldProps {
  value: string;
  onInput: (value: string) => void;
  /** 'new-password' when choosing one, 'current-password' when typing it to open a file. */
  autoComplete: 'new-password' | 'current-password';
  describedBy?: string;
}

/** A password input with a switch to show what was typed (easier to get right). */
export function PasswordField({ value, onInput, autoComplete, describedBy }: PasswordFieldProps) {
  const s = useStrings();
  const id = useId();
  const [shown, setShown] = useState(false);
  const common = {
    id,
    autoComplete,
    autoCapitalize: 'none' as const,
    value,
    'aria-describedby': describedBy,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class="stack">
      <label for={id}>{s.password}</label>
      {/* Two elements, because Preact types `type` per kind of input; the checkbox keeps focus when switching. */}
      {shown ? <input type="text" {...common} /> : <input type="password" {...common} />}
      <label class="show-password">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.currentTarget.checked)} />
        <span>{s.showPassword}</span>
      </label>
    </div>
  );
}

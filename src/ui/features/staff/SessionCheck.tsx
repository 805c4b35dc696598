import { useEffect, useState } from 'preact/hooks';
import { Icon } from '../../icons/Icon.tsx';

interface SessionCheckProps {
  sessionId: string;
  title: string;
  checked: boolean;
  disabled?: boolean;
  /** The state in words, e.g. "Open", "Dicht", "Open voor 1 van 2". */
  stateWord: string;
  /** The state's shape: open (a check in a solid frame), partly open, or closed (a lock, dashed frame). */
  shape: SessionShape;
  onChange: (checked: boolean) => void;
}

/** The state of a session in a checklist: open, open for some of the group, or closed. */
export type SessionShape = 'open' | 'some' | 'closed';

/** One session in a release checklist: a real checkbox, the number and title, and the state by shape and word. */
export function SessionCheck({ sessionId, title, checked, disabled, stateWord, shape, onChange }: SessionCheckProps) {
  // The tick shows at once; the stored state follows when it is saved.
  const [ticked, setTicked] = useState(checked);
  useEffect(() => setTicked(checked), [checked]);
  return (
    <label class={`release-item is-${shape}`}>
      <input
        type="checkbox"
        checked={ticked}
        disabled={disabled}
        onChange={(e) => {
          setTicked(e.currentTarget.checked);
          onChange(e.currentTarget.checked);
        }}
      />
      <span class="session-number">{sessionId}</span>
      <span class="session-title">{title}</span>
      <span class="release-state">
        <Icon name={shape === 'closed' ? 'lock' : shape === 'open' ? 'check' : 'group'} size={28} />
        {stateWord}
      </span>
    </label>
  );
}

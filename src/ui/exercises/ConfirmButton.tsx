import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { IconButton } from '../components/IconButton';
import type { UiIconName } from '../icons/Icon.tsx';

interface ConfirmButtonProps {
  icon: UiIconName;
  /** The visible word of the button, e.g. "Weg". */
  children: ComponentChildren;
  /** What is asked before anything is lost. */
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
}

/** A button that first asks in the page itself (no browser pop-up) before something is thrown away. */
export function ConfirmButton({ icon, children, question, yes, no, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  const box = useRef<HTMLSpanElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Focus follows the question, and goes back to the button after "Nee": keyboard users stay in place.
    if (!moved.current) return;
    box.current?.querySelector<HTMLButtonElement>(asking ? '[data-no]' : 'button')?.focus();
  }, [asking]);
  const ask = (next: boolean) => {
    moved.current = true;
    setAsking(next);
  };
  return (
    <span ref={box} class="confirm">
      {asking ? (
        <span class="confirm-ask" role="group" aria-labelledby={id}>
          <span id={id} class="confirm-question">
            {question}
          </span>
          <span class="confirm-buttons">
            <IconButton icon="close" data-no onClick={() => ask(false)}>
              {no}
            </IconButton>
            <IconButton icon="trash" variant="danger" onClick={onConfirm}>
              {yes}
            </IconButton>
          </span>
        </span>
      ) : (
        <IconButton icon={icon} onClick={() => ask(true)}>
          {children}
        </IconButton>
      )}
    </span>
  );
}

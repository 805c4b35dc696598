import { useEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Icon } from '../../icons/Icon.tsx';
import type { RewardConfirmation } from '../../../core/goals';
import type { Step } from '../../../exercises/steps';
import { RewardConfirmForm } from './RewardConfirmForm';
import { longDate, useStrings } from './useStrings';

interface Props {
  step: Step;
  /** "Stap 2": names the button for screen readers, as several steps have one. */
  title: string;
  confirmation: RewardConfirmation | undefined;
  staffCode: boolean;
}

/** Whether the begeleider confirmed the reward of a done step, and the way to confirm it. */
export function RewardStatus({ step, title, confirmation, staffCode }: Props) {
  const s = useStrings();
  const [asking, setAsking] = useState(false);
  const ids = { status: `reward-status-${step.id}`, button: `reward-button-${step.id}` };
  const moved = useRef<'confirmed' | 'closed' | null>(null);
  useEffect(() => {
    // After confirming, focus goes to the result; after "Annuleren", back to the button.
    // The confirmation shows once the records reload, so wait for the element to exist.
    const target = moved.current && document.getElementById(moved.current === 'confirmed' ? ids.status : ids.button);
    if (!target) return;
    target.focus();
    moved.current = null;
  }, [asking, confirmation]);

  if (confirmation) {
    return (
      <p class="reward-confirmed" id={ids.status} tabIndex={-1}>
        <Icon name="check" size={32} />
        <span>{s.confirmedBy(confirmation.by, longDate(confirmation.at))}</span>
      </p>
    );
  }
  if (!staffCode) return <p class="goal-note">{s.notConfirmed}</p>;
  if (asking) {
    return (
      <RewardConfirmForm
        step={step}
        onDone={(confirmed) => {
          moved.current = confirmed ? 'confirmed' : 'closed';
          setAsking(false);
        }}
      />
    );
  }
  return (
    <div class="stack">
      <p class="goal-note">{s.notConfirmed}</p>
      <IconButton icon="check" id={ids.button} onClick={() => setAsking(true)}>
        {s.rewardGiven}
        <span class="sr-only">: {title}</span>
      </IconButton>
    </div>
  );
}

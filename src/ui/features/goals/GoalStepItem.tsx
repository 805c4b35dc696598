import { useState } from 'preact/hooks';
import { Message } from '../../components/Message';
import { Pictogram } from '../../pictograms';
import { setStepDone, type RewardConfirmation } from '../../../core/goals';
import type { Step } from '../../../exercises/steps';
import { RewardStatus } from './RewardStatus';
import { useStrings } from './useStrings';

interface Props {
  program: string;
  step: Step;
  number: number;
  confirmation: RewardConfirmation | undefined;
  /** Whether this device has a begeleider / trainer code to confirm rewards with. */
  staffCode: boolean;
}

/** One step: what to do, its reward, "Gedaan" to tick, and whether the begeleider confirmed the reward. */
export function GoalStepItem({ program, step, number, confirmation, staffCode }: Props) {
  const s = useStrings();
  const [problem, setProblem] = useState('');
  const title = s.step(number);
  const reward = step.reward.trim();
  const tick = async (done: boolean) => {
    setProblem('');
    try {
      await setStepDone(program, step.id, done);
    } catch {
      setProblem(s.saveFailed);
    }
  };
  return (
    <li>
      <article class={`goal-step ${step.done ? 'is-done' : ''}`} aria-labelledby={`step-${step.id}`}>
        <h3 id={`step-${step.id}`}>{title}</h3>
        <p class="goal-step-text">{step.text.trim()}</p>
        <p class="goal-reward">
          <Pictogram id="reward" size={48} />
          <span>
            <strong>{s.reward}: </strong>
            {reward || s.noReward}
          </span>
        </p>
        <label class={`choice choice-wide goal-done ${step.done ? 'is-chosen' : ''}`}>
          <input type="checkbox" checked={step.done} onChange={(e) => void tick(e.currentTarget.checked)} />
          <span class="goal-box" aria-hidden="true">
            {step.done ? '✓' : ''}
          </span>
          <span>
            {s.done}
            <span class="sr-only">: {title}</span>
          </span>
        </label>
        <Message kind="problem">{problem}</Message>
        {/* Always in the page, so ticking "Gedaan" is read out as it appears. */}
        <Message kind="good">{step.done ? (reward ? s.enjoy(reward) : s.wellDone) : null}</Message>
        {step.done && <RewardStatus step={step} title={title} confirmation={confirmation} staffCode={staffCode} />}
      </article>
    </li>
  );
}

import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { Icon } from '../../icons/Icon.tsx';
import { Pictogram } from '../../pictograms';
import { confirmRewardFor, getGoalStepsFor, listRewardConfirmationsFor, type RewardConfirmation } from '../../../core/goals';
import type { ProfileAccess } from '../../../core/records';
import { recordsChanged } from '../../../core/records';
import type { Step } from '../../../exercises/steps';
import { useLoad } from '../../useSignal';
import { longDate } from '../goals/useStrings';
import { participantPath } from '../staff/participantLinks';
import { StaffScreen } from '../staff/StaffScreen';
import type { StaffPageProps } from '../staff/types';
import { StateIcon } from './StateIcon';
import { useStaffParticipant } from './useStaffParticipant';
import { useStrings } from './useStrings';
import './staffCare.css';

/**
 * Rewards in the staff area: the goal and steps of 2.5 and a "Beloning gegeven" per step. The open
 * staff session already proved the code, so only the name of who confirms is asked.
 */
export function RewardsPage({ params }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const nameId = useId();
  const who = useStaffParticipant(id);
  const [name, setName] = useState('');
  const data = useLoad(
    async () => {
      if (!who) return undefined;
      const [answer, confirmations] = await Promise.all([getGoalStepsFor(who.access, who.profile.program), listRewardConfirmationsFor(who.access)]);
      return { answer, confirmations };
    },
    [recordsChanged],
    [who],
  );
  if (who === undefined) return null;
  if (who === null) return <StaffScreen title={s.notFound} back="/staf" />;
  const steps = (data?.answer?.steps ?? []).filter((step) => step.text.trim() !== '');
  const goal = data?.answer?.goal.trim() ?? '';
  return (
    <StaffScreen title={s.rewardsTitle(who.profile.displayName)} back={participantPath(id)}>
      <p>{s.rewardsIntro}</p>
      {data && (
        <>
          <h2>{s.goal}</h2>
          <p>{goal || s.noGoal}</p>
          {steps.length > 0 && (
            <div class="stack">
              <label for={nameId}>{s.yourName}</label>
              <p class="hint" id={`${nameId}-hint`}>
                {s.yourNameHint}
              </p>
              <input id={nameId} type="text" autoComplete="name" maxLength={100} value={name} aria-describedby={`${nameId}-hint`} onInput={(e) => setName(e.currentTarget.value)} />
            </div>
          )}
          {steps.length === 0 ? (
            <p>{s.noSteps}</p>
          ) : (
            <ol class="plain-list">
              {steps.map((step) => (
                <li key={step.id}>
                  <StepBlock access={who.access} step={step} number={data.answer!.steps.indexOf(step) + 1} confirmation={data.confirmations.get(step.id)} name={name} nameId={nameId} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </StaffScreen>
  );
}

interface StepProps {
  access: ProfileAccess;
  step: Step;
  number: number;
  confirmation: RewardConfirmation | undefined;
  name: string;
  nameId: string;
}

function StepBlock({ access, step, number, confirmation, name, nameId }: StepProps) {
  const s = useStrings();
  const [problem, setProblem] = useState('');
  const title = s.step(number);
  const confirm = async () => {
    setProblem('');
    if (!name.trim()) {
      setProblem(s.needName);
      document.getElementById(nameId)?.focus();
      return;
    }
    try {
      await confirmRewardFor(access, step, name);
    } catch {
      setProblem(s.saveFailed);
    }
  };
  return (
    <article class="reward-staff-step" aria-labelledby={`staff-step-${step.id}`}>
      <h3 id={`staff-step-${step.id}`}>{title}</h3>
      <p>{step.text.trim()}</p>
      <p class="reward-staff-state">
        <Pictogram id="reward" size={48} />
        <span>
          <strong>{s.reward}: </strong>
          {step.reward.trim() || s.noReward}
        </span>
      </p>
      <p class="reward-staff-state">
        <StateIcon state={step.done ? 'done' : 'open'} size={32} />
        <span>{step.done ? s.stepDone : s.stepOpen}</span>
      </p>
      {confirmation ? (
        <p class="reward-staff-state">
          <Icon name="check" size={32} />
          <span>{s.confirmed(confirmation.by, longDate(confirmation.at))}</span>
        </p>
      ) : (
        <IconButton icon="check" onClick={() => void confirm()}>
          {s.confirm}
          <span class="sr-only">: {title}</span>
        </IconButton>
      )}
      <Message kind="problem">{problem}</Message>
    </article>
  );
}

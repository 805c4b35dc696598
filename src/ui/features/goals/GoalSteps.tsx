import { IconButton } from '../../components/IconButton';
import { getGoalSteps, listRewardConfirmations } from '../../../core/goals';
import type { ProfileCard } from '../../../core/profiles';
import { recordsChanged } from '../../../core/records';
import { hasStaffCode } from '../../../core/staff';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { GoalStepItem } from './GoalStepItem';
import { stepsScreenPath } from './stepsScreenPath';
import { useStrings } from './useStrings';

/** The goal and its steps from 2.5 (one source of truth), each step with its reward. */
export function GoalSteps({ profile }: { profile: ProfileCard }) {
  const s = useStrings();
  const data = useLoad(
    async () => {
      const [answer, confirmations, staffCode, sessionPath] = await Promise.all([
        getGoalSteps(profile.program),
        listRewardConfirmations(),
        hasStaffCode(),
        stepsScreenPath(profile),
      ]);
      return { answer, confirmations, staffCode, sessionPath };
    },
    [recordsChanged],
    [profile.id, profile.program],
  );
  if (!data) return null;
  const { answer, confirmations, staffCode, sessionPath } = data;
  const goal = answer?.goal.trim() ?? '';
  const steps = (answer?.steps ?? []).filter((step) => step.text.trim() !== '');
  const toSession = sessionPath && (
    <IconButton icon="pencil" onClick={() => navigate(sessionPath)}>
      {steps.length > 0 ? s.editSteps : s.toSession}
    </IconButton>
  );

  return (
    <>
      <section class="goal-section" aria-labelledby="goal-title">
        <h2 id="goal-title">{s.goalTitle}</h2>
        {goal ? <p class="goal-text">{goal}</p> : <p>{s.noGoal}</p>}
      </section>
      <section class="goal-section" aria-labelledby="steps-title">
        <h2 id="steps-title">{s.stepsTitle}</h2>
        {steps.length > 0 ? (
          <ol class="goal-steps">
            {steps.map((step) => (
              <GoalStepItem
                key={step.id}
                program={profile.program}
                step={step}
                number={(answer?.steps.indexOf(step) ?? 0) + 1}
                confirmation={confirmations.get(step.id)}
                staffCode={staffCode}
              />
            ))}
          </ol>
        ) : (
          <p>{s.noSteps}</p>
        )}
        {steps.some((step) => step.done) && !staffCode && <p class="goal-note">{s.noStaffCode}</p>}
        {toSession}
      </section>
    </>
  );
}

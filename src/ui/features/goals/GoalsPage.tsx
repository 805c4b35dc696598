import { Screen } from '../../components/Screen';
import type { ProfileCard } from '../../../core/profiles';
import { DayCounterSection } from './DayCounterSection';
import { GoalSteps } from './GoalSteps';
import { useStrings } from './useStrings';
import './goals.css';

/** "Doelen en beloningen": the goal and steps of 2.5 with their rewards, and the optional day counter. */
export function GoalsPage({ profile }: { profile: ProfileCard }) {
  const s = useStrings();
  return (
    <Screen title={s.title}>
      <p>{s.intro}</p>
      <GoalSteps profile={profile} />
      <DayCounterSection />
    </Screen>
  );
}

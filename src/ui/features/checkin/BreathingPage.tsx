import { Screen } from '../../components/Screen';
import type { ProfileCard } from '../../../core/profiles';
import { navigate } from '../../router';
import { BreathingPanel } from './BreathingPanel';
import { useStrings } from './useStrings';

/**
 * "Even rustig ademen" (route /ademen): the guided breathing on its own screen, to open any time.
 * It needs nothing of the profile, so it may also be shown while the workbook is locked.
 */
export function BreathingPage(_props: { profile?: ProfileCard }) {
  const s = useStrings();
  // Back to where the participant came from; a fresh tab has nowhere to go back to.
  const back = () => (history.length > 1 ? history.back() : navigate('/'));
  return (
    <Screen title={s.breatheTitle}>
      <BreathingPanel heading="h1" backLabel={s.back} onBack={back} />
    </Screen>
  );
}

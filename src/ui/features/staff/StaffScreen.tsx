import type { ComponentChildren } from 'preact';
import { IconButton } from '../../components/IconButton';
import { Screen } from '../../components/Screen';
import { closeStaffSession } from '../../../core/staffSession';
import { getDevice } from '../../../core/device';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useStrings } from './useStrings';

interface StaffScreenProps {
  title: string;
  icon?: ComponentChildren;
  /** Where "Terug" goes; no back button when absent. */
  back?: string;
  children?: ComponentChildren;
}

/** Closes the staff session and goes back to the locked start. */
export function closeStaffArea(): void {
  void closeStaffSession().then(() => navigate('/', true));
}

/** A staff screen: a strip that says staff is at work with a "Klaar" button, then the screen. */
export function StaffScreen({ title, icon, back, children }: StaffScreenProps) {
  const s = useStrings();
  const device = useLoad(getDevice);
  return (
    <>
      <div class="staff-strip">
        <p class="staff-strip-word">{device?.kind === 'phone' ? s.staffHerePhone : s.staffHere}</p>
        <IconButton icon="lock" variant="primary" onClick={closeStaffArea}>
          {s.done}
        </IconButton>
      </div>
      <Screen title={title} icon={icon}>
        {children}
        {back && (
          <div class="button-row">
            <IconButton icon="back" onClick={() => navigate(back)}>
              {s.back}
            </IconButton>
          </div>
        )}
      </Screen>
    </>
  );
}

import { IconButton } from '../../components/IconButton';
import { stopViewing } from '../../../core/staffSession';
import { navigate } from '../../router';
import { participantPath } from './participantLinks';
import { useStrings } from './useStrings';

/**
 * Shown on every screen while staff look at a participant's workbook on purpose: whose it is,
 * and one button back to the staff area (which locks the workbook again).
 */
export function ViewingBanner({ profileId, name }: { profileId: string; name: string }) {
  const s = useStrings();
  return (
    <aside class="staff-viewing no-print" aria-label={s.viewing(name)}>
      <p>{s.viewing(name)}</p>
      <IconButton icon="close" variant="primary" onClick={() => void stopViewing().then(() => navigate(participantPath(profileId)))}>
        {s.closeWorkbook}
      </IconButton>
    </aside>
  );
}

import { setArchived } from '../../../core/staffParticipants';
import { IconButton } from '../../components/IconButton';
import { navigate } from '../../router';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useParticipant } from './useParticipant';
import { useStrings } from './useStrings';

/** Archive a participant: hidden from the start screen, everything kept, restorable. */
export function ArchivePage({ params }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const profile = useParticipant(id);
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const name = profile.displayName;
  return (
    <StaffScreen title={s.archiveTitle(name)}>
      <p>{s.archiveIntro(name)}</p>
      <div class="button-row">
        <IconButton icon="back" onClick={() => navigate(participantPath(id))}>
          {s.cancel}
        </IconButton>
        <IconButton icon="archive" variant="primary" onClick={() => void setArchived(id, true).then(() => navigate('/staf'))}>
          {s.archiveYes}
        </IconButton>
      </div>
    </StaffScreen>
  );
}

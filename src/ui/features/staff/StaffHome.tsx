import { ProfileAvatar } from '../../components/ProfileAvatar';
import { IconButton } from '../../components/IconButton';
import { listProfiles, profilesChanged } from '../../../core/profiles';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { ParticipantPage } from './ParticipantPage';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useStrings } from './useStrings';

/**
 * The staff home. On a group tablet: every participant (names and pictures, no answers). On an
 * own phone there is one participant, so the staff area is that participant's page.
 */
export function StaffHome({ device }: StaffPageProps) {
  const s = useStrings();
  const profiles = useLoad(listProfiles, [profilesChanged]);
  if (!profiles) return null;
  if (device.kind === 'phone' && profiles[0]) return <ParticipantPage params={{ id: profiles[0].id }} device={device} />;
  return (
    <StaffScreen title={s.homeTitle}>
      <p>{profiles.length > 0 ? s.homeIntro : s.noParticipants}</p>
      <ul class="profile-grid" aria-label={s.participantsLabel}>
        {profiles.map((profile) => (
          <li key={profile.id}>
            <a
              class="profile-tile"
              href={participantPath(profile.id)}
              onClick={(event) => {
                event.preventDefault();
                navigate(participantPath(profile.id));
              }}
            >
              <ProfileAvatar id={profile.avatar} photo={profile.photo} size={72} />
              <span>{profile.displayName}</span>
            </a>
          </li>
        ))}
      </ul>
      <div class="button-row">
        {device.kind === 'tablet' && (
          <IconButton icon="plus" onClick={() => navigate('/staf/nieuw')}>
            {s.add}
          </IconButton>
        )}
        <IconButton icon="settings" variant="quiet" onClick={() => navigate('/staf/instellingen')}>
          {s.settings}
        </IconButton>
      </div>
    </StaffScreen>
  );
}

import { ProfileAvatar } from '../../components/ProfileAvatar';
import { IconButton } from '../../components/IconButton';
import { getProgram } from '../../../content/load';
import { listAllProfiles, profilesChanged, type ProfileCard } from '../../../core/profiles';
import { i18next, toLanguage } from '../../../i18n';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { ParticipantPage } from './ParticipantPage';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useStrings } from './useStrings';

/**
 * The staff home. On a group tablet: every participant (names and pictures, no answers), the
 * group's sessions, and the archived participants. On an own phone there is one participant, so
 * the staff area is that participant's page.
 */
export function StaffHome({ device, params }: StaffPageProps) {
  const s = useStrings();
  const profiles = useLoad(listAllProfiles, [profilesChanged]);
  if (!profiles) return null;
  if (device.kind === 'phone' && profiles[0]) return <ParticipantPage params={{ ...params, id: profiles[0].id }} device={device} />;
  const active = profiles.filter((profile) => !profile.archived);
  const archived = profiles.filter((profile) => profile.archived);
  const programs = [...new Set(active.map((profile) => profile.program))].flatMap((id) => getProgram(id) ?? []);
  const language = toLanguage(i18next.language);
  return (
    <StaffScreen title={s.homeTitle}>
      <p>{active.length > 0 ? s.homeIntro : s.noParticipants}</p>
      <ParticipantList profiles={active} label={s.participantsLabel} />
      <div class="button-row">
        {device.kind === 'tablet' && (
          <IconButton icon="plus" onClick={() => navigate('/staf/nieuw')}>
            {s.add}
          </IconButton>
        )}
        {programs.map((program) => (
          <IconButton key={program.id} icon="group" onClick={() => navigate(`/staf/lessen/${program.id}`)}>
            {programs.length > 1 ? `${s.groupRelease}: ${program.title[language]}` : s.groupRelease}
          </IconButton>
        ))}
      </div>
      {archived.length > 0 && (
        <section aria-labelledby="staff-archived">
          <h2 id="staff-archived">{s.archived}</h2>
          <ParticipantList profiles={archived} label={s.archived} />
        </section>
      )}
      <div class="button-row">
        <IconButton icon="settings" variant="quiet" onClick={() => navigate('/staf/instellingen')}>
          {s.settings}
        </IconButton>
      </div>
    </StaffScreen>
  );
}

function ParticipantList({ profiles, label }: { profiles: ProfileCard[]; label: string }) {
  return (
    <ul class="profile-grid" aria-label={label}>
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
  );
}

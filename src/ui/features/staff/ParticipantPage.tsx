import { Icon } from '../../icons/Icon.tsx';
import { IconButton } from '../../components/IconButton';
import { ProfileAvatar } from '../../components/ProfileAvatar';
import { getProfile, profilesChanged } from '../../../core/profiles';
import { i18next, toLanguage } from '../../../i18n';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { PARTICIPANT_LINKS, participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useStrings } from './useStrings';

/** One participant in the staff area: name and picture, and a list of what staff can do. */
export function ParticipantPage({ params, device }: StaffPageProps) {
  const s = useStrings();
  const id = params.id!;
  const profile = useLoad(async () => (await getProfile(id)) ?? null, [profilesChanged], [id]);
  const phone = device.kind === 'phone';
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const language = toLanguage(i18next.language);
  const links = PARTICIPANT_LINKS.filter((link) => !link.when || link.when(device));
  return (
    <StaffScreen title={profile.displayName} icon={<ProfileAvatar id={profile.avatar} photo={profile.photo} size={64} />} back={phone ? undefined : '/staf'}>
      <p>{phone ? s.homeIntroPhone : s.participantIntro}</p>
      <nav aria-label={s.actionsLabel(profile.displayName)}>
        <ul class="staff-actions">
          {links.map((link) => (
            <li key={link.path}>
              <a
                class="btn btn-secondary"
                href={participantPath(id, link.path)}
                onClick={(event) => {
                  event.preventDefault();
                  navigate(participantPath(id, link.path));
                }}
              >
                <Icon name={link.icon} size={32} />
                <span>{link.label(language)}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {phone && (
        <div class="button-row">
          <IconButton icon="settings" variant="quiet" onClick={() => navigate('/staf/instellingen')}>
            {s.settings}
          </IconButton>
        </div>
      )}
    </StaffScreen>
  );
}

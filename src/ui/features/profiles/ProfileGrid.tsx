import { ProfileAvatar } from '../../components/ProfileAvatar';
import { Screen } from '../../components/Screen';
import { IconButton } from '../../components/IconButton';
import { listProfiles, profilesChanged, type ProfileCard } from '../../../core/profiles';
import { takeEarly, takeEarlyValue } from '../../../core/earlyReads';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { useEntranceWords } from '../staff/entranceWords';

/** The locked start screen of a group tablet: tap your own name. Shows no answers, only names. */
export function ProfileGrid() {
  const t = useT();
  const staff = useEntranceWords();
  const profiles = useLoad(() => takeEarly<ProfileCard[]>('profiles') ?? listProfiles(), [profilesChanged], [], () => takeEarlyValue<ProfileCard[]>('profiles'));
  return (
    <Screen title={t('profiles.title')}>
      {profiles && profiles.length > 0 && <p>{t('profiles.pick')}</p>}
      {profiles?.length === 0 && <p>{t('profiles.none')}</p>}
      <ul class="profile-grid">
        {profiles?.map((profile) => (
          <li key={profile.id}>
            <button type="button" class="profile-tile" onClick={() => navigate(`/ontgrendel/${profile.id}`)}>
              <ProfileAvatar id={profile.avatar} photo={profile.photo} size={72} />
              <span>{profile.displayName}</span>
            </button>
          </li>
        ))}
      </ul>
      <div class="button-row">
        <IconButton icon="plus" onClick={() => navigate('/nieuw')}>
          {t('profiles.add')}
        </IconButton>
        <IconButton icon="settings" variant="quiet" onClick={() => navigate('/instellingen')}>
          {t('nav.settings')}
        </IconButton>
        <IconButton icon="key" variant="quiet" onClick={() => navigate('/staf')}>
          {staff.entranceTablet}
        </IconButton>
      </div>
    </Screen>
  );
}

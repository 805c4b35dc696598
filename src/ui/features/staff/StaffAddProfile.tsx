import { useState } from 'preact/hooks';
import { ProfileForm } from '../profiles/ProfileForm';
import { createProfile, type NewProfile } from '../../../core/profiles';
import { requireStaffKey } from '../../../core/staffSession';
import { navigate } from '../../router';
import { useT } from '../../useT';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';

/** The trainer adds a participant: the same steps as everywhere, without typing the code again. */
export function StaffAddProfile() {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const save = async (profile: NewProfile) => {
    setSaving(true);
    const id = await createProfile(profile, requireStaffKey());
    navigate(participantPath(id), true);
  };
  return (
    <StaffScreen title={t('profiles.newTitle')} back={saving ? undefined : '/staf'}>
      {saving ? <p role="status">{t('unlock.busy')}</p> : <ProfileForm onDone={save} />}
    </StaffScreen>
  );
}

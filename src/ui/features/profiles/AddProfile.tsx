import { useState } from 'preact/hooks';
import { Screen } from '../../components/Screen';
import { StaffCodeForm } from './StaffCodeForm';
import { ProfileForm } from './ProfileForm';
import { createProfile, type NewProfile } from '../../../core/profiles';
import { hasStaffCode, openWithStaffCode } from '../../../core/staff';
import { useLoad } from '../../useSignal';
import { navigate } from '../../router';
import { useT } from '../../useT';

/**
 * A trainer adds a participant on the group tablet: trainer code first, then name, picture and
 * PIN. (On a phone this screen only appears when its single profile is missing.)
 */
export function AddProfile() {
  const t = useT();
  const needsCode = useLoad(hasStaffCode);
  // The staff key lives only in this screen's state, and only while the trainer adds someone.
  const [staffKey, setStaffKey] = useState<CryptoKey | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (profile: NewProfile) => {
    setSaving(true);
    await createProfile(profile, staffKey ?? undefined);
    navigate('/', true);
  };

  return (
    <Screen title={t('profiles.newTitle')}>
      {needsCode === undefined ? null : needsCode && !staffKey ? (
        <>
          <p>{t('profiles.trainerFirstIntro')}</p>
          <StaffCodeForm
            label={t('firstRun.trainerCode')}
            attempt={async (code) => {
              const result = await openWithStaffCode(code);
              if (result.ok) setStaffKey(result.staffKey);
              return result;
            }}
          />
        </>
      ) : saving ? (
        <p role="status">{t('unlock.busy')}</p>
      ) : (
        <ProfileForm onDone={save} />
      )}
    </Screen>
  );
}

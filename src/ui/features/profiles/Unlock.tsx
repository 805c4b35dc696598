import { useState } from 'preact/hooks';
import { ProfileAvatar } from '../../components/ProfileAvatar';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { PinPad } from '../../components/PinPad';
import { Screen } from '../../components/Screen';
import { StaffCodeForm } from './StaffCodeForm';
import { attemptMessage } from './attemptMessage';
import { PIN_MAX_DIGITS, unlockScreenInfo, unlockWithPin, unlockWithStaffCode, type UnlockScreenInfo } from '../../../core/profiles';
import { takeEarly, takeEarlyValue } from '../../../core/earlyReads';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { useEntranceWords } from '../staff/entranceWords';

/**
 * Open your own workbook with your PIN, or with help from the trainer. On success the router
 * moves on by itself: an unlocked profile at this address goes to its home screen.
 */
export function Unlock({ id }: { id: string }) {
  const t = useT();
  const staffWords = useEntranceWords();
  const info = useLoad(
    () => takeEarly<UnlockScreenInfo>(`unlock:${id}`) ?? unlockScreenInfo(id),
    [],
    [id],
    () => takeEarlyValue<UnlockScreenInfo>(`unlock:${id}`),
  );
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [withHelp, setWithHelp] = useState(false);

  if (!info) return null;
  if (!info.profile) {
    navigate('/', true);
    return null;
  }
  const submitPin = async () => {
    setBusy(true);
    const result = await unlockWithPin(id, pin);
    setBusy(false);
    setPin('');
    if (!result.ok) setProblem(attemptMessage(result, t, 'pin'));
  };
  const { profile } = info;
  const onTablet = info.device?.kind === 'tablet';

  return (
    <Screen title={t('unlock.title', { name: profile.displayName })} icon={<ProfileAvatar id={profile.avatar} photo={profile.photo} size={64} />}>
      {!withHelp ? (
        <>
          <p id="unlock-intro">{t('unlock.intro')}</p>
          <PinPad label={t('unlock.pin')} value={pin} onInput={setPin} onSubmit={submitPin} submitLabel={busy ? t('unlock.busy') : t('unlock.open')} maxLength={PIN_MAX_DIGITS} disabled={busy} describedBy="unlock-intro unlock-problem" />
          <div id="unlock-problem">
            <Message kind="problem">{problem}</Message>
          </div>
          <h2>{t('unlock.helpTitle')}</h2>
          {info.staffCanUnlock ? (
            <IconButton icon="person" onClick={() => setWithHelp(true)}>
              {t('unlock.help')}
            </IconButton>
          ) : (
            <p>{t('unlock.noHelp')}</p>
          )}
        </>
      ) : (
        <>
          <p>{t('unlock.helpIntro')}</p>
          <StaffCodeForm label={t('firstRun.trainerCode')} attempt={(code) => unlockWithStaffCode(id, code)} />
          <IconButton icon="back" onClick={() => setWithHelp(false)}>
            {t('nav.back')}
          </IconButton>
        </>
      )}
      {(onTablet || info.deviceHasStaffCode) && (
        <div class="button-row">
          {onTablet ? (
            <IconButton icon="otherPerson" variant="quiet" onClick={() => navigate('/')}>
              {t('unlock.otherPerson')}
            </IconButton>
          ) : (
            <IconButton icon="key" variant="quiet" onClick={() => navigate('/staf')}>
              {staffWords.entrancePhone}
            </IconButton>
          )}
        </div>
      )}
    </Screen>
  );
}

import { useId, useState } from 'preact/hooks';
import { deviceChanged, getDevice, updateDevice } from '../../../core/device';
import { changeStaffCode, isValidStaffCode } from '../../../core/staff';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { navigate } from '../../router';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';
import { CrisisNumbersForm } from '../firstrun/CrisisNumbersForm';
import { OrganisationForm } from '../firstrun/OrganisationForm';
import { attemptMessage } from '../profiles/attemptMessage';
import { AutoLockSetting } from '../settings/AutoLockSetting';
import { LanguageSetting } from '../settings/LanguageSetting';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useStrings } from './useStrings';

/** The staff's settings: organisation, crisis numbers, language, auto-lock, and the code. */
export function StaffSettings({ device: initial }: StaffPageProps) {
  const s = useStrings();
  const device = useLoad(getDevice, [deviceChanged]) ?? initial;
  const phone = device.kind === 'phone';
  return (
    <StaffScreen title={phone ? s.settingsTitlePhone : s.settingsTitle} back="/staf">
      {!phone && (
        <section class="setting" aria-labelledby="staff-organisation">
          <h2 id="staff-organisation">{s.organisation}</h2>
          <p>{device.organisation || s.noOrganisation}</p>
          <IconButton icon="pencil" onClick={() => navigate('/staf/instellingen/organisatie')}>
            {s.change}
          </IconButton>
        </section>
      )}
      <section class="setting" aria-labelledby="staff-crisis">
        <h2 id="staff-crisis">{s.crisisNumbers}</h2>
        <ul class="plain-list">
          {device.crisisNumbers.map((n) => (
            <li key={n.number}>
              {n.label}: {n.number}
            </li>
          ))}
        </ul>
        <IconButton icon="pencil" onClick={() => navigate('/staf/instellingen/crisis')}>
          {s.change}
        </IconButton>
      </section>
      <LanguageSetting />
      <AutoLockSetting minutes={device.autoLockMinutes} />
      <section class="setting" aria-labelledby="staff-code">
        <h2 id="staff-code">{phone ? s.codeLabelPhone : s.codeLabelTablet}</h2>
        <IconButton icon="key" onClick={() => navigate('/staf/instellingen/code')}>
          {s.codeChange}
        </IconButton>
      </section>
    </StaffScreen>
  );
}

/** The clinic's name (first run's form, saving here). */
export function OrganisationSettingPage({ device }: StaffPageProps) {
  const s = useStrings();
  return (
    <StaffScreen title={s.organisation}>
      <OrganisationForm
        value={device.organisation}
        submitLabel={s.save}
        onBack={() => navigate('/staf/instellingen')}
        onDone={(organisation) => void updateDevice({ organisation }).then(() => navigate('/staf/instellingen'))}
      />
    </StaffScreen>
  );
}

/** The crisis numbers shown on every screen (first run's form, saving here). */
export function CrisisSettingPage({ device }: StaffPageProps) {
  const s = useStrings();
  return (
    <StaffScreen title={s.crisisNumbers}>
      <CrisisNumbersForm
        value={device.crisisNumbers}
        submitLabel={s.save}
        onBack={() => navigate('/staf/instellingen')}
        onDone={(crisisNumbers) => void updateDevice({ crisisNumbers }).then(() => navigate('/staf/instellingen'))}
      />
    </StaffScreen>
  );
}

/** A new trainer / begeleider code: the old one first, then the new one twice. Never stored as text. */
export function CodeSettingPage(_: StaffPageProps) {
  const s = useStrings();
  const t = useT();
  const id = useId();
  const [old, setOld] = useState('');
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    if (!old) return setProblem(t('code.needed'));
    if (!isValidStaffCode(code)) return setProblem(t('code.tooShort'));
    if (code !== again) return setProblem(t('code.notSame'));
    setBusy(true);
    try {
      const result = await changeStaffCode(old, code);
      if (!result.ok) {
        setOld('');
        return setProblem(attemptMessage(result, t, 'code'));
      }
      setOld('');
      setCode('');
      setAgain('');
      setDone(true);
    } catch {
      setProblem(s.saveFailed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <StaffScreen title={s.codeChange} back="/staf/instellingen">
      {done ? (
        <Message kind="good">{s.codeChanged}</Message>
      ) : (
        <form class="stack" onSubmit={submit}>
          <p id={`${id}-intro`}>{s.codeChangeIntro}</p>
          <label for={`${id}-old`}>{s.oldCode}</label>
          <input id={`${id}-old`} type="password" autoComplete="current-password" value={old} aria-describedby={`${id}-intro`} onInput={(e) => setOld(e.currentTarget.value)} />
          <label for={`${id}-new`}>{s.newCode}</label>
          <input id={`${id}-new`} type="password" autoComplete="new-password" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          <label for={`${id}-again`}>{s.newCodeAgain}</label>
          <input id={`${id}-again`} type="password" autoComplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
          <Message kind="problem">{problem}</Message>
          <IconButton icon="check" variant="primary" type="submit" disabled={busy}>
            {busy ? t('unlock.busy') : s.save}
          </IconButton>
        </form>
      )}
    </StaffScreen>
  );
}

import { useState } from 'preact/hooks';
import { Screen } from '../../components/Screen';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { DeviceChoice } from './DeviceChoice';
import { CrisisNumbersForm } from './CrisisNumbersForm';
import { NewCodeForm } from './NewCodeForm';
import { OrganisationForm } from './OrganisationForm';
import { ProfileForm } from '../profiles/ProfileForm';
import { RestoreLink } from '../backup/RestoreLink';
import { DEFAULT_CRISIS_NUMBERS } from '../../../core/device';
import { completeFirstRun } from '../../../core/firstRun';
import type { NewProfile } from '../../../core/profiles';
import type { CrisisNumber, DeviceKind } from '../../../core/db';
import { i18next, setLanguage, toLanguage } from '../../../i18n';
import { navigate } from '../../router';
import { useT } from '../../useT';
import { STRINGS } from '../sync/strings';

type Step = 'device' | 'clinic' | 'crisis' | 'profile' | 'code' | 'saving';

/**
 * First run: what is this device? A group tablet gets the clinic's name, crisis numbers and a
 * trainer code; an own phone gets crisis numbers, the participant's profile and, if wanted, a
 * code for the begeleider.
 */
export function FirstRun() {
  const t = useT();
  const [step, setStep] = useState<Step>('device');
  const [kind, setKind] = useState<DeviceKind>('phone');
  const [organisation, setOrganisation] = useState('');
  const [numbers, setNumbers] = useState<CrisisNumber[]>([...DEFAULT_CRISIS_NUMBERS]);
  const [profile, setProfile] = useState<NewProfile | null>(null);
  const [problem, setProblem] = useState('');

  const go = (next: Step) => {
    setStep(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2, main h1')?.focus());
  };

  const finish = async (staffCode: string | undefined) => {
    go('saving');
    try {
      const language = toLanguage(i18next.language);
      const own = kind === 'phone' ? (profile ?? undefined) : undefined;
      await completeFirstRun({ kind, organisation, crisisNumbers: numbers, language, staffCode }, own);
      navigate(own ? '/werkboek' : '/', true);
    } catch {
      setProblem(t('error.storage'));
      go('code');
    }
  };

  const other = toLanguage(i18next.language) === 'nl' ? 'en' : 'nl';
  return (
    <Screen title={t('firstRun.title')}>
      {step === 'device' && (
        <>
          <DeviceChoice
            onChoose={(chosen) => {
              setKind(chosen);
              go(chosen === 'tablet' ? 'clinic' : 'crisis');
            }}
          />
          <div class="button-row">
            <RestoreLink />
            <IconButton icon="phone" variant="quiet" onClick={() => navigate('/koppel')}>
              {STRINGS[toLanguage(i18next.language)].joinLink}
            </IconButton>
            <IconButton icon="language" variant="quiet" onClick={() => setLanguage(other)}>
              <span lang={other}>{t('firstRun.otherLanguage')}</span>
            </IconButton>
          </div>
        </>
      )}
      {step === 'clinic' && <OrganisationForm value={organisation} onDone={(name) => (setOrganisation(name), go('crisis'))} onBack={() => go('device')} />}
      {step === 'crisis' && (
        <CrisisNumbersForm
          value={numbers}
          onDone={(next) => {
            setNumbers(next);
            go(kind === 'tablet' ? 'code' : 'profile');
          }}
          onBack={() => go(kind === 'tablet' ? 'clinic' : 'device')}
        />
      )}
      {step === 'profile' && <ProfileForm onDone={(next) => (setProfile(next), go('code'))} />}
      {step === 'code' && (
        <>
          <Message kind="problem">{problem}</Message>
          <NewCodeForm kind={kind} onDone={finish} onBack={() => go(kind === 'tablet' ? 'crisis' : 'profile')} />
        </>
      )}
      {step === 'saving' && <p role="status">{t('unlock.busy')}</p>}
    </Screen>
  );
}

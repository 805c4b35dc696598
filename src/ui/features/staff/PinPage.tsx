import { useState } from 'preact/hooks';
import { PIN_MAX_DIGITS, isValidPin } from '../../../core/profiles';
import { resetPin } from '../../../core/staffParticipants';
import { Message } from '../../components/Message';
import { PinPad } from '../../components/PinPad';
import { participantPath } from './participantLinks';
import { StaffScreen } from './StaffScreen';
import type { StaffPageProps } from './types';
import { useParticipant } from './useParticipant';
import { useStrings } from './useStrings';
import { useT } from '../../useT';

type Step = 'pin' | 'again' | 'saving' | 'done';

/** A forgotten PIN: staff and participant choose a new one together; every answer stays. */
export function PinPage({ params }: StaffPageProps) {
  const s = useStrings();
  const t = useT();
  const id = params.id!;
  const profile = useParticipant(id);
  const [step, setStep] = useState<Step>('pin');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  if (profile === undefined) return null;
  if (!profile) return <StaffScreen title={s.notFound} back="/staf" />;
  const focusTitle = () => requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
  const save = async () => {
    if (again !== pin) {
      setPin('');
      setAgain('');
      setStep('pin');
      setProblem(s.pinNotSame);
      return focusTitle();
    }
    setStep('saving');
    try {
      await resetPin(id, pin);
      setStep('done');
    } catch {
      setStep('pin');
      setProblem(s.saveFailed);
    }
    focusTitle();
  };
  return (
    <StaffScreen title={s.pinTitle(profile.displayName)} back={participantPath(id)}>
      {step === 'pin' && (
        <>
          <p id="pin-intro">{s.pinIntro}</p>
          <PinPad
            label={s.pinLabel}
            value={pin}
            onInput={setPin}
            maxLength={PIN_MAX_DIGITS}
            submitLabel={s.next}
            describedBy="pin-intro"
            onSubmit={() => {
              if (!isValidPin(pin)) return setProblem(s.pinInvalid);
              setProblem('');
              setStep('again');
              focusTitle();
            }}
          />
        </>
      )}
      {step === 'again' && (
        <>
          <p id="pin-again-intro">{s.pinAgainIntro}</p>
          <PinPad label={s.pinLabel} value={again} onInput={setAgain} maxLength={PIN_MAX_DIGITS} submitLabel={s.save} describedBy="pin-again-intro" onSubmit={() => void save()} />
        </>
      )}
      {step === 'saving' && <p role="status">{t('unlock.busy')}</p>}
      <Message kind="problem">{problem}</Message>
      <Message kind="good">{step === 'done' ? s.pinDone(profile.displayName) : ''}</Message>
    </StaffScreen>
  );
}

import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { PinPad } from '../../components/PinPad';
import { AvatarPicker } from './AvatarPicker';
import { ProgramChoice } from './ProgramChoice';
import { listPrograms } from '../../../content/load';
import { useT } from '../../useT';
import { isValidPin, PIN_MAX_DIGITS, type NewProfile } from '../../../core/profiles';
import type { ProfilePhoto } from '../../../core/db';

type Step = 'name' | 'pin' | 'pinAgain';

/** Name and picture, then the PIN twice: one idea per screen. */
export function ProfileForm({ onDone }: { onDone: (profile: NewProfile) => void }) {
  const t = useT();
  const nameId = useId();
  const [step, setStep] = useState<Step>('name');
  const [displayName, setDisplayName] = useState('');
  const [avatar, setAvatar] = useState('sun');
  const [photo, setPhoto] = useState<ProfilePhoto>();
  const [program, setProgram] = useState(listPrograms()[0]!.id);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [problem, setProblem] = useState('');

  const go = (next: Step) => {
    setProblem('');
    setStep(next);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2')?.focus());
  };

  if (step === 'name') {
    return (
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (displayName.trim() === '') return setProblem(t('profiles.nameNeeded'));
          go('pin');
        }}
      >
        <label for={nameId}>{t('profiles.name')}</label>
        <p id={`${nameId}-hint`} class="hint">{t('profiles.nameHint')}</p>
        <input id={nameId} type="text" autoComplete="off" maxLength={40} value={displayName} aria-describedby={`${nameId}-hint`} onInput={(e) => setDisplayName(e.currentTarget.value)} />
        <AvatarPicker
          value={avatar}
          photo={photo}
          onChange={(id, picked) => {
            setAvatar(id);
            if (picked) setPhoto(picked);
          }}
        />
        <ProgramChoice value={program} onChange={setProgram} />
        <Message kind="problem">{problem}</Message>
        <IconButton icon="next" variant="primary" type="submit">
          {t('nav.next')}
        </IconButton>
      </form>
    );
  }
  if (step === 'pin') {
    return (
      <section class="stack" aria-labelledby="pin-title">
        <h2 id="pin-title" tabIndex={-1}>{t('profiles.pinTitle')}</h2>
        <p id="pin-intro">{t('profiles.pinIntro')}</p>
        <PinPad
          label={t('unlock.pin')}
          value={pin}
          onInput={setPin}
          maxLength={PIN_MAX_DIGITS}
          submitLabel={t('nav.next')}
          describedBy="pin-intro"
          onSubmit={() => (isValidPin(pin) ? go('pinAgain') : setProblem(t('profiles.pinInvalid')))}
        />
        <Message kind="problem">{problem}</Message>
        <IconButton icon="back" onClick={() => go('name')}>
          {t('nav.back')}
        </IconButton>
      </section>
    );
  }
  return (
    <section class="stack" aria-labelledby="pin-again-title">
      <h2 id="pin-again-title" tabIndex={-1}>{t('profiles.pinAgainTitle')}</h2>
      <p id="pin-again-intro">{t('profiles.pinAgainIntro')}</p>
      <PinPad
        label={t('unlock.pin')}
        value={pinAgain}
        onInput={setPinAgain}
        maxLength={PIN_MAX_DIGITS}
        submitLabel={t('profiles.save')}
        describedBy="pin-again-intro"
        onSubmit={() => {
          if (pinAgain === pin) return onDone({ displayName, avatar, pin, program, photo: avatar === 'photo' ? photo : undefined });
          setPin('');
          setPinAgain('');
          go('pin');
          setProblem(t('profiles.pinNotSame'));
        }}
      />
      <IconButton icon="back" onClick={() => go('pin')}>
        {t('nav.back')}
      </IconButton>
    </section>
  );
}

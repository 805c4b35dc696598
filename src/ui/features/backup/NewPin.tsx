import { useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { PinPad } from '../../components/PinPad';
import { isValidPin, PIN_MAX_DIGITS } from '../../../core/profiles';
import { useT } from '../../useT';

/** The new PIN for a restored workbook, twice, one screen each (as when a profile is made). */
export function NewPin({ onDone }: { onDone: (pin: string) => void }) {
  const t = useT();
  const [again, setAgain] = useState(false);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [problem, setProblem] = useState('');
  const show = (second: boolean, message = '') => {
    setProblem(message);
    setAgain(second);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('main h2')?.focus());
  };

  if (!again) {
    return (
      <section class="stack" aria-labelledby="restore-pin-title">
        <h2 id="restore-pin-title" tabIndex={-1}>{t('profiles.pinTitle')}</h2>
        <p id="restore-pin-intro">{t('profiles.pinIntro')}</p>
        <PinPad
          label={t('unlock.pin')}
          value={pin}
          onInput={setPin}
          maxLength={PIN_MAX_DIGITS}
          submitLabel={t('nav.next')}
          describedBy="restore-pin-intro"
          onSubmit={() => (isValidPin(pin) ? show(true) : setProblem(t('profiles.pinInvalid')))}
        />
        <Message kind="problem">{problem}</Message>
      </section>
    );
  }
  return (
    <section class="stack" aria-labelledby="restore-pin-again-title">
      <h2 id="restore-pin-again-title" tabIndex={-1}>{t('profiles.pinAgainTitle')}</h2>
      <p id="restore-pin-again-intro">{t('profiles.pinAgainIntro')}</p>
      <PinPad
        label={t('unlock.pin')}
        value={pinAgain}
        onInput={setPinAgain}
        maxLength={PIN_MAX_DIGITS}
        submitLabel={t('profiles.save')}
        describedBy="restore-pin-again-intro"
        onSubmit={() => {
          if (pinAgain === pin) return onDone(pin);
          setPin('');
          setPinAgain('');
          show(false, t('profiles.pinNotSame'));
        }}
      />
      <IconButton icon="back" onClick={() => show(false)}>
        {t('nav.back')}
      </IconButton>
    </section>
  );
}

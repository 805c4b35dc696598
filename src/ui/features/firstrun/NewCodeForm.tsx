import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { useT } from '../../useT';
import { isValidStaffCode } from '../../../core/staff';
import type { DeviceKind } from '../../../core/db';

interface NewCodeFormProps {
  kind: DeviceKind;
  /** Called with the code, or undefined when a phone skips it. */
  onDone: (code: string | undefined) => void;
  onBack: () => void;
}

/** Choose the trainer code (tablet, required) or the begeleider code (phone, optional), typed twice. */
export function NewCodeForm({ kind, onDone, onBack }: NewCodeFormProps) {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState('');
  const tablet = kind === 'tablet';
  return (
    <form
      class="stack"
      onSubmit={(e) => {
        e.preventDefault();
        if (!isValidStaffCode(code)) return setProblem(t('code.tooShort'));
        if (code !== again) return setProblem(t('code.notSame'));
        onDone(code);
      }}
    >
      <h2 tabIndex={-1}>{tablet ? t('firstRun.trainerCodeTitle') : t('firstRun.helperCodeTitle')}</h2>
      <p id={`${id}-intro`}>{tablet ? t('firstRun.trainerCodeIntro') : t('firstRun.helperCodeIntro')}</p>
      <label for={`${id}-code`}>{tablet ? t('firstRun.trainerCode') : t('firstRun.helperCode')}</label>
      <input id={`${id}-code`} type="password" autoComplete="new-password" value={code} aria-describedby={`${id}-intro`} onInput={(e) => setCode(e.currentTarget.value)} />
      <label for={`${id}-again`}>{tablet ? t('firstRun.trainerCodeAgain') : t('firstRun.helperCodeAgain')}</label>
      <input id={`${id}-again`} type="password" autoComplete="new-password" value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
      <Message kind="problem">{problem}</Message>
      <div class="button-row">
        <IconButton icon="back" onClick={onBack}>
          {t('nav.back')}
        </IconButton>
        <IconButton icon="check" variant="primary" type="submit">
          {t('firstRun.done')}
        </IconButton>
      </div>
      {!tablet && (
        <IconButton icon="next" variant="quiet" onClick={() => onDone(undefined)}>
          {t('firstRun.helperCodeSkip')}
        </IconButton>
      )}
    </form>
  );
}

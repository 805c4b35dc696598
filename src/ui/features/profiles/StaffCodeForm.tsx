import { useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { useT } from '../../useT';
import type { AttemptResult } from '../../../core/throttle';
import { attemptMessage } from './attemptMessage';

interface StaffCodeFormProps {
  /** Tries the code; resolves with the outcome. */
  attempt: (code: string) => Promise<AttemptResult | { ok: true }>;
  label: string;
}

/** Where the trainer (or begeleider) types their code. No time limit; wrong tries only add a wait. */
export function StaffCodeForm({ attempt, label }: StaffCodeFormProps) {
  const t = useT();
  const id = useId();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!code) return setProblem(t('code.needed'));
    setBusy(true);
    const result = await attempt(code);
    setBusy(false);
    if (!result.ok) {
      setCode('');
      setProblem(attemptMessage(result, t, 'code'));
    }
  };
  return (
    <form class="stack" onSubmit={submit}>
      <label for={id}>{label}</label>
      <input id={id} type="password" autoComplete="off" value={code} onInput={(e) => setCode(e.currentTarget.value)} aria-describedby={`${id}-msg`} />
      <div id={`${id}-msg`}>
        <Message kind="problem">{problem}</Message>
      </div>
      <IconButton icon="key" variant="primary" type="submit" disabled={busy}>
        {busy ? t('unlock.busy') : t('unlock.open')}
      </IconButton>
    </form>
  );
}

import { useEffect, useId, useState } from 'preact/hooks';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { confirmReward } from '../../../core/goals';
import { openWithStaffCode } from '../../../core/staff';
import type { Step } from '../../../exercises/steps';
import { attemptMessage } from '../profiles/attemptMessage';
import { useT } from '../../useT';
import { useStrings } from './useStrings';

/**
 * The begeleider confirms a reward was given: their name and the begeleider / trainer code.
 * The code is checked (and throttled) by core/staff before anything is stored.
 */
export function RewardConfirmForm({ step, onDone }: { step: Step; onDone: (confirmed: boolean) => void }) {
  const s = useStrings();
  const t = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => document.getElementById(`${id}-name`)?.focus(), []);

  const submit = async () => {
    if (!name.trim()) return setProblem(s.needName);
    if (!code) return setProblem(s.needCode);
    setBusy(true);
    setProblem('');
    try {
      const result = await openWithStaffCode(code);
      if (!result.ok) {
        setCode('');
        return setProblem(attemptMessage(result, t, 'code'));
      }
      await confirmReward(step, name);
      onDone(true);
    } catch {
      setProblem(s.saveFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="reward-confirm"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id={`${id}-title`}>{s.confirmTitle}</h4>
      <p id={`${id}-intro`}>{s.confirmIntro}</p>
      <label for={`${id}-name`}>{s.staffName}</label>
      <input id={`${id}-name`} type="text" autoComplete="name" maxLength={100} value={name} aria-describedby={`${id}-intro`} onInput={(e) => setName(e.currentTarget.value)} />
      <label for={`${id}-code`}>{s.staffCode}</label>
      <input id={`${id}-code`} type="password" autoComplete="off" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
      <Message kind="problem">{problem}</Message>
      {busy && <p role="status">{s.checking}</p>}
      <div class="button-row">
        <IconButton icon="close" onClick={() => onDone(false)}>
          {s.cancel}
        </IconButton>
        <IconButton icon="check" variant="primary" type="submit" disabled={busy}>
          {s.confirm}
        </IconButton>
      </div>
    </form>
  );
}

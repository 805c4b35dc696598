import { useId, useState } from 'preact/hooks';
import { getDevice } from '../../../core/device';
import { turnOnSync } from '../../../core/sync/workbookSync';
import { SyncError } from '../../../core/sync/transport';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { errorText, useStrings } from './useStrings';

/** Sync is off: what it does, a name for this device, and the button that turns it on. */
export function TurnOnForm({ onDone }: { onDone: () => void }) {
  const s = useStrings();
  const nameId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setProblem('');
    try {
      const device = await getDevice();
      await turnOnSync(name.trim() || (device?.kind === 'tablet' ? s.tabletName : s.phoneName));
      onDone();
    } catch (error) {
      setProblem(errorText(s.errors, error instanceof SyncError ? error.code : 'other'));
      setBusy(false);
    }
  };
  return (
    <form class="stack" onSubmit={submit}>
      <p>{s.offIntro}</p>
      <p>{s.offMore}</p>
      <p>{s.privacy}</p>
      <label for={nameId}>{s.deviceName}</label>
      <p id={`${nameId}-hint`} class="hint">{s.deviceNameHint}</p>
      <input id={nameId} type="text" autoComplete="off" maxLength={40} value={name} aria-describedby={`${nameId}-hint`} onInput={(e) => setName(e.currentTarget.value)} />
      <Message kind="problem">{problem}</Message>
      <IconButton icon="check" variant="primary" type="submit" disabled={busy}>
        {busy ? s.turningOn : s.turnOn}
      </IconButton>
    </form>
  );
}

import { syncNow, syncStatus, syncStatusChanged } from '../../../core/sync/autoSync';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { useLoad } from '../../useSignal';
import { NewKeyForm } from './NewKeyForm';
import { errorText, useStrings, when } from './useStrings';

/** Last synced, changes waiting, offline, and a clear message when the server refuses. */
export function SyncStatusPanel() {
  const s = useStrings();
  const status = useLoad(async () => syncStatus(), [syncStatusChanged]);
  if (!status) return null;
  const offline = !status.online || status.error === 'network';
  return (
    <section class="setting sync-status" aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{s.statusTitle}</h2>
      <p role="status">
        {status.running ? s.busy : status.lastSyncedAt ? s.lastSynced(when(status.lastSyncedAt)) : s.neverSynced}
      </p>
      <p>{status.pending > 0 ? s.pending(status.pending) : s.nothingPending}</p>
      {offline && <p class="sync-offline">{s.offline}</p>}
      <Message kind="problem">{!offline && status.error ? errorText(s.errors, status.error) : ''}</Message>
      {status.error === 'key_rotated' && <NewKeyForm />}
      <IconButton icon="check" onClick={() => void syncNow()} disabled={status.running}>
        {s.syncNow}
      </IconButton>
    </section>
  );
}

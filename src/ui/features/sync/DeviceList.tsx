import { useState } from 'preact/hooks';
import { syncStatusChanged } from '../../../core/sync/autoSync';
import { devices, revoke, type SyncDevice } from '../../../core/sync/workbookSync';
import { IconButton } from '../../components/IconButton';
import { Message } from '../../components/Message';
import { useLoad } from '../../useSignal';
import { useStrings, when } from './useStrings';

/** The workbook's devices with name and last-seen time; a lost one can be unlinked. */
export function DeviceList() {
  const s = useStrings();
  const [changed, setChanged] = useState(0);
  const list = useLoad(() => devices().catch(() => [] as SyncDevice[]), [syncStatusChanged], [changed]);
  const [asking, setAsking] = useState<SyncDevice | null>(null);
  const [done, setDone] = useState('');
  if (!list || list.length === 0) return null;
  return (
    <section class="setting" aria-labelledby="sync-devices-title">
      <h2 id="sync-devices-title">{s.devicesTitle}</h2>
      <ul class="device-list">
        {list.map((d) => (
          <li key={d.deviceId}>
            <p class="device-name">
              {d.name || s.unnamed}
              {d.self && ` (${s.thisDevice})`}
            </p>
            <p class="hint">{d.revoked ? s.revokedWord : s.lastSeen(when(d.lastSeenAt))}</p>
            {!d.self && !d.revoked && asking?.deviceId !== d.deviceId && (
              <IconButton icon="close" variant="quiet" onClick={() => setAsking(d)}>
                {s.revoke}
              </IconButton>
            )}
            {asking?.deviceId === d.deviceId && (
              <div class="stack" role="group" aria-label={s.revoke}>
                <p>{s.revokeAsk(d.name || s.unnamed)}</p>
                <IconButton
                  icon="close"
                  variant="danger"
                  onClick={async () => {
                    const ok = await revoke(d.deviceId).then(
                      () => true,
                      () => false,
                    );
                    setDone(ok ? s.rotated : s.errors.other!);
                    setAsking(null);
                    setChanged((n) => n + 1);
                  }}
                >
                  {s.revokeYes}
                </IconButton>
                <IconButton icon="back" variant="quiet" onClick={() => setAsking(null)}>
                  {s.cancel}
                </IconButton>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Message kind="good">{done}</Message>
    </section>
  );
}

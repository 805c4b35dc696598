import { useState } from 'preact/hooks';
import type { ProfileCard } from '../../../core/profiles';
import { syncStatusChanged } from '../../../core/sync/autoSync';
import { isSyncOn } from '../../../core/sync/workbookSync';
import { Screen } from '../../components/Screen';
import { useLoad } from '../../useSignal';
import { DeviceList } from './DeviceList';
import { PairingOffer } from './PairingOffer';
import { SyncStatusPanel } from './SyncStatusPanel';
import { TurnOnForm } from './TurnOnForm';
import { useStrings } from './useStrings';
import './sync.css';

/** "Werkboek ook op je telefoon": turn sync on, the status, a code for a new phone, the devices. */
export function SyncPage(_props: { profile: ProfileCard }) {
  const s = useStrings();
  const [changed, setChanged] = useState(0);
  const on = useLoad(isSyncOn, [syncStatusChanged], [changed]);
  return (
    <Screen title={s.title}>
      {on === false && <TurnOnForm onDone={() => setChanged((n) => n + 1)} />}
      {on && (
        <>
          <SyncStatusPanel />
          <PairingOffer />
          <DeviceList />
        </>
      )}
    </Screen>
  );
}

import { unlockedProfileId } from '../../../core/vault';
import { IconButton } from '../../components/IconButton';
import { navigate } from '../../router';
import { useStrings } from './useStrings';

/** The entry in Instellingen: to the sync page, once a workbook is open. */
export function SyncSetting() {
  const s = useStrings();
  return (
    <section class="setting" aria-labelledby="setting-sync">
      <h2 id="setting-sync">{s.title}</h2>
      {unlockedProfileId() ? (
        <IconButton icon="phone" onClick={() => navigate('/ook-op-telefoon')}>
          {s.settingsLink}
        </IconButton>
      ) : (
        <p>{s.settingsHint}</p>
      )}
    </section>
  );
}

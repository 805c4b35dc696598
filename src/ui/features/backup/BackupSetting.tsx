import { unlockedProfileId, vaultChanged } from '../../../core/vault';
import { useLoad } from '../../useSignal';
import { RestoreIcon, SaveCopyIcon } from './BackupIcons';
import { NavButton } from './NavButton';
import { useLinkStrings } from './useLinkStrings';

/** The backup part of Instellingen: make a backup (when a workbook is open) or restore one. */
export function BackupSetting() {
  const s = useLinkStrings();
  const unlocked = useLoad(async () => unlockedProfileId() !== null, [vaultChanged]);
  return (
    <section class="setting" aria-labelledby="setting-backup">
      <h2 id="setting-backup">{s.settingsTitle}</h2>
      <p>{s.settingsIntro}</p>
      {unlocked === false && <p class="hint">{s.settingsLocked}</p>}
      <div class="button-row">
        {unlocked && (
          <NavButton to="/reservekopie" icon={<SaveCopyIcon size={32} />}>
            {s.exportLink}
          </NavButton>
        )}
        <NavButton to="/terugzetten" icon={<RestoreIcon size={32} />}>
          {s.importLink}
        </NavButton>
      </div>
    </section>
  );
}

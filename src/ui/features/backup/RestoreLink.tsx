import { navigate } from '../../router';
import { RestoreIcon } from './BackupIcons';
import { useLinkStrings } from './useLinkStrings';

/** On the first-run screen: "Ik heb al een werkboek" leads to restoring a backup. */
export function RestoreLink() {
  const s = useLinkStrings();
  return (
    <button type="button" class="btn btn-secondary" onClick={() => navigate('/terugzetten')}>
      <RestoreIcon size={32} />
      <span>{s.firstRunLink}</span>
    </button>
  );
}

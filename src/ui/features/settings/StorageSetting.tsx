import { IconButton } from '../../components/IconButton';
import { askPersistentStorage, canAskPersistence } from '../../../core/persist';
import { useT } from '../../useT';

/** Shows what navigator.storage.persist() answered, and lets the person ask again. */
export function StorageSetting({ persisted }: { persisted: boolean | null }) {
  const t = useT();
  const text = persisted === true ? t('settings.persisted') : persisted === false ? t('settings.notPersisted') : t('settings.notAskedYet');
  return (
    <section class="setting" aria-labelledby="setting-storage">
      <h2 id="setting-storage">{t('settings.storage')}</h2>
      <p data-testid="storage-state">{text}</p>
      {persisted !== true && canAskPersistence() && (
        <IconButton
          icon="check"
          onClick={() => askPersistentStorage(true)}
        >
          {t('settings.askAgain')}
        </IconButton>
      )}
    </section>
  );
}

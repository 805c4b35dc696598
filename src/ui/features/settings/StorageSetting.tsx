import { IconButton } from '../../components/IconButton';
import { askPersistentStorage, canAskPersistence } from '../../../core/persist';
import { useT } from '../../useT';

/**
 * Whether this device keeps the workbook safe when it fills up (navigator.storage.persist()),
 * and a button to ask it: "Vraag het nu" before the first ask, "Vraag het opnieuw" after a no.
 */
export function StorageSetting({ persisted }: { persisted: boolean | null }) {
  const t = useT();
  const text = persisted === true ? t('settings.persisted') : persisted === false ? t('settings.notPersisted') : t('settings.notAskedYet');
  return (
    <section class="setting" aria-labelledby="setting-storage">
      <h2 id="setting-storage">{t('settings.storage')}</h2>
      <p data-testid="storage-state">{text}</p>
      {persisted !== true && canAskPersistence() && (
        <IconButton icon="shield" onClick={() => askPersistentStorage(true)}>
          {persisted === false ? t('settings.askAgain') : t('settings.askNow')}
        </IconButton>
      )}
    </section>
  );
}

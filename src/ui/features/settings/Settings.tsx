import { Screen } from '../../components/Screen';
import { LanguageSetting } from './LanguageSetting';
import { AutoLockSetting } from './AutoLockSetting';
import { StorageSetting } from './StorageSetting';
import { BackupSetting } from '../backup/BackupSetting';
import { DisplaySettings } from './DisplaySettings';
import { SyncSetting } from '../sync/SyncSetting';
import { deviceChanged, getDevice } from '../../../core/device';
import { useLoad } from '../../useSignal';
import { useT } from '../../useT';

/** Device settings anyone may change: language, text size, contrast, hand, reading speed, auto-lock time; and whether storage is kept. */
export function Settings() {
  const t = useT();
  const device = useLoad(getDevice, [deviceChanged]);
  if (!device) return <Screen title={t('settings.title')} />;
  const deviceWord =
    device.kind === 'phone'
      ? t('settings.devicePhone')
      : device.organisation
        ? t('settings.deviceTablet', { organisation: device.organisation })
        : t('settings.deviceTabletNoName');
  return (
    <Screen title={t('settings.title')}>
      <LanguageSetting />
      <DisplaySettings device={device} />
      <AutoLockSetting minutes={device.autoLockMinutes} />
      <StorageSetting persisted={device.persisted} />
      <BackupSetting />
      <SyncSetting />
      <section class="setting" aria-labelledby="setting-device">
        <h2 id="setting-device">{t('settings.device')}</h2>
        <p>{deviceWord}</p>
      </section>
    </Screen>
  );
}

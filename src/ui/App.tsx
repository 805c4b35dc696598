import { useCallback, useEffect } from 'preact/hooks';
import { Shell } from './shell/Shell';
import { useAutoLock } from './shell/useAutoLock';
import { Routes } from './Routes';
import { deviceChanged, getDevice } from '../core/device';
import { getProfile } from '../core/profiles';
import { lockVault, unlockedProfileId, vaultChanged } from '../core/vault';
import { setLanguage, toLanguage, i18next } from '../i18n';
import { navigate } from './router';
import { useLoad } from './useSignal';
import { applyDisplay } from './display';

/** Loads the device and the unlocked profile, and wires auto-lock around the routes. */
export function App() {
  const state = useLoad(
    async () => {
      const profileId = unlockedProfileId();
      return { device: await getDevice(), profile: profileId ? await getProfile(profileId) : undefined };
    },
    [deviceChanged, vaultChanged],
  );
  const device = state?.device;
  useEffect(() => {
    if (device && device.language !== i18next.language) void setLanguage(toLanguage(device.language));
  }, [device?.language]);
  useEffect(() => {
    if (device) applyDisplay(device);
  }, [device?.textSize, device?.contrast, device?.leftHanded]);

  const lock = useCallback(() => {
    void lockVault().then(() => navigate('/', true));
  }, []);
  useAutoLock({ unlocked: Boolean(state?.profile), minutes: device?.autoLockMinutes ?? 5, lockWhenHidden: device?.kind !== 'phone', lock });

  if (!state) return null;
  return (
    <Shell unlocked={Boolean(state.profile)} onLock={lock}>
      <Routes device={state.device} profile={state.profile} />
    </Shell>
  );
}

import { useCallback, useEffect } from 'preact/hooks';
import { Shell } from './shell/Shell';
import { useAutoLock } from './shell/useAutoLock';
import { Routes } from './Routes';
import { lazyPage } from './lazyPage';
import { deviceChanged, getDevice } from '../core/device';
import type { DeviceRow } from '../core/db';
import { getProfile } from '../core/profiles';
import { lockVault, unlockedProfileId, vaultChanged } from '../core/vault';
import { setLanguage, toLanguage, i18next } from '../i18n';
import { navigate, onRouteChange } from './router';
import { useLoad } from './useSignal';
import { closeStaffSession, isStaffSessionOpen, staffSessionChanged, stopViewing, viewingProfileId } from '../core/staffSession';

// Shown only while staff look into a workbook: its code (and the staff words) load then.
const ViewingBanner = lazyPage(() => import('./features/staff/ViewingBanner').then((m) => m.ViewingBanner));

/** Paths where an open staff session stays open: the staff area and the crisis numbers. */
function staffMayStay(path: string): boolean {
  return path === '/staf' || path.startsWith('/staf/') || path === '/hulp' || viewingProfileId() !== null;
}
import { applyDisplay } from './display';

/**
 * Loads the device and the unlocked profile, and wires auto-lock around the routes. `start` is
 * the device as main.tsx read it: the first screen then renders without reading it again.
 */
export function App({ start }: { start?: { device: DeviceRow | undefined } }) {
  const state = useLoad(
    async () => {
      const profileId = unlockedProfileId();
      return { device: await getDevice(), profile: profileId ? await getProfile(profileId) : undefined, staff: isStaffSessionOpen(), viewing: viewingProfileId() };
    },
    [deviceChanged, vaultChanged, staffSessionChanged],
    [],
    // Nobody is unlocked when the app starts.
    () => (start && !unlockedProfileId() ? { device: start.device, profile: undefined, staff: isStaffSessionOpen(), viewing: viewingProfileId() } : undefined),
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

  // The staff session ends on "Klaar", on auto-lock or hiding (like a profile), and when leaving the staff area.
  const closeStaff = useCallback(() => {
    void closeStaffSession().then(() => navigate('/', true));
  }, []);
  useAutoLock({ unlocked: Boolean(state?.staff), minutes: device?.autoLockMinutes ?? 5, lockWhenHidden: device?.kind !== 'phone', lock: closeStaff });
  useEffect(
    () =>
      onRouteChange(() => {
        if (!isStaffSessionOpen()) return;
        if (!staffMayStay(location.pathname)) void closeStaffSession();
        // Back in the staff area, the workbook staff looked at is locked again.
        else if (viewingProfileId() !== null && location.pathname.startsWith('/staf')) void stopViewing();
      }),
    [],
  );

  if (!state) return null;
  return (
    <Shell unlocked={Boolean(state.profile)} onLock={lock} homePath={state.staff && !state.profile ? '/staf' : undefined}>
      {state.profile && state.viewing === state.profile.id && <ViewingBanner profileId={state.profile.id} name={state.profile.displayName} />}
      <Routes device={state.device} profile={state.profile} />
    </Shell>
  );
}

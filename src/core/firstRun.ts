/** Finishes first run in one go, so the screens only change once everything is in place. */
import { deviceChanged, writeDevice, type DeviceSetup } from './device';
import { createProfile, unlockWithPin, type NewProfile } from './profiles';
import { openWithStaffCode } from './staff';

/**
 * Stores the device settings and, on an own phone, creates and unlocks its one profile
 * (wrapped for the begeleider code too, when one was chosen).
 */
export async function completeFirstRun(setup: DeviceSetup, profile?: NewProfile): Promise<void> {
  await writeDevice(setup);
  if (profile) {
    const staff = setup.staffCode ? await openWithStaffCode(setup.staffCode) : undefined;
    const id = await createProfile(profile, staff?.ok ? staff.staffKey : undefined);
    await unlockWithPin(id, profile.pin);
  }
  deviceChanged.emit();
}

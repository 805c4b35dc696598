/** Device settings: what this device is, the clinic's crisis numbers, language, auto-lock. */
import { db, type CrisisNumber, type DeviceKind, type DeviceRow } from './db';
import { createSignal } from './events';
import { createStaffKey } from './keys';

/** Crisis numbers a new device starts with; the clinic can edit them. */
export const DEFAULT_CRISIS_NUMBERS: readonly CrisisNumber[] = [
  { label: '113 Zelfmoordpreventie', number: '0800-0113' },
  { label: 'Alarmnummer', number: '112' },
];

/** Default auto-lock time per device kind, in minutes. */
export const DEFAULT_AUTO_LOCK_MINUTES: Record<DeviceKind, number> = { tablet: 5, phone: 15 };

/** Fires when device settings change. */
export const deviceChanged = createSignal();

/** What first run collects. */
export interface DeviceSetup {
  kind: DeviceKind;
  organisation: string;
  crisisNumbers: CrisisNumber[];
  language: string;
  /** Trainer code (tablet) or begeleider code (phone, optional). */
  staffCode?: string;
}

/** The device settings, or undefined before first run. */
export function getDevice(): Promise<DeviceRow | undefined> {
  return db.device.get('device');
}

/** Stores the first-run choices. */
export async function setUpDevice(setup: DeviceSetup): Promise<void> {
  await writeDevice(setup);
  deviceChanged.emit();
}

/** Writes the device row without telling the UI yet (first run finishes more work first). */
export async function writeDevice(setup: DeviceSetup): Promise<void> {
  const staffKey = setup.staffCode ? await createStaffKey(setup.staffCode) : undefined;
  await db.device.put({
    id: 'device',
    kind: setup.kind,
    organisation: setup.organisation.trim(),
    crisisNumbers: cleanNumbers(setup.crisisNumbers),
    language: setup.language,
    autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES[setup.kind],
    persisted: null,
    staffKey,
    staffFailedTries: 0,
    staffNextTryAt: 0,
    createdAt: Date.now(),
  });
}

/** Settings anyone on the device may change. */
export type DevicePatch = Partial<
  Pick<DeviceRow, 'language' | 'autoLockMinutes' | 'persisted' | 'organisation' | 'crisisNumbers' | 'textSize' | 'contrast' | 'leftHanded' | 'readingSpeed'>
>;

/** Updates device settings. */
export async function updateDevice(patch: DevicePatch): Promise<void> {
  const clean = patch.crisisNumbers ? { ...patch, crisisNumbers: cleanNumbers(patch.crisisNumbers) } : patch;
  await db.device.update('device', clean);
  deviceChanged.emit();
}

function cleanNumbers(numbers: CrisisNumber[]): CrisisNumber[] {
  return numbers
    .map((n) => ({ label: n.label.trim(), number: n.number.trim() }))
    .filter((n) => n.label !== '' && n.number !== '');
}

/** Digits and + only, for a tel: link. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

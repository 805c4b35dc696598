/**
 * Puts the display settings on <html> as data attributes; styles.css does the rest
 * (data-text-size scales the root font size, data-contrast swaps the colour variables,
 * data-hand mirrors the main Terug / Verder buttons).
 */
import type { DeviceRow } from '../core/db';

/** Applies text size, contrast and hand from the device settings (defaults when absent). */
export function applyDisplay(device: Pick<DeviceRow, 'textSize' | 'contrast' | 'leftHanded'> | undefined): void {
  const root = document.documentElement;
  root.dataset.textSize = device?.textSize ?? 'normal';
  root.dataset.contrast = device?.contrast ?? 'normal';
  root.dataset.hand = device?.leftHanded ? 'left' : 'right';
}

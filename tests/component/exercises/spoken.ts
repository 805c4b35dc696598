/**
 * Telling an item instead of typing it: the recorder next to an item, found by the item's name
 * that its buttons carry for screen readers. Needs fakeMicrophone() first.
 */
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { getMedia } from '../../../src/core/media';

/** A button's name: its visible word, then (for screen readers) the item it acts on. */
export function named(word: string, item: string): RegExp {
  return new RegExp(`^${word} ?: ${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Records a few words for the item: "Opnemen", then "Stop". */
export async function speak(item: string): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: named('Opnemen', item) }));
  fireEvent.click(await screen.findByRole('button', { name: named('Stop', item) }));
}

/** After a reload: the item's recording is there to play, and can be recorded again. */
export async function expectPlayable(item: string, count = 1): Promise<void> {
  await screen.findByRole('button', { name: named('Opnieuw', item) });
  await waitFor(() => expect(screen.getAllByText('Jouw opname')).toHaveLength(count));
  expect([...document.querySelectorAll('audio[controls]')].every((audio) => audio.getAttribute('src')?.startsWith('blob:'))).toBe(true);
}

/** Waits until the recording's audio is gone from the device. */
export async function expectDeleted(mediaId: string): Promise<void> {
  await waitFor(async () => expect(await getMedia(mediaId)).toBeUndefined());
}

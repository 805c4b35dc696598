import { deleteMedia } from '../../../core/media';

/**
 * Deletes the recordings of an item the participant removed (or that no longer exists), so no
 * spoken words stay behind that nothing refers to. Failing quietly is fine: the answer no longer
 * points at them.
 */
export function forgetRecordings(...ids: (string | undefined)[]): void {
  for (const id of ids) if (id) void deleteMedia(id).catch(() => undefined);
}

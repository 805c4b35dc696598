/** When sync runs again: a few seconds after an edit, on a slow timer, and later after failures. */

/** Wait after an edit before syncing, so quick typing makes one push. */
export const AFTER_EDIT_MS = 3_000;
/** Sync this often while the app is open and all is well. */
export const PERIOD_MS = 60_000;
/** First wait after a failure, doubled each time, never more than the maximum. */
export const FIRST_RETRY_MS = 2_000;
export const MAX_RETRY_MS = 5 * 60_000;

/** How long to wait after `failures` failures in a row (0: no wait). */
export function retryDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(failures - 1, 30), MAX_RETRY_MS);
}

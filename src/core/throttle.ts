/** Wrong tries allowed before any wait starts. */
export const FREE_TRIES = 5;
/** The first wait, after the fifth wrong try. */
export const FIRST_WAIT_MS = 15_000;
/** The wait never grows beyond this. */
export const MAX_WAIT_MS = 15 * 60_000;

/**
 * How long to wait before the next try after `failures` wrong tries in a row.
 * Nothing is ever deleted: the wait only grows (15 s, 30 s, 1 min … up to 15 min).
 */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), MAX_WAIT_MS);
}

/** The outcome of a PIN or code attempt. */
export type AttemptResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; triesLeftBeforeWait: number; waitMs: number }
  | { ok: false; reason: 'wait'; waitMs: number };

/** Builds the result of a wrong try, given the new failure count. */
export function wrongTry(failures: number): AttemptResult {
  return {
    ok: false,
    reason: 'wrong',
    triesLeftBeforeWait: Math.max(FREE_TRIES - failures, 0),
    waitMs: waitAfterFailures(failures),
  };
}
